import {
  AddInspectionGroupMemberDocument,
  IssueRectificationOrderDocument,
  PlanInspectionDocument,
  PlanInspectionMutationVariables,
  RecordFindingDocument,
  RecordFindingMutationVariables,
  RecordSiteVisitDocument,
} from '../generated/graphql';
import type { Runner } from './supervision';
import { inDays, ok } from './test-hub';

export const HASH = 'a'.repeat(64);

/** planInspection that must succeed (LEAD of `lead`). */
export async function plan(t: Runner, lead: string, input: Partial<PlanInspectionMutationVariables['input']> & { subjectCodes: string[] }) {
  return ok(
    await t.run(PlanInspectionDocument, { input: { title: '督察测试', year: new Date().getUTCFullYear(), mode: 'ON_SITE', plannedFrom: inDays(-1), plannedTo: inDays(10), ...input } }, `${lead}:LEAD`),
  ).inspection!;
}

export async function addMember(t: Runner, lead: string, inspectionId: string, bodyCode: string) {
  return ok(await t.run(AddInspectionGroupMemberDocument, { input: { inspectionId, bodyCode } }, `${lead}:LEAD`)).inspection!;
}

export async function visit(t: Runner, as: string, inspectionId: string, subjectCode: string) {
  return ok(await t.run(RecordSiteVisitDocument, { input: { inspectionId, subjectCode, at: new Date().toISOString(), place: '现场' } }, as)).visit!;
}

export async function find(t: Runner, as: string, inspectionId: string, subjectCode: string, input: Partial<RecordFindingMutationVariables['input']> = {}) {
  return ok(
    await t.run(RecordFindingDocument, { input: { inspectionId, subjectCode, severity: 'SERIOUS', category: 'DELAYED', description: '进度滞后。', evidenceHashes: [HASH], ...input } }, as),
  ).finding!;
}

export async function order(t: Runner, lead: string, findingIds: string[], deadline = inDays(30)) {
  return ok(await t.run(IssueRectificationOrderDocument, { input: { findingIds, requirements: '限期整改。', deadline } }, `${lead}:LEAD`)).order!;
}
