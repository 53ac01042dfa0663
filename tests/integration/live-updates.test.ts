import { describe, expect, it } from 'vitest';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { lastSeq } from '../../src/platform/events/relay';
import {
  AcknowledgeDirectiveDocument,
  DelegatePowerDocument,
  IssueDirectiveDocument,
  MarkDirectiveReadDocument,
  RedelegateFromDocument,
  ReformEventsDocument,
  RespondToFeedbackDocument,
  RevokeDelegationByIdDocument,
  SignDelegationByIdDocument,
  SubmitFeedbackDocument,
} from '../generated/graphql';
import { allocation, definePower, YEAR } from '../support/powers';
import { subscribe } from '../support/subscriptions';
import { expectUserErrors, useTestHub, waitFor } from '../support/test-hub';

// The live updates an issuer, a sender and the parties of a delegation wait for (issue #17), on
// the event spine's resumable `reformEvents` stream.

const t = useTestHub();
const now = async () => encodeEventCursor(await lastSeq(t.hub.db));

type Kind = 'RECEIPT_READ' | 'DIRECTIVE_ACKNOWLEDGED' | 'FEEDBACK_ANSWERED' | 'DELEGATION_SIGNED' | 'DELEGATION_REVOKED';

/** Subscribes as `as` from `after` to these kinds; waits until `count` events arrived; returns them. */
async function collect(as: string, after: string, kinds: Kind[], count: number) {
  const [body, role] = as.split(':');
  const sub = subscribe(t.hub.wsUrl, await t.token(body, role as 'VIEWER'), ReformEventsDocument, { after, kinds });
  try {
    await waitFor(() => sub.received.length >= count || sub.errors.length > 0, { what: `${count} ${kinds.join('/')} events for ${as}` });
    expect(sub.errors).toEqual([]);
    return sub.received.map((e) => e.reformEvents);
  } finally {
    await sub.close();
  }
}

/** What `as` sees of these kinds from `after` up to the marker event (a directive issued to it, seen by every body). */
async function seenUntilMarker(as: string, after: string, kinds: Kind[]): Promise<string[]> {
  const [body, role] = as.split(':');
  const marker = await t.run(IssueDirectiveDocument, { input: { title: '标记指令', content: '标记', recipientCodes: [body] } }, 'CN:LEAD');
  const markerId = marker.data!.issueDirective.directive!.id;
  const sub = subscribe(t.hub.wsUrl, await t.token(body, role as 'VIEWER'), ReformEventsDocument, { after, kinds: [...kinds, 'DIRECTIVE_ISSUED'] });
  try {
    await waitFor(() => sub.received.some((e) => e.reformEvents.subject.id === markerId) || sub.errors.length > 0, { what: `marker for ${as}` });
    return sub.received.map((e) => e.reformEvents).filter((e) => e.kind !== 'DIRECTIVE_ISSUED').map((e) => `${e.kind}:${e.subject.id}`);
  } finally {
    await sub.close();
  }
}

describe('an issuer hears that its directive was read and acknowledged', () => {
  it('live, resumable, once per receipt however often the recipient retries', async () => {
    const start = await now();
    const live = subscribe(t.hub.wsUrl, await t.token('330000', 'LEAD'), ReformEventsDocument, { after: start, kinds: ['RECEIPT_READ', 'DIRECTIVE_ACKNOWLEDGED'] });
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '请确认', content: '内容', recipientCodes: ['330100'], requiresAcknowledgement: true } }, '330000:LEAD');
    const directiveId = issued.data!.issueDirective.directive!.id;
    const read = await t.run(MarkDirectiveReadDocument, { input: { directiveId } }, '330100:VIEWER');
    const receiptId = read.data!.markDirectiveRead.receipt!.id;
    await t.run(MarkDirectiveReadDocument, { input: { directiveId } }, '330100:VIEWER');
    await t.run(AcknowledgeDirectiveDocument, { input: { directiveId } }, '330100:OFFICER');
    await t.run(AcknowledgeDirectiveDocument, { input: { directiveId } }, '330100:OFFICER'); // a retry

    await waitFor(() => live.received.length >= 2, { what: 'read and acknowledged, live' });
    const events = live.received.map((e) => e.reformEvents);
    expect(events.map((e) => [e.kind, e.subject.__typename, e.subject.id, e.actor.code])).toEqual([
      ['RECEIPT_READ', 'Receipt', receiptId, '330100'],
      ['DIRECTIVE_ACKNOWLEDGED', 'Receipt', receiptId, '330100'],
    ]);
    await live.close();

    // Resumed from the first event's cursor: exactly the second, nothing repeated.
    const resumed = await collect('330000:VIEWER', events[0].cursor, ['RECEIPT_READ', 'DIRECTIVE_ACKNOWLEDGED'], 1);
    expect(resumed.map((e) => e.kind)).toEqual(['DIRECTIVE_ACKNOWLEDGED']);
    // The retried read and acknowledgement recorded nothing more; a sibling city hears nothing of it.
    expect(await seenUntilMarker('330000:VIEWER', start, ['RECEIPT_READ', 'DIRECTIVE_ACKNOWLEDGED'])).toEqual([`RECEIPT_READ:${receiptId}`, `DIRECTIVE_ACKNOWLEDGED:${receiptId}`]);
    expect(await seenUntilMarker('330200:VIEWER', start, ['RECEIPT_READ', 'DIRECTIVE_ACKNOWLEDGED'])).toEqual([]);
  });
});

