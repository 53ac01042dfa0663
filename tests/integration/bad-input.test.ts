import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { getNamedType, getNullableType, GraphQLInputObjectType, GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/platform/graphql/connection';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import { buildHubSchema } from '../../src/server/schema';
import { settleDeadlines, useTestHub } from '../support/test-hub';
import { codesOf, post, RawResult, trySubscribe } from '../support/raw';

// Property-based bad input: every mutation of the schema gets random and hostile inputs, built from
// its input type, over HTTP from an account that holds every role. Whatever arrives, the hub never
// answers 500 / INTERNAL_SERVER_ERROR, and a refused mutation leaves every table as it was.

// 40 random inputs per mutation on SQLite; 16 on PostgreSQL, where every run costs several round
// trips. What PostgreSQL alone refuses (NUL characters, numbers beyond its integers, 50,000-character
// strings) is sent to every field of every mutation below, deterministically, on both databases.
const RUNS_PER_MUTATION = Number(process.env.HUB_FUZZ_RUNS || (process.env.HUB_TEST_DB === 'postgres' ? 16 : 40));
const SEED = process.env.HUB_FUZZ_SEED ? Number(process.env.HUB_FUZZ_SEED) : undefined;

// Public writes are rate-limited per address (one address here): off, so the fuzzing reaches the checks.
const t = useTestHub({ config: { publicWritesPerAddress: 0, publicWritesPerTarget: 0 } });
let token: string;
let realIds: string[] = [];
let ids: Record<'inboxDirective' | 'issuedDirective' | 'hzFeedback' | 'nbFeedback' | 'received' | 'granted' | 'thread' | 'inspection' | 'finding' | 'order' | 'hzCase' | 'hzEvaluation' | 'zjSystem' | 'zjHub' | 'zjExpert' | 'zjSurvey' | 'hzObservation' | 'hzPilot', string>;
let dids: Record<'zj' | 'hz' | 'cn' | 'zjReceived' | 'zjUnanswered' | 'cnDependency' | 'suggestion', string>;
let tids: Record<'zj' | 'hz' | 'hzMilestone' | 'nb' | 'nbOnTrack' | 'njExtension' | 'top' | 'cnFund' | 'zjPost', string>;
let countRows: () => Promise<Record<string, number>>;
let countBefore: () => Promise<Record<string, number>>;
let unchangedSince: (before: Record<string, number>, message: string, answer: RawResult) => Promise<void>;
let changed: () => void;
let runs = 0;
// Refusals proved unchanged by counting every table, and by the request's own count of statements.
let counted = 0;
let uncounted = 0;
const refusals: Record<string, number> = {};
const successes: Record<string, number> = {};

const BODY_CODES = ['330000', '330100', '330200', '320000', 'CN', 'CN-REFORM', '330000-FIN', '330000-DRC', '999999', ''];
const hostileStrings: fc.Arbitrary<string>[] = [
  fc.constantFrom(...BODY_CODES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uFEFF330000',
    '🏛️'.repeat(50),
    "'; DROP TABLE body; --",
    '%s%n%x',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'ENTERPRISE-INVESTMENT-APPROVAL',
    '\u202E330000',
    'null',
  ),
];
/** Beyond every field's limit (PostgreSQL's text included), and alone still under the body's 1 MB. */
const longString = fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n));

/** `short`: an item of a long list, where a long string would only make the body exceed 1 MB (answered 413, tested below). */
function scalarArb(name: string, short = false): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return fc.oneof(...hostileStrings, ...(short ? [] : [longString]));
    case 'ID':
      return fc.oneof(
        fc.constantFrom(...realIds),
        fc.constantFrom('Directive', 'Feedback', 'Delegation', 'CoordinationThread', 'Body', 'Nope').chain((type) =>
          fc.oneof(
            fc.constant(toGlobalId(type, randomUUID())),
            fc.string({ maxLength: 60 }).map((row) => toGlobalId(type, row)),
            fc.constant(toGlobalId(type, '1'.repeat(150))),
          ),
        ),
        fc.string({ maxLength: 60 }),
        fc.base64String({ maxLength: 80 }),
        fc.constant(Buffer.from('hub:v1:Directive:').toString('base64url')),
        fc.constant(encodeCursor(['x', 1])), // a cursor where an id belongs
        fc.constant('A'.repeat(short ? 200 : 10_000)),
      );
    case 'Money':
    case 'Quantity':
      return fc.oneof(
        fc.constantFrom('1.00', '0', '0.01', '-1.00', '1e5', '1E-2', '1.234', '1.2345', 'NaN', 'Infinity', ' 1', '1 ', '+1', '0x10', '١٢٣', '1,000.00', '.5', '5.', '00.1'),
        fc.constantFrom('99999999999999999999', '90071992547409.92', '90071992547409.91', '9'.repeat(400)),
        fc.double().map(String),
        fc.double(),
        fc.bigInt().map(String),
        fc.integer(),
      );
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('2026-13-45T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '0000-00-00', 'yesterday', '2026-01-01', '2026-01-01T00:00:00+25:00', ''),
        fc.integer(),
        fc.string({ maxLength: 30 }),
      );
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, -0, 1e300), fc.constantFrom('2026', 'x'), fc.integer({ min: 1990, max: 2100 }));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.string({ maxLength: 5 }));
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1, null));
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Deeply nested garbage: {a:{a:{…}}} or [[[…]]]. */
const deepGarbage = fc.integer({ min: 20, max: 200 }).chain((depth) =>
  fc.constantFrom('object', 'array').map((shape) => {
    let v: unknown = 'bottom';
    for (let i = 0; i < depth; i++) v = shape === 'object' ? { a: v } : [v];
    return v;
  }),
);

