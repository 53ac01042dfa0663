import { expect } from 'vitest';
import {
  AcknowledgeDirectiveDocument,
  ApplyForToleranceDocument,
  ApplyForToleranceMutationVariables,
  IssueDirectiveDocument,
  IssueDirectiveMutationVariables,
} from '../generated/graphql';
import type { GraphQLResult } from './client';
import type { TestHub } from './hub';
import { settleDeadlines, unchangedTables } from './test-hub';

/** Lets the deadlines that fell due before the hub started fire first (see settleDeadlines). */
export const settle = (t: Runner): Promise<void> => settleDeadlines(t.hub);

/** What the helpers need of a test hub (startTestHub or useTestHub). */
export type Runner = Pick<TestHub, 'run' | 'hub'>;

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();



/** Runs a refused change and proves it changed no table. */
export const unchanged = <R>(t: Runner, change: () => Promise<R>): Promise<R> => unchangedTables(t.hub, change);

/** The single mutation payload of a result. */
function payloadOf<T>(r: GraphQLResult<T>): { userErrors: { code: string; message: string }[] } & Record<string, unknown> {
  const payloads = Object.values((r.data ?? {}) as Record<string, unknown>).filter((p) => p && typeof p === 'object' && Array.isArray((p as { userErrors?: unknown }).userErrors));
  expect(payloads.length, JSON.stringify(r)).toBe(1);
  return payloads[0] as never;
}

/** Asserts the payload's userErrors have exactly these codes (a refusal, not an empty list). */
export function expectUserErrors(r: GraphQLResult<unknown>, codes: string[]): void {
  expect(r.errors, 'top-level errors').toBeUndefined();
  expect(payloadOf(r).userErrors.map((e) => e.code)).toEqual(codes);
}

export function expectErrorCodes(r: GraphQLResult<unknown>, codes: string[]): void {
  expect((r.errors ?? []).map((e) => String(e.extensions?.code))).toEqual(codes);
}

/** A mutation that must succeed: no errors, no userErrors; returns its payload. */
export function ok<T>(r: GraphQLResult<T>): T[keyof T] {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const p = payloadOf(r);
  expect(p.userErrors, JSON.stringify(p.userErrors)).toEqual([]);
  return p as never;
}

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
