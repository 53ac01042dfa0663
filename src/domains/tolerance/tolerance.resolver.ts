import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { runMutation } from '../../platform/graphql/mutation';
import { createIdempotently } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { Finding } from '../supervision/supervision.entities';
import { ToleranceCase, ToleranceSignature } from './tolerance.entities';
import { ToleranceOutcome, ToleranceStatus } from './tolerance.enums';
import * as tolerance from './tolerance.service';
import {
  AppealToleranceDecisionInput,
  AppealToleranceDecisionPayload,
  ApplyForToleranceInput,
  ApplyForTolerancePayload,
  PriorProhibition,
  ProcedureEvidence,
  RecordToleranceFactsInput,
  RecordToleranceFactsPayload,
  SignToleranceDecisionInput,
  SignToleranceDecisionPayload,
  ToleranceCaseConnection,
  ToleranceDecision,
} from './tolerance.types';

@ArgsType()
class ToleranceCaseArgs extends PageArgs {
  @Field(() => ToleranceStatus, { nullable: true, description: 'Only cases in this status.' })
  status?: ToleranceStatus | null;
}

@Resolver(() => ToleranceCase)
export class ToleranceCaseResolver {
  @FieldResolver(() => [Finding], { description: 'The supervision findings the case covers, those the caller may read: when decided TOLERATED, evaluation does not score them against the subject (a late rectification order whose every finding is tolerated leaves RECTIFICATION_ON_TIME).' })
  async coveredFindings(@Root() c: ToleranceCase, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    const links = await tolerance.findingLinksOf(ctx).load(c.rowId);
    const found = await Promise.all(links.map((l) => fetchVisibleNodeOfType(ctx, Finding.typename, l.findingId)));
    return found.filter((f): f is Finding => !!f);
  }

  @RequireRole(Role.VIEWER, Role.OFFICER, Role.LEAD)
  @Query(() => ToleranceCaseConnection, {
    description: 'Tolerance cases the caller may read, newest first: a discipline-inspection or organization department sees those of its jurisdiction, a LEAD those of its own body; everyone else sees none.',
  })
  toleranceCases(@Args(() => ToleranceCaseArgs) args: ToleranceCaseArgs, @Ctx() ctx: RequestContext): Page<ToleranceCase> {
    return tolerance.listToleranceCases(ctx, { status: args.status }, args);
  }

  @FieldResolver(() => Body, { description: 'The body whose act is judged.' })
  async subjectBody(@Root() c: ToleranceCase, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, c.subjectBodyId))!;
  }

  @FieldResolver(() => Body, { description: 'The body that opened the case.' })
  async applicant(@Root() c: ToleranceCase, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, c.applicantId))!;
  }

  @FieldResolver(() => ToleranceOutcome, { nullable: true, description: 'The outcome the rules derive from the recorded facts; null while a distinction is UNDETERMINED.' })
  derivedOutcome(@Root() c: ToleranceCase): ToleranceOutcome | null {
    return tolerance.derivationOf(c).outcome;
  }

  @FieldResolver(() => [String], { description: 'The rule trace: one line per rule that fired, starting with the rule’s name (e.g. `KNOWING_VIOLATION: …`).' })
  derivedReasons(@Root() c: ToleranceCase): string[] {
    return tolerance.derivationOf(c).reasons;
  }

  @FieldResolver(() => [PriorProhibition], { description: 'Prohibiting directives the subject received before the act: matched by keyword or linked by the deciders.' })
  async priorProhibitions(@Root() c: ToleranceCase, @Ctx() ctx: RequestContext): Promise<PriorProhibition[]> {
    const found = await tolerance.priorProhibitionsOf(ctx, c);
    return found.map((p) => ({ ...p, acknowledgedBeforeAct: tolerance.acknowledgedBeforeAct(c, p) }));
  }

  @FieldResolver(() => ProcedureEvidence, { description: 'Whether the subject held the power it exercised.' })
  procedureEvidence(@Root() c: ToleranceCase, @Ctx() ctx: RequestContext): Promise<ProcedureEvidence> {
    return tolerance.procedureEvidenceOf(ctx, c);
  }

  @FieldResolver(() => [ToleranceSignature], { description: 'Co-signatures given so far, oldest first.' })
  signatures(@Root() c: ToleranceCase, @Ctx() ctx: RequestContext): Promise<ToleranceSignature[]> {
    return tolerance.signaturesOf(ctx).load(c.rowId);
  }

  @FieldResolver(() => ToleranceDecision, { nullable: true, description: 'The decision, once both co-signatures are given.' })
  decision(@Root() c: ToleranceCase): ToleranceDecision | null {
    if (!c.outcome || !c.decidedAt || !c.appealBy) return null;
    return { outcome: c.outcome, deviatesFromDerived: c.deviates, reason: c.decisionReason, decidedAt: c.decidedAt, appealBy: c.appealBy };
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ApplyForTolerancePayload, { description: 'Opens a tolerance case: a LEAD of the subject body, or a discipline-inspection or organization department at or above its government (OFFICER or LEAD). Anyone else: FORBIDDEN.' })
  applyForTolerance(@Arg('input', () => ApplyForToleranceInput, { description: 'The case.' }) input: ApplyForToleranceInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'applyForTolerance', input, 'toleranceCase', (tx) => tolerance.applyForTolerance(tx, input), (tx, id) => tolerance.caseById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => RecordToleranceFactsPayload, { description: 'Records the three distinctions, mitigation, exclusions and linked prohibitions (eligible deciders, before anyone signs).' })
  recordToleranceFacts(@Arg('input', () => RecordToleranceFactsInput, { description: 'The facts.' }) input: RecordToleranceFactsInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ toleranceCase: await tolerance.recordToleranceFacts(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => SignToleranceDecisionPayload, { description: 'Co-signs the decision (LEAD of an eligible discipline-inspection or organization department); the second signature, of the other kind, decides.' })
  signToleranceDecision(@Arg('input', () => SignToleranceDecisionInput, { description: 'The signature.' }) input: SignToleranceDecisionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ toleranceCase: await tolerance.signToleranceDecision(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => AppealToleranceDecisionPayload, { description: 'Appeals a decision within its window (LEAD of the subject body).' })
  appealToleranceDecision(@Arg('input', () => AppealToleranceDecisionInput, { description: 'The appeal.' }) input: AppealToleranceDecisionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ toleranceCase: await tolerance.appealToleranceDecision(tx, input) }));
  }
}

@Resolver(() => ToleranceSignature)
export class ToleranceSignatureResolver {
  @FieldResolver(() => Body, { description: 'The signing body.' })
  async body(@Root() s: ToleranceSignature, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, s.bodyId))!;
  }
}
