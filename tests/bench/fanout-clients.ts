import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { waitFor } from '../support/wait';

/**
 * The subscribers of the fan-out bench, in a process of their own (forked with IPC), so the hub's
 * RSS and CPU are measured without them. One graphql-ws client (one WebSocket) per token, each
 * subscribed to directiveIssued from cursor 0; arrival times are wall-clock milliseconds
 * (performance.timeOrigin + now), comparable with the parent's.
 */
export type ClientsCommand = { open: { url: string; tokens: string[]; prefix: string; warmUp: string } } | { collect: { title: string; timeoutMs: number } } | { close: true };
export type ClientsReply = { opened: number } | { collected: { title: string; times: number[] } } | { closed: true } | { failed: string };

const SUBSCRIPTION = 'subscription($after: String) { directiveIssued(after: $after) { cursor directive { title } } }';
const FROM_START = Buffer.from('dlv1:0').toString('base64url');

const arrivals = new Map<string, number[]>();
const clients: Client[] = [];
const now = () => performance.timeOrigin + performance.now();
const send = (reply: ClientsReply) => process.send!(reply);

/**
 * Opens the subscriptions 50 at a time; each batch is live (it received `warmUp`, issued before,
 * by replay from cursor 0) before the next opens, so the hub never meets thousands of handshakes
 * and replays at once.
 */
async function open(url: string, tokens: string[], prefix: string, warmUp: string): Promise<void> {
  for (let i = 0; i < tokens.length; i += 50) {
    await Promise.all(
      tokens.slice(i, i + 50).map(
        (token) =>
          new Promise<void>((resolve, reject) => {
            const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` }, on: { connected: () => resolve(), error: reject } });
            clients.push(client);
            client.subscribe<{ directiveIssued: { directive: { title: string } } }>(
              { query: SUBSCRIPTION, variables: { after: FROM_START } },
              {
                next: (m) => {
                  const title = m.data?.directiveIssued.directive.title;
                  if (title?.startsWith(prefix)) arrived(title);
                },
                error: (err) => process.stderr.write(`subscriber error: ${JSON.stringify(err)}\n`),
                complete: () => undefined,
              },
            );
          }),
      ),
    );
    const live = await collect(warmUp, 60_000);
    if (live.length < clients.length) throw new Error(`only ${live.length} of ${clients.length} subscribers live`);
  }
}

function arrived(title: string): void {
  const times = arrivals.get(title) ?? arrivals.set(title, []).get(title)!;
  times.push(now());
}

/**
 * The arrival times of `title` once every client has it, or what arrived within `timeoutMs` (the
 * times are taken as each message arrives, not when this notices).
 */
async function collect(title: string, timeoutMs: number): Promise<number[]> {
  await waitFor(() => (arrivals.get(title)?.length ?? 0) >= clients.length, { timeoutMs, what: `every subscriber to receive ${title}` }).catch(() => undefined);
  return arrivals.get(title) ?? [];
}

process.on('message', (cmd: ClientsCommand) => {
  const run = async (): Promise<ClientsReply> => {
    if ('open' in cmd) {
      await open(cmd.open.url, cmd.open.tokens, cmd.open.prefix, cmd.open.warmUp);
      return { opened: clients.length };
    }
    if ('collect' in cmd) return { collected: { title: cmd.collect.title, times: await collect(cmd.collect.title, cmd.collect.timeoutMs) } };
    await Promise.all(clients.map((c) => c.dispose()));
    return { closed: true };
  };
  run().then(send, (err: Error) => send({ failed: err.message ?? String(err) }));
});
