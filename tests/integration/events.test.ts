import { describe, expect, it } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { Directive } from '../../src/domains/channels/channel.entities';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { LoaderRegistry, RequestContext } from '../../src/platform/context';
import { DomainError, UserErrorCode } from '../../src/platform/errors/user-error';
import { HubDeadline, HubEvent } from '../../src/platform/events/hub-event.entity';
import { noTransactionEvents } from '../../src/platform/events/outbox';
import { lastSeq } from '../../src/platform/events/relay';
import { runMutation } from '../../src/platform/graphql/mutation';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { IssueDirectiveDocument, ReformEventsDocument, ReformEventsSubscription, SubmitFeedbackDocument } from '../generated/graphql';
import { subscribe } from '../support/subscriptions';
import { useTestHub, waitFor } from '../support/test-hub';
import { trySubscribe } from '../support/raw';
import { print } from 'graphql';

const t = useTestHub();

const now = async () => encodeEventCursor(await lastSeq(t.hub.db));

let n = 0;
async function feedback(as: string) {
  const r = await t.run(SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: `进展 ${++n}` } }, as);
  expect(r.data?.submitFeedback.userErrors).toEqual([]);
  return r.data!.submitFeedback.feedback!.id;
}
async function directive(as: string, recipientCodes: string[], extra: Record<string, unknown> = {}) {
  const r = await t.run(IssueDirectiveDocument, { input: { title: `指令 ${++n}`, content: '内容', recipientCodes, ...extra } }, as);
  expect(r.data?.issueDirective.userErrors).toEqual([]);
  return r.data!.issueDirective.directive!.id;
}
const subjects = (events: ReformEventsSubscription[]) => events.map((e) => e.reformEvents.subject.id);

/** Subscribes from `after` and collects until `marker` (an id) arrives; returns the subject ids before it. */
async function collectUntil(token: string, variables: { after: string; under?: string }, marker: string): Promise<string[]> {
  const sub = subscribe(t.hub.wsUrl, token, ReformEventsDocument, variables);
  try {
    await waitFor(() => sub.received.some((e) => e.reformEvents.subject.id === marker) || sub.errors.length > 0, { what: `event about ${marker}` });
    expect(sub.errors).toEqual([]);
    const ids = subjects(sub.received);
    return ids.slice(0, ids.indexOf(marker));
  } finally {
    await sub.close();
  }
}