/** Anything at all, for a position that expects `type`: mostly right-ish, sometimes the wrong kind. */
function valueArb(type: GraphQLInputType, depth = 0, short = false): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let typed: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = valueArb(inner.ofType as GraphQLInputType, depth + 1, short);
    // Long lists only at the top, of short items: 200–400 strings of up to 120 kB would make bodies
    // of tens of MB, which the hub refuses (413) before any mutation sees them.
    const long = depth === 0 ? [fc.array(valueArb(inner.ofType as GraphQLInputType, depth + 1, true), { minLength: 200, maxLength: 400 })] : [];
    typed = fc.oneof(fc.array(item, { maxLength: 5 }), ...long, item);
  } else if (isInputObjectType(inner)) {
    typed = depth > 3 ? fc.constant({}) : inputObjectArb(inner, depth + 1, short);
  } else if (isEnumType(inner)) {
    typed = fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), fc.constantFrom('NOPE', 'provincial', '', 'GOVERNMENT ', 0));
  } else if (isScalarType(inner)) {
    typed = scalarArb(inner.name, short);
  } else {
    typed = fc.anything();
  }
  // Wrong types and nulls, required or not.
  const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 10 }), fc.constant({}), fc.constant([]), deepGarbage);
  return fc.oneof({ arbitrary: typed, weight: required ? 8 : 6 }, { arbitrary: wrong, weight: 1 }, ...(required ? [] : [{ arbitrary: fc.constant(undefined), weight: 2 }]));
}

function inputObjectArb(type: GraphQLInputObjectType, depth = 0, short = false): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  const record = Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, depth, short)]));
  const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.anything({ maxDepth: 1 }), { maxKeys: 2 });
  return fc.tuple(fc.record(record), fc.oneof({ arbitrary: fc.constant({}), weight: 5 }, { arbitrary: extra, weight: 1 })).map(([r, e]) => {
    const out: Record<string, unknown> = { ...e, ...r };
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return out;
  });
}

function mutationInputArb(type: GraphQLInputObjectType): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: inputObjectArb(type), weight: 12 }, { arbitrary: deepGarbage, weight: 1 }, { arbitrary: fc.constantFrom(null, 'input', 42, [], true), weight: 1 });
}

