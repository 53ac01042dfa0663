import {
  AcknowledgeDirectiveDocument,
  ApplyForToleranceDocument,
  ApplyForToleranceMutationVariables,
  IssueDirectiveDocument,
  IssueDirectiveMutationVariables,
} from '../generated/graphql';
import type { TestHub } from './hub';
import { ok, settleDeadlines } from './test-hub';

/** Lets the deadlines that fell due before the hub started fire first (see settleDeadlines). */
export const settle = (t: Runner): Promise<void> => settleDeadlines(t.hub);

/** What the helpers need of a test hub (startTestHub or useTestHub). */
export type Runner = Pick<TestHub, 'run' | 'hub'>;

/** Issues a directive (LEAD of `issuer`) and has each recipient acknowledge it. */
export async function issueAndAcknowledge(t: Runner, issuer: string, input: Partial<IssueDirectiveMutationVariables['input']> & { recipientCodes: string[] }, acknowledge = true) {
  const issued = ok(await t.run(IssueDirectiveDocument, { input: { title: '关于严禁违规举债的通知', content: '严禁以任何形式违规举借债务。', requiresAcknowledgement: true, ...input } }, `${issuer}:LEAD`)).directive!;
  if (acknowledge) for (const code of input.recipientCodes) ok(await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: issued.id } }, `${code}:OFFICER`));
  return issued;
}

/** Opens a tolerance case that must succeed. */
export async function openCase(t: Runner, as: string, input: Partial<ApplyForToleranceMutationVariables['input']>) {
  return ok(await t.run(ApplyForToleranceDocument, { input: { matter: '先行先试：以政府投资基金为园区企业提供担保', actAt: new Date().toISOString(), ...input } }, as)).toleranceCase!;
}
