import { registerEnumType } from 'type-graphql';

export enum IndicatorSource {
  OBJECTIVE = 'OBJECTIVE',
  SATISFACTION_SURVEY = 'SATISFACTION_SURVEY',
  PRACTICE_TEST = 'PRACTICE_TEST',
  EXPERT = 'EXPERT',
  THIRD_PARTY = 'THIRD_PARTY',
}

export enum Direction {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/** Objective indicators the hub computes from its own records instead of anyone typing them in. */
export enum HubMetric {
  TASK_COMPLETION_ON_TIME = 'TASK_COMPLETION_ON_TIME',
  DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME = 'DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME',
  RECTIFICATION_ON_TIME = 'RECTIFICATION_ON_TIME',
  UNFUNDED_MANDATE_COVERAGE = 'UNFUNDED_MANDATE_COVERAGE',
}

export enum ObservationStatus {
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
  DISPUTED = 'DISPUTED',
}

export enum EvaluationStatus {
  SCORED = 'SCORED',
  CHALLENGED = 'CHALLENGED',
  FINAL = 'FINAL',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'Where an indicator’s values come from (增加客观性考核指标: OBJECTIVE counts toward the objective share).',
  valuesConfig: {
    OBJECTIVE: { description: 'Measured data: statistics, or the hub’s own records (`hubMetric`).' },
    SATISFACTION_SURVEY: { description: 'A public satisfaction survey (aggregates only).' },
    PRACTICE_TEST: { description: 'A practice test (实践检验): outcomes observed on the ground.' },
    EXPERT: { description: 'An expert assessment.' },
    THIRD_PARTY: { description: 'An assessment by an independent third-party body.' },
  },
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way an indicator improves.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'Higher values are better; the target lies above the baseline.' },
    LOWER_IS_BETTER: { description: 'Lower values are better; the target lies below the baseline (the score formula is inverted).' },
  },
});
registerEnumType(HubMetric, {
  name: 'HubMetric',
  description: 'An objective indicator the hub computes from its own records for a body and year (a percentage; nothing due counts as 100.0000, as nothing was late).',
  valuesConfig: {
    TASK_COMPLETION_ON_TIME: { description: 'Share of the body’s reform tasks of the year, due by the time of scoring and not cancelled, whose completion was claimed by the deadline.' },
    DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME: { description: 'Share of directives received with an acknowledgement deadline in the year (passed by the time of scoring) that the body acknowledged by it.' },
    RECTIFICATION_ON_TIME: { description: 'Share of rectification orders addressed to the body, due in the year by the time of scoring, verified by their deadline.' },
    UNFUNDED_MANDATE_COVERAGE: { description: 'Funded share of the estimated cost of the active delegations the body received for the fiscal year (100.0000 when none has a cost).' },
  },
});
registerEnumType(ObservationStatus, {
  name: 'ObservationStatus',
  description: 'Where an observed value stands; only VERIFIED values are scored.',
  valuesConfig: {
    REPORTED: { description: 'Reported, awaiting verification by someone else.' },
    VERIFIED: { description: 'Verified by a body other than the reporter and the observed body.' },
    DISPUTED: { description: 'Disputed; not scored until reported again and verified.' },
  },
});
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'Where an evaluation stands.',
  valuesConfig: {
    SCORED: { description: 'Computed; the evaluated body may challenge it until `challengeUntil`.' },
    CHALLENGED: { description: 'Challenged by the evaluated body; the owner answers when finalizing, or corrects by computing again.' },
    FINAL: { description: 'Final and immutable; corrections make a new version.' },
    PUBLISHED: { description: 'Final and published: it counts in `Body.performance`.' },
    SUPERSEDED: { description: 'Replaced by a later version before it became final.' },
  },
});
