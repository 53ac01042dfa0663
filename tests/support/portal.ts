import { expect } from 'vitest';
import { DecisionPageDocument, PublicChangesDocument, type PublicChangesQuery, type PublicChangesQueryVariables, PublishObjectDocument, RecordDisclosureReviewDocument, SuggestionsDocument, TasksDocument } from '../generated/graphql';
import type { TestHubFixture } from './test-hub';

// Fixtures of the public portal's tests: ids of demo objects by code, the publication act in one call.

export const YEAR = new Date().getUTCFullYear();
export const taskCode = (n: number, body?: string) => `${YEAR}-CN-${String(n).padStart(2, '0')}${body ? `-${body}` : ''}`;

/** The global id of a demo task, read by a signed-in body that sees it. */
export async function taskId(t: TestHubFixture, code: string): Promise<string> {
  const r = await t.run(TasksDocument, { under: 'CN', year: YEAR, first: 100 }, 'CN:VIEWER');
  let edges = r.data!.tasks.edges;
  let after = r.data!.tasks.pageInfo.endCursor;
  while (!edges.some((e) => e.node.code === code) && after) {
    const more = await t.run(TasksDocument, { under: 'CN', year: YEAR, first: 100, after }, 'CN:VIEWER');
    edges = more.data!.tasks.edges;
    after = more.data!.tasks.pageInfo.hasNextPage ? more.data!.tasks.pageInfo.endCursor : null;
  }
  const found = edges.find((e) => e.node.code === code);
  expect(found, `task ${code}`).toBeDefined();
  return found!.node.id;
}

/** The global id of a demo decision by its decision maker, read by that body. */
export async function decisionId(t: TestHubFixture, decisionMakerCode: string): Promise<string> {
  const r = await t.run(DecisionPageDocument, { first: 5, decisionMakerCode }, `${decisionMakerCode}:VIEWER`);
  expect(r.data!.decisions.edges.length).toBeGreaterThan(0);
  return r.data!.decisions.edges[0].node.id;
}

/** Suggestions to a body as its staff sees them. */
export async function suggestionsTo(t: TestHubFixture, bodyCode: string) {
  const r = await t.run(SuggestionsDocument, { toBodyCode: bodyCode, first: 20 }, `${bodyCode}:VIEWER`);
  return r.data!.suggestions.edges.map((e) => e.node);
}

/** Reviewed by an OFFICER, published by a LEAD of the owning body. */
export async function publish(t: TestHubFixture, id: string, owner: string) {
  const review = await t.run(RecordDisclosureReviewDocument, { input: { id } }, `${owner}:OFFICER`);
  expect(review.errors).toBeUndefined();
  expect(review.data!.recordDisclosureReview.userErrors).toEqual([]);
  const r = await t.run(PublishObjectDocument, { input: { id } }, `${owner}:LEAD`);
  expect(r.errors).toBeUndefined();
  expect(r.data!.publishObject.userErrors).toEqual([]);
  return r.data!.publishObject.publication!;
}

/** Every change of the public feed, by walking it page by page as the public. */
export async function allChanges(t: TestHubFixture) {
  const all: { cursor: string; node: { kind: string; subjectId: string; subjectType: string; title: string; reason?: string | null } }[] = [];
  let after: string | null = null;
  for (;;) {
    const r: Awaited<ReturnType<typeof t.run<PublicChangesQuery, PublicChangesQueryVariables>>> = await t.run(PublicChangesDocument, { first: 100, after });
    expect(r.errors).toBeUndefined();
    all.push(...r.data!.publicChanges.edges);
    if (!r.data!.publicChanges.pageInfo.hasNextPage) return all;
    after = r.data!.publicChanges.pageInfo.endCursor!;
  }
}
