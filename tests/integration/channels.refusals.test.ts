import { describe, expect, it } from 'vitest';
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
import { subscribe } from '../support/subscriptions';
import { expectErrorCodes, expectUserErrors, rowCount, useTestHub, waitFor } from '../support/test-hub';

const t = useTestHub();
const { snapshot } = t;

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
    expectErrorCodes(r, ['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses callers who are not LEAD, and empty or unknown audiences', async () => {
    const before = await snapshot();
    expectErrorCodes(await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['330100'] } }, '330000:OFFICER'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['330100'] } }), ['UNAUTHENTICATED']);
    const none = await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容' } }, '330000:LEAD');
    expectUserErrors(none, ['VALIDATION_FAILED']);
    const unknown = await t.run(IssueDirectiveDocument, { input: { title: '指令', content: '内容', recipientCodes: ['999999'] } }, '330000:LEAD');
    expectUserErrors(unknown, ['NOT_FOUND']);
    const late = await t.run(
      IssueDirectiveDocument,
      { input: { title: '指令', content: '内容', recipientCodes: ['330100'], requiresAcknowledgement: true, acknowledgeBy: '2020-01-01T00:00:00Z' } },
      '330000:LEAD',
    );
    expectUserErrors(late, ['VALIDATION_FAILED']);
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
    expectErrorCodes(await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '问题', toBodyCode: to } }, as), ['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the public and VIEWERs', async () => {
    expectErrorCodes(await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '问题' } }), ['UNAUTHENTICATED']);
    expectErrorCodes(await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content: '问题' } }, '330100:VIEWER'), ['FORBIDDEN']);
  });
});

describe('nobody reads or acknowledges what is not theirs', () => {
  it('refuses other jurisdictions on every path', async () => {
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '内部', content: '内容', recipientCodes: ['330100'], requiresAcknowledgement: true } }, '330000:LEAD');
    const id = issued.data!.issueDirective.directive!.id;
    expectErrorCodes(await t.run(InboxDocument, { code: '330000', first: 5 }, '330100:LEAD'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(InboxDocument, { code: '330100', first: 5 }, '320100:LEAD'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(InboxDocument, { code: '330100', first: 5 }), ['UNAUTHENTICATED']);
    expectErrorCodes(await t.run(FeedbackInboxDocument, { code: '330000' }, '330100:LEAD'), ['FORBIDDEN']);
    expect((await t.run(DirectiveViewDocument, { id }, '320000:LEAD')).data?.node).toBeNull();
    expect((await t.run(DirectiveViewDocument, { id }, '330200:LEAD')).data?.node).toBeNull();
    const view = await t.run(DirectiveViewDocument, { id }, '330100:VIEWER');
    expect(view.data?.node).toMatchObject({ receipts: { totalCount: 1 } });

    const before = await snapshot();
    const stranger = await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: id } }, '330200:OFFICER');
    expectUserErrors(stranger, ['NOT_FOUND']);
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
    await t.run(IssueDirectiveDocument, { input: { title: '给杭州', content: '内容', recipientCodes: ['330100'] } }, '330000:LEAD');
    const marker = await t.run(IssueDirectiveDocument, { input: { title: '给南京', content: '内容', recipientCodes: ['320100'] } }, '320000:LEAD');
    const markerId = marker.data!.issueDirective.directive!.id;
    const spy = subscribe(t.hub.wsUrl, await t.token('320100', ['LEAD']), DirectiveIssuedDocument, { after: Buffer.from('dlv1:0').toString('base64url') });
    // Everything of Nanjing's inbox up to the marker, replayed in order: Hangzhou's directive, issued before, would be among it.
    await waitFor(() => spy.received.some((e) => e.directiveIssued.directive.id === markerId), { what: 'the directive to Nanjing' });
    const received = spy.received.map((e) => e.directiveIssued.receipt.recipient.code);
    expect(received.length).toBeGreaterThan(0);
    expect(received.filter((code) => code !== '320100')).toEqual([]);
    expect(spy.received.map((e) => e.directiveIssued.directive.title)).not.toContain('给杭州');
    await spy.close();
  });

  it('refuses a revision by another body or naming unrelated feedback', async () => {
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '待修订', content: '内容', recipientCodes: ['330100'] } }, '330000:LEAD');
    const id = issued.data!.issueDirective.directive!.id;
    const other = await t.run(SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: '无关' } }, '320100:OFFICER');
    const before = await snapshot();
    const wrong = await t.run(ReviseDirectiveDocument, { input: { directiveId: id, causedByFeedbackId: other.data!.submitFeedback.feedback!.id } }, '330000:LEAD');
    expectUserErrors(wrong, ['NOT_FOUND']);
    const fb = await t.run(SubmitFeedbackDocument, { input: { kind: 'OBJECTION', content: '异议', directiveId: id } }, '330100:OFFICER');
    const after = await snapshot();
    expectErrorCodes(await t.run(ReviseDirectiveDocument, { input: { directiveId: id, causedByFeedbackId: fb.data!.submitFeedback.feedback!.id } }, 'CN:LEAD'), ['FORBIDDEN']);
    expect(await snapshot()).toEqual(after);
    expect(rowCount(after, 'feedback')).toBe(rowCount(before, 'feedback') + 1);
  });

  it('refuses a forged cursor', async () => {
    const sub = subscribe(t.hub.wsUrl, await t.token('330100', ['LEAD']), DirectiveIssuedDocument, { after: 'garbage' });
    await waitFor(() => sub.errors.length > 0, { what: 'the refusal' });
    expect(JSON.stringify(sub.errors)).toMatch(/delivery cursor/);
    await sub.close();
  });
});