describe('reformEvents: one jurisdiction-scoped, resumable stream', () => {
  it('shows a province its cities’ events and never another jurisdiction’s; a city never sees its siblings’ or the province’s siblings’', async () => {
    const start = await now();
    const hz = await feedback('330100:OFFICER'); // Hangzhou → Zhejiang
    const nb = await feedback('330200:OFFICER'); // Ningbo → Zhejiang
    const js = await directive('320000:LEAD', ['320100']); // Jiangsu → Nanjing
    const zj = await directive('330000:LEAD', ['330100']); // Zhejiang → Hangzhou
    const markerZj = await feedback('330300:OFFICER'); // Wenzhou → Zhejiang: seen by Zhejiang only
    const markerHz = await directive('330000:LEAD', ['330100']);

    expect(await collectUntil(await t.token('330000', 'VIEWER'), { after: start }, markerZj)).toEqual([hz, nb, zj]);
    // Hangzhou: its own feedback, and the directive addressed to it; not Ningbo's, not Jiangsu's.
    expect(await collectUntil(await t.token('330100', 'VIEWER'), { after: start }, markerHz)).toEqual([hz, zj]);
    // Jiangsu: only its own directive.
    const jsSeen = await collectUntil(await t.token('320000', 'VIEWER'), { after: start }, await directive('320000:LEAD', ['320100']));
    expect(jsSeen).toEqual([js]);
    // `under` narrows the province's stream to one city's subtree.
    expect(await collectUntil(await t.token('330000', 'VIEWER'), { after: start, under: '330100' }, await feedback('330100:OFFICER'))).toEqual([hz]);
  });

  it('refuses `under` outside the caller’s jurisdiction, a foreign cursor and the public', async () => {
    const q = print(ReformEventsDocument);
    expect(await trySubscribe(t.hub.wsUrl, await t.token('330100', 'VIEWER'), q, { under: '330000' })).toMatchObject({ kind: 'error', codes: ['FORBIDDEN'] });
    expect(await trySubscribe(t.hub.wsUrl, await t.token('330000', 'VIEWER'), q, { under: '320100' })).toMatchObject({ kind: 'error', codes: ['FORBIDDEN'] });
    expect(await trySubscribe(t.hub.wsUrl, await t.token('330000', 'VIEWER'), q, { after: 'bm90LWEtY3Vyc29y' })).toMatchObject({ kind: 'error', codes: ['BAD_USER_INPUT'] });
    expect(await trySubscribe(t.hub.wsUrl, undefined, q, {})).toMatchObject({ kind: 'closed', code: 4401 });
  });

  it('replays from a cursor with no gap and no duplicate while events keep coming', async () => {
    const start = await now();
    const first = [];
    for (let i = 0; i < 12; i++) first.push(await feedback(i % 2 ? '330100:OFFICER' : '330200:OFFICER'));
    const token = await t.token('330000', 'VIEWER');
    const a = subscribe(t.hub.wsUrl, token, ReformEventsDocument, { after: start });
    await a.waitFor(5);
    await a.close();
    const resumeAt = a.received[4].reformEvents.cursor;
    const b = subscribe(t.hub.wsUrl, token, ReformEventsDocument, { after: resumeAt });
    const more = [];
    for (let i = 0; i < 8; i++) more.push(await feedback('330100:OFFICER')); // while b replays
    const all = [...first, ...more];
    await b.waitFor(all.length - 5);
    expect([...subjects(a.received).slice(0, 5), ...subjects(b.received)]).toEqual(all);
    const kinds = new Set(b.received.map((e) => e.reformEvents.kind));
    expect([...kinds]).toEqual(['FEEDBACK_SUBMITTED']);
    await b.close();
  });

  it('never delivers an event of a rolled-back mutation', async () => {
    const start = await now();
    const zj = (await t.em.findOneByOrFail(Body, { code: '330000' })).rowId;
    const ctx: RequestContext = {
      requestId: 'rollback-test',
      actor: { accountId: 'test', body: { rowId: zj, code: '330000', level: 'PROVINCIAL', kind: 'GOVERNMENT', parentId: null }, roles: new Set(), expiresAt: null },
      db: t.hub.db,
      em: t.em,
      loaders: new LoaderRegistry(),
      log: t.hub.log,
      pubsub: t.hub.pubsub,
      events: noTransactionEvents,
    };
    const someDirective = await t.em.findOneByOrFail(Directive, {});
    const result = await runMutation<{ done: true }>(ctx, async (tx) => {
      await tx.events.emit('DirectiveIssued', { directiveId: someDirective.rowId }, { subjectType: 'Directive', subjectId: someDirective.rowId, bodyId: zj });
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'refused after the event was recorded');
    });
    expect(result.userErrors.map((e) => e.code)).toEqual(['VALIDATION_FAILED']);
    expect(await t.em.countBy(HubEvent, { subjectId: someDirective.rowId, requestId: 'rollback-test' })).toBe(0);
    const marker = await feedback('330100:OFFICER');
    expect(await collectUntil(await t.token('330000', 'VIEWER'), { after: start }, marker)).toEqual([]);
  });

  it('turns a passed acknowledgement deadline into one event, also when it passed while the hub was down', async () => {
    const start = await now();
    const at = new Date(Date.now() + 1200);
    const id = await directive('330000:LEAD', ['330100', '330200'], { requiresAcknowledgement: true, acknowledgeBy: at.toISOString() });
    const rowId = parseGlobalId(id)!.rowId;
    expect(await t.em.countBy(HubDeadline, { key: `directive-ack:${rowId}` })).toBe(1);
    let stoppedAt = 0;
    await t.testHub.restart(async () => {
      stoppedAt = Date.now();
      await waitFor(() => Date.now() > at.getTime() + 100, { what: 'the deadline to pass while the hub is stopped' });
    });
    await waitFor(async () => (await t.em.countBy(HubDeadline, { key: `directive-ack:${rowId}` })) === 0, { what: 'the deadline to fire' });
    t.hub.scheduler.wake(); // another run finds nothing more to fire
    await t.hub.scheduler.idle();
    const fired = await t.em.findBy(HubEvent, { kind: 'DirectiveAcknowledgementOverdue', subjectId: rowId });
    expect(fired).toHaveLength(1);
    expect(fired[0].occurredAt.getTime()).toBeGreaterThan(stoppedAt); // at start, not before the hub stopped
    const marker = await feedback('330100:OFFICER');
    const sub = subscribe(t.hub.wsUrl, await t.token('330100', 'VIEWER'), ReformEventsDocument, { after: start, kinds: ['DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE', 'FEEDBACK_SUBMITTED'] });
    await waitFor(() => sub.received.some((e) => e.reformEvents.subject.id === marker), { what: 'the marker' });
    expect(sub.received.map((e) => [e.reformEvents.kind, e.reformEvents.subject.id, e.reformEvents.actor.code])).toEqual([
      ['DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE', id, '330000'],
      ['FEEDBACK_SUBMITTED', marker, '330100'],
    ]);
    await sub.close();
  });
});