describe('a sender hears that its feedback was answered', () => {
  it('and a refused second answer tells nobody anything', async () => {
    const start = await now();
    const sent = await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '执行中遇到的问题', toBodyCode: '330000' } }, '330100:OFFICER');
    const feedbackId = sent.data!.submitFeedback.feedback!.id;
    const answered = await t.run(RespondToFeedbackDocument, { input: { feedbackId, resolution: 'ANSWERED', response: '已研究，按原方案执行。' } }, '330000:OFFICER');
    expect(answered.data?.respondToFeedback.userErrors).toEqual([]);

    const [event] = await collect('330100:VIEWER', start, ['FEEDBACK_ANSWERED'], 1);
    expect(event).toMatchObject({ kind: 'FEEDBACK_ANSWERED', subject: { __typename: 'Feedback', id: feedbackId }, actor: { code: '330000' } });

    const before = await t.snapshot();
    expectUserErrors(await t.run(RespondToFeedbackDocument, { input: { feedbackId, resolution: 'DECLINED', response: '再答一次' } }, '330000:OFFICER'), ['INVALID_STATE']);
    expect(await t.snapshot()).toEqual(before);
    expect(await seenUntilMarker('330100:VIEWER', start, ['FEEDBACK_ANSWERED'])).toEqual([`FEEDBACK_ANSWERED:${feedbackId}`]);
    expect(await seenUntilMarker('330200:VIEWER', start, ['FEEDBACK_ANSWERED'])).toEqual([]);
  });
});

describe('the parties of a delegation hear that it was signed and revoked', () => {
  it('grantor and grantee, for the delegation and for what was re-delegated from it', async () => {
    const code = await definePower(t.testHub, '1000000.00');
    const start = await now();
    const proposed = await t.run(DelegatePowerDocument, { input: { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('1000.00'), estimatedCost: '1000.00' } }, 'CN-NDRC:OFFICER');
    const id = proposed.data!.delegatePower.delegation!.id;
    // Proposing is not signing: nothing for the parties yet.
    expect(await seenUntilMarker('330000:VIEWER', start, ['DELEGATION_SIGNED', 'DELEGATION_REVOKED'])).toEqual([]);

    const signed = await t.run(SignDelegationByIdDocument, { id }, 'CN-NDRC:LEAD');
    expect(signed.data?.signDelegation.userErrors).toEqual([]);
    const before = await t.snapshot();
    expectUserErrors(await t.run(SignDelegationByIdDocument, { id }, 'CN-NDRC:LEAD'), ['INVALID_STATE']);
    expect(await t.snapshot()).toEqual(before);

    const child = await t.run(RedelegateFromDocument, { parent: id, powerCode: code, to: '330100', amount: '400.00', year: YEAR, estimate: '400.00' }, '330000:LEAD');
    const childId = child.data!.delegatePower.delegation!.id;
    const revoked = await t.run(RevokeDelegationByIdDocument, { id, reason: '调整' }, 'CN-NDRC:LEAD');
    expect(revoked.data?.revokeDelegation.userErrors).toEqual([]);

    const kinds: Kind[] = ['DELEGATION_SIGNED', 'DELEGATION_REVOKED'];
    // The province is grantee of the first and grantor of the second.
    expect(await seenUntilMarker('330000:VIEWER', start, kinds)).toEqual([`DELEGATION_SIGNED:${id}`, `DELEGATION_SIGNED:${childId}`, `DELEGATION_REVOKED:${id}`, `DELEGATION_REVOKED:${childId}`]);
    // The city is grantee of the second only; the grantor at the centre hears of its own.
    expect(await seenUntilMarker('330100:VIEWER', start, kinds)).toEqual([`DELEGATION_SIGNED:${childId}`, `DELEGATION_REVOKED:${childId}`]);
    const centre = await collect('CN-NDRC:VIEWER', start, kinds, 2);
    expect(centre.slice(0, 2).map((e) => `${e.kind}:${e.subject.id}`)).toEqual([`DELEGATION_SIGNED:${id}`, `DELEGATION_SIGNED:${childId}`]);
    // Another province hears nothing of it.
    expect(await seenUntilMarker('320000:VIEWER', start, kinds)).toEqual([]);
  });
});
