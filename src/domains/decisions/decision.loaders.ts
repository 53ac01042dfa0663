import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { byIdLoader as byId } from '../../platform/loaders';
import { DecisionDirective, DecisionDraftVersion, DecisionProcedure, DecisionStageRecord, LegislativeDependency, PublicSubmission, ReformDecision, Suggestion } from './decision.entities';
import { ModerationState } from './decision.enums';

const BY_ID = Symbol('decision.byId');
const PROCEDURE = Symbol('decision.procedure');
const VERSION = Symbol('decision.version');
const VERSIONS = Symbol('decision.versions');
const STAGES = Symbol('decision.stages');
const DIRECTIVES = Symbol('decision.directives');
const DEPENDENCIES = Symbol('decision.dependencies');
const SUBMISSION_COUNTS = Symbol('decision.submissionCounts');
const SUBMISSION_BY_ID = Symbol('decision.submissionById');
const SUGGESTION_BY_ID = Symbol('decision.suggestionById');
const DEPENDENCY_BY_ID = Symbol('decision.dependencyById');
const REVISIONS = Symbol('decision.revisions');


/** Rows of `target` grouped by their decision, for many decisions in one statement. */
function byDecision<E extends { decisionId: string }>(ctx: RequestContext, key: symbol, target: new () => E, order: Record<string, 'ASC' | 'DESC'>): DataLoader<string, E[]> {
  return ctx.loaders.get(key, () => {
    return new DataLoader<string, E[]>(async (ids) => {
      const rows = await ctx.em.getRepository(target).find({ where: { decisionId: In([...ids]) } as never, order: order as never });
      return ids.map((id) => rows.filter((r) => r.decisionId === id));
    });
  });
}

export const decisionById = (ctx: RequestContext) => byId(ctx, BY_ID, ReformDecision);
export const procedureById = (ctx: RequestContext) => byId(ctx, PROCEDURE, DecisionProcedure);
export const submissionById = (ctx: RequestContext) => byId(ctx, SUBMISSION_BY_ID, PublicSubmission);
export const suggestionById = (ctx: RequestContext) => byId(ctx, SUGGESTION_BY_ID, Suggestion);
export const dependencyById = (ctx: RequestContext) => byId(ctx, DEPENDENCY_BY_ID, LegislativeDependency);
export const stagesOf = (ctx: RequestContext) => byDecision(ctx, STAGES, DecisionStageRecord, { kind: 'ASC' });
export const versionsOf = (ctx: RequestContext) => byDecision(ctx, VERSIONS, DecisionDraftVersion, { number: 'ASC' });
export const dependenciesOf = (ctx: RequestContext) => byDecision(ctx, DEPENDENCIES, LegislativeDependency, { rowId: 'ASC' });
export const directiveLinksOf = (ctx: RequestContext) => byDecision(ctx, DIRECTIVES, DecisionDirective, { directiveId: 'ASC' });

/** One version per (decision, number): the current versions of a page of decisions in one statement. */
export function versionOf(ctx: RequestContext): DataLoader<{ decisionId: string; number: number }, DecisionDraftVersion | null, string> {
  return ctx.loaders.get(VERSION, () => {
    return new DataLoader<{ decisionId: string; number: number }, DecisionDraftVersion | null, string>(
      async (keys) => {
        const rows = await ctx.em.find(DecisionDraftVersion, { where: keys.map((k) => ({ decisionId: k.decisionId, number: k.number })) });
        return keys.map((k) => rows.find((r) => r.decisionId === k.decisionId && r.number === k.number) ?? null);
      },
      { cacheKeyFn: (k) => `${k.decisionId}:${k.number}` },
    );
  });
}

/** Decisions that supersede each decision (its reconsiderations), oldest first. */
export function revisionsOf(ctx: RequestContext): DataLoader<string, ReformDecision[]> {
  return ctx.loaders.get(REVISIONS, () => {
    return new DataLoader<string, ReformDecision[]>(async (ids) => {
      const rows = await ctx.em.find(ReformDecision, { where: { supersedesId: In([...ids]) }, order: { rowId: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.supersedesId === id));
    });
  });
}

export interface SubmissionCounts {
  received: number;
  published: number;
  withheld: number;
}

export function submissionCounts(ctx: RequestContext): DataLoader<string, SubmissionCounts> {
  return ctx.loaders.get(SUBMISSION_COUNTS, () => {
    return new DataLoader<string, SubmissionCounts>(async (ids) => {
      const rows: { decisionId: string; moderation: string; n: string | number }[] = await ctx.em
        .createQueryBuilder(PublicSubmission, 's')
        .select('s.decisionId', 'decisionId')
        .addSelect('s.moderation', 'moderation')
        .addSelect('COUNT(*)', 'n')
        .where('s.decisionId IN (:...ids)', { ids: [...ids] })
        .groupBy('s.decisionId')
        .addGroupBy('s.moderation')
        .getRawMany();
      return ids.map((id) => {
        const of = (m: ModerationState) => Number(rows.find((r) => r.decisionId === id && r.moderation === m)?.n ?? 0);
        const published = of(ModerationState.PUBLISHED);
        const withheld = of(ModerationState.WITHHELD);
        return { received: published + withheld + of(ModerationState.RECEIVED), published, withheld };
      });
    });
  });
}
