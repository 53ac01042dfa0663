import { registerEnumType } from 'type-graphql';

/** How one object of the reform chain follows from another (CHAIN §3.0); `from` is always the upstream end. */
export enum TraceRelation {
  ISSUED_BY_DECISION = 'ISSUED_BY_DECISION',
  TASK_OF = 'TASK_OF',
  DECOMPOSED_FROM = 'DECOMPOSED_FROM',
  PILOT_OF = 'PILOT_OF',
  SCALED_UP_AS = 'SCALED_UP_AS',
  ADOPTED_FROM = 'ADOPTED_FROM',
  INSPECTED = 'INSPECTED',
  FINDING_OF = 'FINDING_OF',
  ORDERED_BY = 'ORDERED_BY',
  RECTIFIED_BY = 'RECTIFIED_BY',
  EVALUATED_BY = 'EVALUATED_BY',
  REVISED_BECAUSE = 'REVISED_BECAUSE',
  SUPERSEDED_BY = 'SUPERSEDED_BY',
  FEEDBACK_ON = 'FEEDBACK_ON',
  ANSWERS = 'ANSWERS',
}

export enum TraceDirection {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
  BOTH = 'BOTH',
}

export enum TraceGapReason {
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  NOT_VISIBLE = 'NOT_VISIBLE',
  PUBLIC_PROJECTION_ONLY = 'PUBLIC_PROJECTION_ONLY',
}

registerEnumType(TraceRelation, {
  name: 'TraceRelation',
  description: 'How the downstream end of a trace link follows from its upstream end.',
  valuesConfig: {
    ISSUED_BY_DECISION: { description: 'Decision → the directive issued on its adoption.' },
    TASK_OF: { description: 'Decision, directive, finding, annual list or pilot → the task created for it (the task’s origin).' },
    DECOMPOSED_FROM: { description: 'Task → a subtask decomposed from it.' },
    PILOT_OF: { description: 'Decision or task → a pilot run for it.' },
    SCALED_UP_AS: { description: 'Pilot → what scaled it up.' },
    ADOPTED_FROM: { description: 'Pilot or suggestion → a decision adopted from it.' },
    INSPECTED: { description: 'Task, decision, directive… → an inspection whose scope names it.' },
    FINDING_OF: { description: 'Inspection, or the object a finding is about → the finding.' },
    ORDERED_BY: { description: 'Finding → the rectification order issued on it.' },
    RECTIFIED_BY: { description: 'Rectification order → the RECTIFICATION task created for it.' },
    EVALUATED_BY: {
      description:
        'Task or rectification order → an evaluation of its executor (addressee) whose hub-computed indicator counted it (due in the period, before the evaluation was computed).',
    },
    REVISED_BECAUSE: { description: 'Feedback, finding or evaluation → the reconsidered decision (or revised directive) it caused.' },
    SUPERSEDED_BY: { description: 'Decision or directive → its successor.' },
    FEEDBACK_ON: { description: 'Directive → a feedback sent on it.' },
    ANSWERS: { description: 'Suggestion → the decision it was referred to.' },
  },
});

registerEnumType(TraceDirection, {
  name: 'TraceDirection',
  description: 'Which way to walk from the traced object.',
  valuesConfig: {
    UPSTREAM: { description: 'Towards what it comes from (the decision).' },
    DOWNSTREAM: { description: 'Towards what came of it (tasks, findings, evaluation).' },
    BOTH: { description: 'Both walks from the traced object (each one-way: no zig-zag through siblings).' },
  },
});

registerEnumType(TraceGapReason, {
  name: 'TraceGapReason',
  description: 'Why a node of a trace is shown as a gap.',
  valuesConfig: {
    NOT_PUBLISHED: { description: 'The caller is the public and the object is not published.' },
    NOT_VISIBLE: { description: 'The object lies outside what the caller may read.' },
    PUBLIC_PROJECTION_ONLY: { description: 'Published, but the public reads this kind of object only through its public projection (a task through the public task list), not in a trace.' },
  },
});
