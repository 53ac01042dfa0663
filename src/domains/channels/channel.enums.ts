import { registerEnumType } from 'type-graphql';

export enum DirectivePriority {
  ROUTINE = 'ROUTINE',
  IMPORTANT = 'IMPORTANT',
  URGENT = 'URGENT',
}

export enum FeedbackKind {
  PROBLEM = 'PROBLEM',
  PROGRESS = 'PROGRESS',
  RESOURCE_REQUEST = 'RESOURCE_REQUEST',
  SUGGESTION = 'SUGGESTION',
  OBJECTION = 'OBJECTION',
}

export enum FeedbackResolution {
  ANSWERED = 'ANSWERED',
  WILL_REVISE = 'WILL_REVISE',
  DECLINED = 'DECLINED',
}

registerEnumType(DirectivePriority, {
  name: 'DirectivePriority',
  description: 'How urgently recipients should act.',
  valuesConfig: {
    ROUTINE: { description: 'Ordinary business.' },
    IMPORTANT: { description: 'Needs attention within the normal cycle.' },
    URGENT: { description: 'Act now.' },
  },
});
registerEnumType(FeedbackKind, {
  name: 'FeedbackKind',
  description: 'What a piece of bottom-up feedback is.',
  valuesConfig: {
    PROBLEM: { description: 'A problem met while executing.' },
    PROGRESS: { description: 'A progress report.' },
    RESOURCE_REQUEST: { description: 'A request for money, quotas or staff.' },
    SUGGESTION: { description: 'A suggestion for improvement.' },
    OBJECTION: { description: 'An objection to a directive or decision.' },
  },
});
registerEnumType(FeedbackResolution, {
  name: 'FeedbackResolution',
  description: 'How the receiving body answered feedback.',
  valuesConfig: {
    ANSWERED: { description: 'Answered; nothing changes.' },
    WILL_REVISE: { description: 'The feedback will lead to a revised directive (再决策).' },
    DECLINED: { description: 'Considered and declined, with reasons.' },
  },
});