beforeAll(async () => {
  // Row counts prove a refusal wrote nothing, so no deadline may fire between two counts: let the
  // demo's due ones fire now, then stop the scheduler (fuzzed calls schedule deadlines of their own).
  await settleDeadlines(t.hub);
  await t.hub.scheduler.stop();
  token = await t.token('330000', ['LEAD', 'OFFICER', 'ADMIN']);
  const { dataSource } = t.hub.db;
  const tables = dataSource.entityMetadatas.filter((m) => m.tableType !== 'view').map((m) => m.tableName);
  const sql = `SELECT ${tables.map((name, i) => `(SELECT COUNT(*) FROM ${dataSource.driver.escape(name)}) AS c${i}`).join(', ')}`;
  countRows = async () => {
    const [row] = (await dataSource.query(sql)) as Record<string, string | number>[];
    return Object.fromEntries(tables.map((name, i) => [name, Number(row[`c${i}`])]));
  };
  // A count taken after a refusal proved nothing changed: it is the count before the next call too
  // (the scheduler is stopped, nothing else writes). Halves the counting, the most of a run's time
  // on PostgreSQL; after a success the next call counts afresh.
  let known: Record<string, number> | null = null;
  countBefore = async () => known ?? (await countRows());
  // A request that issued no SQL statement at all (refused before execution: most hostile
  // documents) cannot have written a row: the hub's own per-request count (`extensions.sqlStatements`,
  // on in tests) proves it without counting every table.
  unchangedSince = async (before, message, answer) => {
    if (answer.extensions?.sqlStatements === 0) {
      known = before;
      uncounted += 1;
      return;
    }
    const after = await countRows();
    expect(after, message).toEqual(before);
    known = after;
    counted += 1;
  };
  changed = () => {
    known = null;
  };
  // Real ids of every kind, so some hostile inputs point at objects that exist.
  const r = await post(
    t.url,
    `{ body(code: "330000") { id
        directiveInbox(first: 1) { edges { node { directive { id } } } }
        directivesIssued(first: 5) { edges { node { id version } } }
        feedbackInbox(first: 5) { edges { node { id sender { code } } } }
        delegationsReceived(first: 3) { edges { node { id } } }
        delegationsGranted(first: 3) { edges { node { id } } } }
       drc: body(code: "330000-DRC") { threads(first: 3) { edges { node { id subject } } } } }`,
    {},
    await t.token('CN', 'LEAD'),
  );
  realIds = JSON.stringify(r.data).match(/"id":"([^"]+)"/g)!.map((m) => m.slice(6, -1));
  expect(realIds.length).toBeGreaterThan(6);
  const b = r.data!.body as Record<string, { edges: { node: Record<string, unknown> }[] }>;
  const nodes = (c: { edges: { node: Record<string, unknown> }[] }) => c.edges.map((e) => e.node);
  const feedback = nodes(b.feedbackInbox) as { id: string; sender: { code: string } }[];
  const threads = nodes((r.data!.drc as typeof b).threads) as { id: string; subject: string }[];
  ids = {
    inboxDirective: (nodes(b.directiveInbox)[0].directive as { id: string }).id,
    issuedDirective: (nodes(b.directivesIssued) as { id: string; version: number }[]).find((d) => d.version === 2)!.id,
    hzFeedback: feedback.find((f) => f.sender.code === '330100')!.id,
    nbFeedback: feedback.find((f) => f.sender.code === '330200')!.id,
    received: (nodes(b.delegationsReceived)[0] as { id: string }).id,
    granted: (nodes(b.delegationsGranted)[0] as { id: string }).id,
    thread: threads.find((x) => x.subject.includes('多评合一'))!.id,
    ...(await supervisionIds()),
    ...(await evaluationIds()),
    ...(await pilotIds()),
  };
  const dr = await post(
    t.url,
    `{ decisions(first: 5) { edges { node { id decisionMaker { code } legislativeDependencies { id }
        stages { ... on PublicConsultationStage { submissions(first: 10) { edges { node { id moderation disposition } } } } } } } }
       suggestions(toBodyCode: "330000", first: 5) { edges { node { id } } } }`,
    {},
    await t.token('CN', 'LEAD'),
  );
  type D = { id: string; decisionMaker: { code: string }; legislativeDependencies: { id: string }[]; stages: { submissions?: { edges: { node: { id: string; moderation: string; disposition: string | null } }[] } }[] };
  const decisions = (dr.data!.decisions as { edges: { node: D }[] }).edges.map((e) => e.node);
  const by = (code: string) => decisions.find((d) => d.decisionMaker.code === code)!;
  const subs = by('330000').stages.find((x) => x.submissions)!.submissions!.edges.map((e) => e.node);
  dids = {
    zj: by('330000').id,
    hz: by('330100').id,
    cn: by('CN-REFORM').id,
    zjReceived: subs.find((x) => x.moderation === 'RECEIVED')!.id,
    zjUnanswered: subs.find((x) => x.moderation === 'PUBLISHED' && !x.disposition)!.id,
    cnDependency: by('CN-REFORM').legislativeDependencies[0].id,
    suggestion: (dr.data!.suggestions as { edges: { node: { id: string } }[] }).edges[0].node.id,
  };
  realIds.push(...Object.values(dids));
  // The demo's tasks (CHAIN §3.3).
  const tr = await post(t.url, `{ tasks(under: "CN", year: ${year}, first: 100) { edges { node { id code } } } zj: body(code: "330000") { posts { id title } } }`, {}, await t.token('CN', 'LEAD'));
  const tasks = (tr.data!.tasks as { edges: { node: { id: string; code: string } }[] }).edges.map((e) => e.node);
  const task = (code: string) => tasks.find((x) => x.code === `${year}-${code}`)!.id;
  const td = await post(
    t.url,
    `query ($hz: ID!, $nj: ID!, $top: ID!) { hz: node(id: $hz) { ... on ReformTask { milestones { id } } }
      nj: node(id: $nj) { ... on ReformTask { extensions { id } } } top: node(id: $top) { ... on ReformTask { funding { fund { id } } } } }`,
    { hz: task('CN-02-330100'), nj: task('CN-03-320100'), top: task('CN-01') },
    await t.token('CN', 'LEAD'),
  );
  const d = td.data as { hz: { milestones: { id: string }[] }; nj: { extensions: { id: string }[] }; top: { funding: { fund: { id: string } }[] } };
  tids = {
    zj: task('CN-02-330000'),
    hz: task('CN-02-330100'),
    hzMilestone: d.hz.milestones[0].id,
    nb: task('CN-02-330200'),
    nbOnTrack: task('CN-03-330200'),
    njExtension: d.nj.extensions[0].id,
    top: task('CN-01'),
    cnFund: d.top.funding[0].fund.id,
    zjPost: (tr.data!.zj as { posts: { id: string; title: string }[] }).posts[0].id,
  };
  realIds.push(...Object.values(tids));
});

// Each test starts from a fresh count: the one carried over belongs to the test before it.
beforeEach(() => changed());

/** The demo's evaluation of Zhejiang's cities: Hangzhou's published evaluation, its system, indicators and an observation. */
async function evaluationIds() {
  const r = await post(
    t.url,
    `{ body(code: "330100") { performance(year: ${new Date().getUTCFullYear()}) { id system { id weights { indicator { id code } } } components { indicator { code } observation { id } } } } }`,
    {},
    await t.token('CN', 'LEAD'),
  );
  type E = { id: string; system: { id: string; weights: { indicator: { id: string; code: string } }[] }; components: { indicator: { code: string }; observation: { id: string } | null }[] };
  const e = (r.data!.body as { performance: E[] }).performance[0];
  const indicator = (code: string) => e.system.weights.find((w) => w.indicator.code === code)!.indicator.id;
  const observation = e.components.find((c) => c.indicator.code === 'ZJ-EXPERT')!.observation!.id;
  realIds.push(e.id, e.system.id, observation);
  return { hzEvaluation: e.id, zjSystem: e.system.id, zjHub: indicator('ZJ-TASK-ON-TIME'), zjExpert: indicator('ZJ-EXPERT'), zjSurvey: indicator('ZJ-SATISFACTION'), hzObservation: observation };
}

