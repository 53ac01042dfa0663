// An outside team's program, type-checked and run against a live hub by client-package.test.ts:
// it installs @coordination-hub/client from its tarball and uses nothing of the repository.
import WebSocket from 'ws';
import {
  createHubClient,
  hubCacheConfig,
  HubDirectiveIssuedDocument,
  HubIssueDirectiveDocument,
  HubRequestError,
  HubBodiesDocument,
  relayPagination,
  type HubDirectiveIssuedSubscription,
} from '@coordination-hub/client';

declare const process: { argv: string[]; stdout: { write(s: string): void }; exit(code: number): never };

const [url, issuerToken, recipientToken, recipientCode, savedCursor] = process.argv.slice(2);

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms))]);
}

async function main() {
  const issuer = createHubClient({ url, token: issuerToken });
  const recipient = createHubClient({ url, token: () => recipientToken, webSocketImpl: WebSocket, retryAttempts: 20 });
  const issue = async (title: string) => {
    const { issueDirective } = await issuer.request(HubIssueDirectiveDocument, { input: { title, content: '客户端包验收', recipientCodes: [recipientCode] } });
    if (issueDirective.userErrors.length) throw new Error(issueDirective.userErrors.map((e) => e.code).join());
    return issueDirective.directive!.id;
  };

  // Typed queries and typed errors.
  const page = await issuer.request(HubBodiesDocument, { search: '杭州', first: 5 });
  const codes: string[] = page.bodies.edges.map((e) => e.node.code);
  let refused: string[] = [];
  try {
    await issuer.request(HubBodiesDocument, { first: 5, after: 'not-a-cursor' });
  } catch (err) {
    if (err instanceof HubRequestError) refused = err.codes;
  }

  // 1. Subscribe from the cursor kept from an earlier run, and issue: the delivery arrives whether
  // it is issued before or after the subscription is in place.
  const live = recipient.iterate(HubDirectiveIssuedDocument, { after: savedCursor });
  const firstDelivery = live.next();
  const a = await issue('指令 A');
  const first = (await within(10_000, 'delivery A', firstDelivery)).value as HubDirectiveIssuedSubscription;
  const cursor = live.cursor!;
  await live.return!();

  // 2. Resume: what was issued while away arrives, in order, after the cursor.
  await issue('指令 B');
  await issue('指令 C');
  const resumed = recipient.iterate(HubDirectiveIssuedDocument, { after: cursor });
  const replayed: string[] = [];
  for (let i = 0; i < 2; i++) replayed.push(((await within(10_000, `replay ${i}`, resumed.next())).value as HubDirectiveIssuedSubscription).directiveIssued.directive.title);

  // 3. Automatic resume: the socket drops; what is issued meanwhile arrives once the client has
  // reconnected, from the cursor it kept, and nothing is delivered twice.
  const reconnected = new Promise<void>((resolve) => recipient.ws.on('connected', () => resolve()));
  recipient.ws.terminate();
  await issue('指令 D');
  await within(20_000, 'reconnection', reconnected);
  const afterDrop = ((await within(20_000, 'delivery D', resumed.next())).value as HubDirectiveIssuedSubscription).directiveIssued.directive.title;
  await resumed.return!();

  // Relay pagination as the Apollo cache applies it: a page after a cursor extends the list.
  const policy = relayPagination(['kind']);
  const firstPage = { edges: [{ cursor: 'a' }, { cursor: 'b' }], pageInfo: { hasPreviousPage: false, startCursor: 'a', hasNextPage: true, endCursor: 'b' } };
  const nextPage = { edges: [{ cursor: 'c' }], pageInfo: { hasPreviousPage: true, startCursor: 'c', hasNextPage: false, endCursor: 'c' } };
  const merged = policy.merge(firstPage, nextPage, { args: { after: 'b', kind: 'GOVERNMENT' } });
  const refetched = policy.merge(merged, firstPage, { args: { kind: 'GOVERNMENT' } });

  await recipient.dispose();
  await issuer.dispose();
  process.stdout.write(
    JSON.stringify({
      codes,
      refused,
      first: { title: first.directiveIssued.directive.title, matches: first.directiveIssued.directive.id === a, recipient: first.directiveIssued.receipt.recipient.code },
      replayed,
      afterDrop,
      pagination: { merged: merged.edges?.map((e) => e.cursor), hasPreviousPage: merged.pageInfo?.hasPreviousPage, hasNextPage: merged.pageInfo?.hasNextPage, refetched: refetched.edges?.length },
      cache: { node: hubCacheConfig.possibleTypes.Node.length, fiscalAllocationMerges: hubCacheConfig.typePolicies.FiscalAllocation?.merge === true },
    }),
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stdout.write(JSON.stringify({ error: String((err as Error)?.stack ?? err) }));
    process.exit(1);
  },
);
