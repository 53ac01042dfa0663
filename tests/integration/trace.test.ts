import { describe, expect, it } from 'vitest';
import { DecisionPageDocument, TraceDocument, type TraceQuery } from '../generated/graphql';
import { useTestHub } from '../support/test-hub';

const t = useTestHub();
const YEAR = new Date().getUTCFullYear();
const REFORM = 'CN-REFORM:VIEWER';

type Trace = NonNullable<TraceQuery['trace']>;
type TNode = Trace['nodes'][number];

async function centralDecision(): Promise<string> {
  const page = await t.run(DecisionPageDocument, { decisionMakerCode: 'CN-REFORM', status: 'ADOPTED', first: 10 }, REFORM);
  const d = page.data!.decisions.edges.find((e) => e.node.title === '关于全面推行企业投资项目承诺制改革的决定');
  return d!.node.id;
}

async function trace(id: string, as?: string, direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH' = 'DOWNSTREAM', depth = 6): Promise<Trace> {
  const r = await t.run(TraceDocument, { id, direction, depth }, as);
  expect(r.errors).toBeUndefined();
  return r.data!.trace!;
}

const label = (n: TNode): string => {
  if (n.gap) return `[${n.gap.typename}: ${n.gap.reason}]`;
  const o = n.node! as Record<string, unknown> & { __typename: string };
  switch (o.__typename) {
    case 'ReformTask':
      return `ReformTask ${String(o.code).replace(String(YEAR), 'Y')}`;
    case 'Finding':
      return `Finding ${o.category as string} @${(o.subject as { code: string }).code}`;
    case 'RectificationOrder':
      return `RectificationOrder @${(o.addressee as { code: string }).code}`;
    case 'Evaluation':
      return `Evaluation ${(o.body as { code: string }).code}`;
    default:
      return o.__typename;
  }
};

/** The links as readable lines, "from —RELATION→ to", sorted. */
function lines(tr: Trace): string[] {
  const byKey = new Map(tr.nodes.map((n) => [n.key, n]));
  return tr.links.map((l) => `${label(byKey.get(l.from.key)!)} —${l.relation}→ ${label(byKey.get(l.to.key)!)}`).sort();
}

describe('the demo chain', () => {
  it('prints', async () => {
    const id = await centralDecision();
    const tr = await trace(id, REFORM);
    console.log(lines(tr).join('\n'));
    const pub = await trace(id);
    console.log(lines(pub).join('\n'));
  });
});