/** The demo's pilot running in Hangzhou. */
async function pilotIds() {
  const r = await post(t.url, '{ pilots(sponsorCode: "330000", first: 10) { edges { node { id code } } } }', {}, await t.token('CN', 'LEAD'));
  const hzPilot = (r.data!.pilots as { edges: { node: { id: string; code: string } }[] }).edges.find((e) => e.node.code === 'ZJ-PILOT-HZ-DATA')!.node.id;
  realIds.push(hzPilot);
  return { hzPilot };
}

/** The demo's supervision and tolerance objects: the inspection of Zhejiang, its finding and order to 330000, Hangzhou's case. */
async function supervisionIds() {
  const r = await post(t.url, '{ body(code: "330000") { rectificationOrdersReceived(first: 1) { edges { node { id inspection { id } findings { id } } } } } }', {}, await t.token('CN', 'LEAD'));
  const order = (r.data!.body as { rectificationOrdersReceived: { edges: { node: { id: string; inspection: { id: string }; findings: { id: string }[] } }[] } }).rectificationOrdersReceived.edges[0].node;
  const c = await post(t.url, '{ toleranceCases(first: 5) { edges { node { id subjectBody { code } } } } }', {}, await t.token('330000-DISCIPLINE', 'LEAD'));
  const cases = (c.data!.toleranceCases as { edges: { node: { id: string; subjectBody: { code: string } } }[] }).edges.map((e) => e.node);
  realIds.push(order.id, order.inspection.id, order.findings[0].id, ...cases.map((x) => x.id));
  return { inspection: order.inspection.id, finding: order.findings[0].id, order: order.id, hzCase: cases.find((x) => x.subjectBody.code === '330100')!.id };
}

afterAll(async () => {
  process.stdout.write(`bad input: ${runs} mutation calls (${RUNS_PER_MUTATION} per mutation); refused: ${Object.values(refusals).reduce((a, b) => a + b, 0)}, succeeded: ${JSON.stringify(successes)}\n`);
  process.stdout.write(`bad input: refusals (random and literal) proved to change nothing by counting every table: ${counted}; by issuing no SQL statement: ${uncounted}\n`);
  // Both proofs were used: refusals that ran (and issued statements) were counted.
  if (runs > 0) expect(counted).toBeGreaterThan(0);
});

function refused(r: RawResult, field: string): boolean {
  if (r.errors?.length) return true;
  const payload = r.data?.[field] as { userErrors?: unknown[] } | null | undefined;
  return !payload || (payload.userErrors?.length ?? 0) > 0;
}

const year = new Date().getUTCFullYear();
const dueAt = () => new Date(Date.now() + 20 * 86_400_000).toISOString();

/**
 * A valid input per mutation and the body that can send it, so that one hostile field at a time
 * reaches the deeper checks (and, now and then, a mutation succeeds and the next ones meet changed
 * state). Without a base, only random inputs are sent.
 */
