import { CORPUS, sendAttack } from '../support/adversarial';

// The attackers of the adversarial benchmark, in a process of their own so that the cost of
// building and sending their documents and frames does not weigh on the probes' measurements.
// Env: ATTACK_URL, ATTACKERS, DURATION_MS. Prints {"http":[ms…],"ws":[ms…],"codes":{…}} on stdout
// when done: how long each HTTP refusal and each oversized frame's close took, and the answers.

async function main(): Promise<void> {
  const url = process.env.ATTACK_URL!;
  const until = performance.now() + Number(process.env.DURATION_MS);
  const times = { http: [] as number[], ws: [] as number[] };
  const codes: Record<string, number> = {};
  const attacker = async (offset: number) => {
    for (let i = offset; performance.now() < until; i++) {
      const attack = CORPUS[i % CORPUS.length];
      const outcome = await sendAttack(url, url.replace(/^http/, 'ws'), attack, 30_000);
      times[attack.wsFrameBytes ? 'ws' : 'http'].push(outcome.ms);
      const key = `${attack.wsFrameBytes ? 'close ' : ''}${outcome.status} ${outcome.codes.join(',')}`.trim();
      codes[key] = (codes[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: Number(process.env.ATTACKERS) }, (_, i) => attacker(i * 3)));
  process.stdout.write(JSON.stringify({ ...times, codes }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
