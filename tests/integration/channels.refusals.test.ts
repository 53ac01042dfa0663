import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/platform/audit/audit-event.entity';
import { Directive, Feedback, Receipt } from '../../src/domains/channels/channel.entities';
import {
  AcknowledgeDirectiveDocument,
  DirectiveIssuedDocument,
  DirectiveViewDocument,
  FeedbackInboxDocument,
  InboxDocument,
  IssueDirectiveDocument,
  ReviseDirectiveDocument,
  SubmitFeedbackDocument,
} from '../generated/graphql';
import { errorCodes } from '../support/client';
import { startTestHub, TestHub } from '../support/hub';
import { subscribe } from '../support/subscriptions';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => t?.stop());

const em = () => t.hub.db.dataSource.manager;
const snapshot = async () => [await em().count(Directive), await em().count(Receipt), await em().count(Feedback), await em().count(AuditEvent)];

describe('directives never go upward, sideways or into another jurisdiction', () => {
  it.each([
    ['a city to the centre', '330100:LEAD', { recipientCodes: ['CN'] }],
    ['a city to another province’s city', '330100:LEAD', { recipientCodes: ['320100'] }],
    ['a province to another province', '330000:LEAD', { recipientCodes: ['320000'] }],
    ['a city to its province', '330100:LEAD', { recipientCodes: ['330000'] }],
    ['a department to a sibling department', '330000-DRC:LEAD', { recipientCodes: ['330000-FIN'] }],
    ['a mixed list with one body outside', '330000:LEAD', { recipientCodes: ['330100', '320100'] }],
    ['a city addressing the provincial level', '330100:LEAD', { audienceLevel: 'PROVINCIAL' as const }],
  ])('refuses %s as FORBIDDEN and creates nothing', async (_name, as, audience) => {
    const before = await snapshot();
    const r = await t.run(IssueDirectiveDocument, { input: { title: '越权指令', content: '内容', ...audience } }, as);
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses callers who are not LEAD, and empty or unknown audiences', async () => {
    const before = await snapshot();
    expect(errorCodes(await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['330100'] } }, '330000:OFFICER'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['330100'] } }))).toEqual(['UNAUTHENTICATED']);
    const none = await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容' } }, '330000:LEAD');
    expect(none.data?.issueDirective.userErrors.map((e) => e.code)).toEqual(['VALIDATION_FAILED']);
    const unknown = await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['999999'] } }, '330000:LEAD');
    expect(unknown.data?.issueDirective.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const late = await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['330100'], requiresAcknowledgement: true, acknowledgeBy: '2020-01-01T00:00:00Z' } }, '330000:LEAD');
    expect(late.data?.issueDirective.userErrors.map((e) => e.code)).toEqual(['VALIDATION_FAILED']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('feedback never goes down or sideways', () => {
  it.each([
    ['to another province', '330100:OFFICER', '320000'],
    ['downward', '330000:OFFICER', '330100'],
    ['sideways', '330100:OFFICER', '330200'],
    ['to a department of another government', '330100:OFFICER', '330000-FIN'],
  ])('refuses feedback %s as FORBIDDEN', async (_name, as, to) => {
    const before = await snapshot();
    expect(errorCodes(await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '问题', toBodyCode: to } }, as))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the public and VIEWERs', async () => {
    expect(errorCodes(await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '问题' } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '问题' } }, '330100:VIEWER'))).toEqual(['FORBIDDEN']);
  });
});

describe('nobody reads or acknowledges what is not theirs', () => {
  it('refuses other jurisdictions on every path', async () => {
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '内部', content: '内容', recipientCodes: ['330100'], requiresAcknowledgement: true } }, '330000:LEAD');
    const id = issued.data!.issueDirective.directive!.id;
    expect(errorCodes(await t.run(InboxDocument, { code: '330000', first: 5 }, '330100:LEAD'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run(InboxDocument, { code: '330100', first: 5 }, '320100:LEAD'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run(InboxDocument, { code: '330100', first: 5 }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.run(FeedbackInboxDocument, { code: '330000' }, '330100:LEAD'))).toEqual(['FORBIDDEN']);
    expect((await t.run(DirectiveViewDocument, { id }, '320000:LEAD')).data?.node).toBeNull();
    expect((await t.run(DirectiveViewDocument, { id }, '330200:LEAD')).data?.node).toBeNull();
    const view = await t.run(DirectiveViewDocument, { id }, '330100:VIEWER');
    expect(view.data?.node).toMatchObject({ receipts: { totalCount: 1 } });

    const before = await snapshot();
    const stranger = await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: id } }, '330200:OFFICER');
    expect(stranger.data?.acknowledgeDirective.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
    const once = await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: id } }, '330100:OFFICER');
    expect(once.data?.acknowledgeDirective.receipt?.acknowledgedAt).toEqual(expect.any(String));
    // A retry (by any account of the same body) answers the receipt unchanged and records nothing.
    const acknowledged = await snapshot();
    const twice = await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: id } }, '330100:LEAD');
    expect(twice.data?.acknowledgeDirective).toEqual(once.data?.acknowledgeDirective);
    expect(await snapshot()).toEqual(acknowledged);
  });

  it('never delivers another body’s directives to a subscriber', async () => {
    const spy = subscribe(t.hub.wsUrl, await t.token('320100', ['LEAD']), DirectiveIssuedDocument, { after: Buffer.from('dlv1:0').toString('base64url') });
    await new Promise((r) => setTimeout(r, 500));
    const received = spy.received.map((e) => e.directiveIssued.receipt.recipient.code);
    expect(received.every((code) => code === '320100')).toBe(true);
    await spy.close();
  });

  it('refuses a revision by another body or naming unrelated feedback', async () => {
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '待修订', content: '内容', recipientCodes: ['330100'] } }, '330000:LEAD');
    const id = issued.data!.issueDirective.directive!.id;
    const other = await t.run(SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: '无关' } }, '320100:OFFICER');
    const before = await snapshot();
    const wrong = await t.run(ReviseDirectiveDocument, { input: { directiveId: id, causedByFeedbackId: other.data!.submitFeedback.feedback!.id } }, '330000:LEAD');
    expect(wrong.data?.reviseDirective.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const fb = await t.run(SubmitFeedbackDocument, { input: { kind: 'OBJECTION', content: '异议', directiveId: id } }, '330100:OFFICER');
    const after = await snapshot();
    expect(errorCodes(await t.run(ReviseDirectiveDocument, { input: { directiveId: id, causedByFeedbackId: fb.data!.submitFeedback.feedback!.id } }, 'CN:LEAD'))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(after);
    expect(after[2]).toBe(before[2] + 1);
  });

  it('refuses a forged cursor', async () => {
    const sub = subscribe(t.hub.wsUrl, await t.token('330100', ['LEAD']), DirectiveIssuedDocument, { after: 'garbage' });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(sub.errors)).toMatch(/delivery cursor/);
    await sub.close();
  });
});