const BASES: Record<string, { as: string; input: () => Record<string, unknown> }> = {
  createBody: { as: '330000', input: () => ({ code: '330000-FUZZ', name: '模糊测试办公室', level: 'PROVINCIAL', kind: 'REFORM_OFFICE', parentCode: '330000' }) },
  updateBody: { as: '330000', input: () => ({ code: '330100', name: '杭州市' }) },
  definePower: { as: 'CN-NDRC', input: () => ({ code: 'FUZZ-POWER', title: '模糊测试事权', field: 'fuzz', estimatedAnnualCost: '1.00' }) },
  delegatePower: {
    as: '330000',
    input: () => ({ powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '330300', parentDelegationId: ids.received, fiscalAllocation: { amount: '1.00', fiscalYear: year }, estimatedCost: '1.00' }),
  },
  signDelegation: { as: '330000', input: () => ({ delegationId: ids.granted }) },
  revokeDelegation: { as: '330000', input: () => ({ delegationId: ids.granted, reason: 'fuzz' }) },
  issueDirective: { as: '330000', input: () => ({ title: '模糊测试指令', content: '测试。', recipientCodes: ['330100'], requiresAcknowledgement: true, acknowledgeBy: dueAt() }) },
  reviseDirective: { as: '330000', input: () => ({ directiveId: ids.issuedDirective, causedByFeedbackId: ids.hzFeedback, content: '修订。' }) },
  acknowledgeDirective: { as: '330000', input: () => ({ directiveId: ids.inboxDirective }) },
  markDirectiveRead: { as: '330000', input: () => ({ directiveId: ids.inboxDirective }) },
  submitFeedback: { as: '330000', input: () => ({ kind: 'PROGRESS', content: '进展。', toBodyCode: 'CN' }) },
  respondToFeedback: { as: '330000', input: () => ({ feedbackId: ids.nbFeedback, resolution: 'ANSWERED', response: '收到。' }) },
  openCoordinationThread: { as: '330000-DRC', input: () => ({ subject: '模糊测试事项', leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'], dueAt: dueAt() }) },
  postThreadMessage: { as: '330000-DRC', input: () => ({ threadId: ids.thread, content: '消息。' }) },
  shareThreadResource: { as: '330000-DRC', input: () => ({ threadId: ids.thread, title: '文件', kind: 'DOCUMENT', uri: 'https://example.gov.cn/f.pdf' }) },
  inviteThreadParticipant: { as: '330000-DRC', input: () => ({ threadId: ids.thread, bodyCode: '330000-REFORM' }) },
  removeThreadParticipant: { as: '330000-DRC', input: () => ({ threadId: ids.thread, bodyCode: '330000-REFORM' }) },
  escalateThread: { as: '330000-DRC', input: () => ({ threadId: ids.thread, ground: 'DEADLOCK', reason: '僵持。' }) },
  resolveThread: { as: '330000-DRC', input: () => ({ threadId: ids.thread, resolution: '结论。' }) },
  reopenThread: { as: '330000-DRC', input: () => ({ threadId: ids.thread, reason: '重开。' }) },
  createPost: { as: '330000', input: () => ({ bodyCode: '330000', title: '模糊测试职务', holderName: '某' }) },
  draftDecision: { as: '330000-DRC', input: () => ({ title: '模糊决策', problemStatement: '问题。', text: '正文。', class: 'MAJOR', decisionMakerCode: '330000', drafterCode: '330000-DRC' }) },
  reviseDecisionDraft: { as: '330000-DRC', input: () => ({ decisionId: dids.zj, text: `模糊修改 ${randomUUID()}` }) },
  openPublicConsultation: { as: '330100-DRC', input: () => ({ decisionId: dids.hz, opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 31 * 86_400_000).toISOString() }) },
  closePublicConsultation: { as: '330000-DRC', input: () => ({ decisionId: dids.zj, summary: '小结。' }) },
  submitPublicComment: { as: '330000', input: () => ({ decisionId: dids.zj, text: '意见。', contact: 'fuzz@example.cn' }) },
  moderatePublicComment: { as: '330000-DRC', input: () => ({ submissionId: dids.zjReceived, action: 'WITHHOLD', reason: '模糊。' }) },
  respondToPublicComment: { as: '330000-DRC', input: () => ({ submissionId: dids.zjUnanswered, disposition: 'NOT_ADOPTED', response: '理由。' }) },
  consultLocalGovernments: { as: '330000-DRC', input: () => ({ decisionId: dids.zj, bodyCodes: ['330100'], replyBy: dueAt() }) },
  closeLocalConsultation: { as: '330000-DRC', input: () => ({ decisionId: dids.zj }) },
  recordExpertConsultation: {
    as: '330000-DRC',
    input: () => ({ decisionId: dids.zj, panelCode: 'CN-EXPERTS', opinions: [1, 2, 3, 4, 5].map((i) => ({ expertRef: `F-${i}`, position: 'SUPPORT', text: '支持。', signedAt: new Date().toISOString() })) }),
  },
  recordRiskAssessment: { as: '330000-DRC', input: () => ({ decisionId: dids.zj, assessorCode: '330000-DRC', dimensions: [{ area: 'FISCAL', likelihood: 2, impact: 3 }], controllable: true, mitigations: ['分步。'] }) },
  requestLegalityReview: { as: '330000-DRC', input: () => ({ decisionId: dids.zj, reviewerCode: '330000-LEGAL' }) },
  recordLegalityReview: { as: '330000-LEGAL', input: () => ({ decisionId: dids.zj, conclusion: 'LEGAL', opinion: '合法。', citedLaw: ['某法'] }) },
  recordDeliberation: {
    as: '330000',
    input: () => ({ decisionId: dids.zj, meetingKind: '常务会议', heldAt: new Date().toISOString(), members: 3, present: 3, counts: [{ option: 'YES', value: 3 }], chairConclusion: 'ADOPT', minutesHash: 'ab'.repeat(32) }),
  },
  adoptDecision: { as: '330000', input: () => ({ decisionId: dids.zj, directives: [{ title: '执行', content: '执行。', recipientCodes: ['330100'] }] }) },
  reconsiderDecision: { as: 'CN-REFORM', input: () => ({ decisionId: dids.cn, becauseId: ids.hzFeedback, reason: '理由。' }) },
  withdrawDecision: { as: '330100-DRC', input: () => ({ decisionId: dids.hz, reason: '撤回。' }) },
  addLegislativeDependency: { as: '330000-DRC', input: () => ({ decisionId: dids.zj, instrument: '某条例', change: '修改。', ownerCode: '330000-LEGAL', neededBy: dueAt() }) },
  updateLegislativeDependency: { as: 'CN-LEGAL', input: () => ({ dependencyId: dids.cnDependency, status: 'DRAFTING' }) },
  submitSuggestion: { as: '330000', input: () => ({ toBodyCode: '330000', topic: '模糊', text: '建议。', contact: 'fuzz@example.cn' }) },
  registerDeputySuggestion: { as: '330000', input: () => ({ toBodyCode: '330100', deputyName: '代表', topic: '模糊', text: '建议。', answerDueAt: dueAt() }) },
  moderateSuggestion: { as: '330000', input: () => ({ suggestionId: dids.suggestion, action: 'PUBLISH' }) },
  answerSuggestion: { as: '330000', input: () => ({ suggestionId: dids.suggestion, answer: '答复。' }) },
  referSuggestion: { as: '330000', input: () => ({ suggestionId: dids.suggestion, toDecisionId: dids.zj }) },
  createTask: { as: '330000', input: () => ({ kind: 'ROUTINE', title: '模糊任务', target: '目标。', executorCode: '330100', deadline: dueAt(), measures: ['措施'] }) },
  decomposeTask: { as: '330000', input: () => ({ parentTaskId: tids.zj, subtasks: [{ title: '模糊子任务', target: '目标。', executorCode: '330300', deadline: new Date(Date.now() + 3 * 86_400_000).toISOString() }] }) },
  acceptTask: { as: '330100', input: () => ({ taskId: tids.hz }) },
  reportTaskProgress: { as: '330100', input: () => ({ taskId: tids.hz, period: `${year}-02`, percent: '99.50', narrative: '进展。' }) },
  completeMilestone: { as: '330100', input: () => ({ milestoneId: tids.hzMilestone }) },
  verifyMilestone: { as: '330000', input: () => ({ milestoneId: tids.hzMilestone }) },
  claimTaskCompletion: { as: '330100', input: () => ({ taskId: tids.hz, results: [{ title: '成果', kind: 'REPORT' }] }) },
  verifyTaskCompletion: { as: '330000', input: () => ({ taskId: tids.hz, accept: false, note: '退回。' }) },
  requestDeadlineExtension: { as: '330100', input: () => ({ taskId: tids.hz, requestedDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(), reason: '延期。' }) },
  decideDeadlineExtension: { as: '320000', input: () => ({ extensionId: tids.njExtension, decision: 'DENIED' }) },
  cancelTask: { as: '330000', input: () => ({ taskId: tids.nbOnTrack, reason: '撤销。' }) },
  remindTask: { as: '330000', input: () => ({ taskId: tids.nb, message: '催办。' }) },
  createReformFund: { as: '330000', input: () => ({ title: '模糊资金', fiscalYear: year, amount: '1.00' }) },
  allocateFund: { as: 'CN', input: () => ({ fundId: tids.cnFund, toId: tids.top, amount: '1.00' }) },
  publishAnnualTaskList: { as: '330000', input: () => ({ bodyCode: '330000', year, title: '模糊清单', items: [{ taskId: tids.hz, responsibleLeaderPostId: tids.zjPost, rank: 1 }] }) },
  planInspection: { as: '330000-REFORM', input: () => ({ title: '模糊测试督察', year, mode: 'ON_SITE', subjectCodes: ['330100'], plannedFrom: dueAt(), plannedTo: dueAt() }) },
  addInspectionGroupMember: { as: 'CN-REFORM', input: () => ({ inspectionId: ids.inspection, bodyCode: 'CN-MOF' }) },
  recordSiteVisit: { as: 'CN-REFORM', input: () => ({ inspectionId: ids.inspection, subjectCode: '330100', at: new Date().toISOString(), place: '现场' }) },
  recordFinding: { as: 'CN-REFORM', input: () => ({ inspectionId: ids.inspection, subjectCode: '330100', severity: 'MINOR', category: 'OTHER', description: '问题。', evidenceHashes: ['a'.repeat(64)] }) },
  referFindingToDiscipline: { as: 'CN-REFORM', input: () => ({ findingId: ids.finding, disciplineBodyCode: 'CN-DISCIPLINE', grounds: '移送。' }) },
  concludeInspection: { as: 'CN-REFORM', input: () => ({ inspectionId: ids.inspection, conclusion: '结论。' }) },
  issueRectificationOrder: { as: 'CN-REFORM', input: () => ({ findingIds: [ids.finding], requirements: '整改。', deadline: dueAt() }) },
  acknowledgeRectificationOrder: { as: '330000', input: () => ({ orderId: ids.order }) },
  submitRectificationPlan: { as: '330000', input: () => ({ orderId: ids.order, plan: '计划。' }) },
  reportRectification: { as: '330000', input: () => ({ orderId: ids.order, content: '完成。', completed: true }) },
  verifyRectification: { as: 'CN-REFORM', input: () => ({ orderId: ids.order, accepted: false, onSite: false, note: '退回。', newDeadline: dueAt() }) },
  applyForTolerance: { as: '330000-DISCIPLINE', input: () => ({ subjectBodyCode: '330100', matter: '模糊测试事项', actAt: new Date().toISOString(), keywords: ['担保'] }) },
  recordToleranceFacts: {
    as: '330000-DISCIPLINE',
    input: () => ({ caseId: ids.hzCase, trial: 'INEXPERIENCE_IN_TRIAL', trialFacts: '事实。', prohibition: 'UNDETERMINED', purpose: 'UNDETERMINED', mitigationTaken: true }),
  },
  signToleranceDecision: { as: '330000-ORG', input: () => ({ caseId: ids.hzCase, outcome: 'TOLERATED' }) },
  appealToleranceDecision: { as: '330100', input: () => ({ caseId: ids.hzCase, grounds: '申诉。' }) },
  defineIndicator: { as: '330000', input: () => ({ code: 'FUZZ-IND', title: '模糊测试指标', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', dataOwnerCode: '330000-DRC', baseline: '0', target: '100' }) },
  defineIndicatorSystem: { as: '330000', input: () => ({ code: 'FUZZ-SYS', year, weights: [{ indicatorId: ids.zjHub, weight: '100.00' }], minObjectiveShare: '50.00', challengeDays: 0, public: false }) },
  reportObservation: { as: '330000-REFORM', input: () => ({ indicatorId: ids.zjExpert, bodyCode: '330100', period: `${year}-Q2`, value: '70.5' }) },
  verifyObservation: { as: '330000', input: () => ({ observationId: ids.hzObservation }) },
  recordSurveyResults: { as: '330000-DRC', input: () => ({ indicatorId: ids.zjSurvey, bodyCode: '330100', period: `${year}-Q3`, title: '调查', population: '居民', distribution: [300, 100, 50, 30, 20], methodologyHash: 'cd'.repeat(32) }) },
  recordThirdPartyAssessment: { as: '330000', input: () => ({ indicatorId: ids.zjExpert, bodyCode: '330100', period: `${year}-Q3`, assessorCode: 'CN-CCIEE', value: '80', reportHash: 'cd'.repeat(32) }) },
  disputeObservation: { as: '330100', input: () => ({ observationId: ids.hzObservation, reason: '异议。' }) },
  computeEvaluation: { as: '330000', input: () => ({ systemId: ids.zjSystem, period: String(year), subjectCodes: ['330100'] }) },
  challengeEvaluation: { as: '330100', input: () => ({ evaluationId: ids.hzEvaluation, grounds: '不服。' }) },
  finalizeEvaluation: { as: '330000', input: () => ({ evaluationId: ids.hzEvaluation }) },
  publishEvaluation: { as: '330000', input: () => ({ evaluationId: ids.hzEvaluation }) },
  recordDisclosureReview: { as: '330000', input: () => ({ id: tids.nb }) },
  markClassified: { as: '330000', input: () => ({ id: tids.nb }) },
  publishObject: { as: '330000', input: () => ({ id: tids.nb }) },
  withdrawPublication: { as: '330000', input: () => ({ id: tids.nb, reason: '撤回。' }) },
  commentOnAssessmentDraft: { as: '330100', input: () => ({ observationId: ids.hzObservation, response: '意见。' }) },
  proposePilot: {
    as: '330000',
    input: () => ({ code: 'FUZZ-PILOT', title: '模糊试点', field: '模糊', hypothesis: '假设。', sites: [{ bodyCode: '330100', scope: '范围', authorizedDeviations: ['规则'], legalBasisForDeviation: '授权。' }], startsAt: dueAt(), endsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(), successCriteriaIds: [ids.zjExpert] }),
  },
  authorizePilot: { as: '330000', input: () => ({ pilotId: ids.hzPilot, acknowledgeOverlapIds: [] }) },
  reportPilotProgress: { as: '330100', input: () => ({ pilotId: ids.hzPilot, content: '进展。' }) },
  extendPilot: { as: '330000', input: () => ({ pilotId: ids.hzPilot, endsAt: new Date(Date.now() + 800 * 86_400_000).toISOString(), reason: '延长。' }) },
  terminatePilot: { as: '330000', input: () => ({ pilotId: ids.hzPilot, reason: '终止。' }) },
  recordPilotVerdict: { as: '330000', input: () => ({ pilotId: ids.hzPilot, verdict: 'EXTEND', reason: '继续。', experiences: [{ title: '经验', description: '描述。' }] }) },
  scaleUpPilot: { as: '330000', input: () => ({ pilotId: ids.hzPilot, directive: { title: '推广', content: '推广。', recipientCodes: ['330100'] } }) },
};

/** The base input with one field (possibly nested) replaced by a hostile value, or removed. */
function oneFieldOff(type: GraphQLInputObjectType, base: () => Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  return fc.constantFrom(...fields).chain((f) =>
    fc.oneof(valueArb(f.type), fc.constant(undefined)).map((value) => {
      const input = base();
      if (value === undefined) delete input[f.name];
      else input[f.name] = value;
      return input;
    }),
  );
}

const show = (v: unknown) => String(JSON.stringify(v)).slice(0, 500);
const ALLOWED_TOP_LEVEL = ['BAD_USER_INPUT', 'FORBIDDEN', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'];

describe('trace(id, direction, depth) under random and hostile arguments', () => {
  // A query, so nothing may change; the walk must answer data, null or BAD_USER_INPUT. Runs before
  // the mutations: their refused documents spend the address's rate budget (as they should).
  it('never a 500, never a change, and a typed answer for every argument', async () => {
    const document = 'query Fuzz($id: ID!, $direction: TraceDirection, $depth: Int) { trace(id: $id, direction: $direction, depth: $depth) { truncated nodes { node { id } gap { reason } } } }';
    const arb = fc.record({
      id: scalarArb('ID'),
      direction: fc.oneof(fc.constantFrom('UPSTREAM', 'DOWNSTREAM', 'BOTH', null), fc.constantFrom('SIDEWAYS', 'both', '', 3)),
      depth: fc.oneof(fc.integer({ min: -3, max: 14 }), scalarArb('Int'), fc.constant(null)),
      anonymous: fc.boolean(),
    });
    const before = await countRows();
    const details = await fc.check(
      fc.asyncProperty(arb, async ({ anonymous, ...vars }) => {
        runs++;
        const r = await post(t.url, document, vars, anonymous ? undefined : token);
        expect(r.status, show(r)).toBeLessThan(500);
        for (const c of codesOf(r)) expect(ALLOWED_TOP_LEVEL, show(r.errors)).toContain(c);
        // A gap never carries the object it hides.
        const nodes = ((r.data?.trace as { nodes: { node: unknown; gap: unknown }[] } | null | undefined)?.nodes ?? []);
        for (const n of nodes) expect(n.node === null, show(n)).toBe(n.gap !== null);
      }),
      { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
    );
    if (details.failed) throw new Error(`trace failed after ${details.numRuns} runs (seed ${details.seed}) ${JSON.stringify(details.counterexample)?.slice(0, 500)}\n${String(details.errorInstance).slice(0, 1500)}`);
    expect(await countRows()).toEqual(before);
    // Real ids of the demo's chain are among the inputs: some walks returned links.
    const real = await post(t.url, document, { id: dids.cn, direction: 'DOWNSTREAM', depth: 6 }, token);
    expect((real.data!.trace as { nodes: unknown[] }).nodes.length).toBeGreaterThan(5);
  });
});

describe('every mutation under random and hostile input', () => {
  const schema = buildHubSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());

  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(20);
    for (const m of mutations) expect(m.args.map((a) => a.name), m.name).toEqual(['input']);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s: never a 500, and a refusal changes no table', async (name, field) => {
    const inputType = getNamedType(field.args[0].type) as GraphQLInputObjectType;
    const document = `mutation Fuzz($input: ${field.args[0].type.toString()}) { ${name}(input: $input) { __typename userErrors { code message field } } }`;
    const base = BASES[name];
    expect(base, `a valid base input for ${name}`).toBeDefined();
    const asBase = await t.token(base.as, ['LEAD', 'OFFICER', 'ADMIN']);
    const arb = fc.oneof(
      mutationInputArb(inputType).map((input) => ({ input, token })),
      oneFieldOff(inputType, base.input).map((input) => ({ input, token: asBase })),
    );
    const details = await fc.check(
      fc.asyncProperty(arb, async ({ input, token }) => {
        runs++;
        const before = await countBefore();
        const r = await post(t.url, document, { input }, token);
        const codes = codesOf(r);
        expect(r.status, show(r)).toBeLessThan(500);
        expect(codes, show(r.errors)).not.toContain('INTERNAL_SERVER_ERROR');
        for (const c of codes) expect(ALLOWED_TOP_LEVEL, show(r.errors)).toContain(c);
        if (!refused(r, name)) {
          successes[name] = (successes[name] ?? 0) + 1;
          changed();
        } else {
          refusals[name] = (refusals[name] ?? 0) + 1;
          await unchangedSince(before, `rows changed by a refused ${name}: ${show(r)}`, r);
        }
      }),
      { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
    );
    // fast-check's own report prints the whole counterexample (120 kB strings): keep it readable.
    if (details.failed) {
      const example = JSON.stringify(details.counterexample, (_k, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length} chars)` : v));
      throw new Error(`${name} failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\ninput: ${example?.slice(0, 1500)}\n${String(details.errorInstance).slice(0, 1500)}`);
    }
  });

  it('refuses garbage sent as inline literals the same way', async () => {
    const literals = ['"\\u0000"', '"' + 'y'.repeat(50_000) + '"', '-1', '1e400', '"1e5"', 'null', '[[[[[[[[["x"]]]]]]]]]', '{ a: { b: { c: 1 } } }', 'NOPE'];
    for (const m of mutations) {
      const fields = Object.values((getNamedType(m.args[0].type) as GraphQLInputObjectType).getFields());
      for (const lit of literals) {
        const body = fields.map((f) => `${f.name}: ${lit}`).join(', ');
        const before = await countBefore();
        const r = await post(t.url, `mutation { ${m.name}(input: { ${body} }) { __typename userErrors { code } } }`, {}, token);
        runs++;
        expect(r.status, `${m.name} ${lit}`).toBeLessThan(500);
        expect(codesOf(r), `${m.name} ${lit}`).not.toContain('INTERNAL_SERVER_ERROR');
        if (refused(r, m.name)) await unchangedSince(before, `${m.name} ${lit}`, r);
        else changed();
      }
    }
  });
});

describe('a body over the limit', () => {
  it('is refused 413 with a typed error before any mutation sees it, and changes nothing', async () => {
    const before = await countRows();
    const input = { kind: 'PROGRESS', content: 'x'.repeat(1_100_000), toBodyCode: '330000' };
    const r = await post(t.url, 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { userErrors { code } } }', { input }, token);
    expect(r.status).toBe(413);
    expect(r.errors).toEqual([{ message: 'Request body exceeds 1mb.', extensions: { code: 'BAD_REQUEST' } }]);
    expect(await countRows()).toEqual(before);
  });
});

describe('hostile input over WebSocket', () => {
  it('refuses a NUL character there too: graphql-ws runs queries and mutations as well', async () => {
    const before = await countRows();
    const s = await trySubscribe(t.hub.wsUrl, token, 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { userErrors { code } } }', {
      input: { kind: 'PROGRESS', content: 'x', toBodyCode: '\u0000' },
    });
    expect(s).toMatchObject({ kind: 'error', codes: ['BAD_USER_INPUT'] });
    const literal = await trySubscribe(t.hub.wsUrl, token, '{ body(code: "330000\\u0000") { code } }', {});
    expect(literal).toMatchObject({ kind: 'error', codes: ['BAD_USER_INPUT'] });
    expect(await countRows()).toEqual(before);
  });
});
