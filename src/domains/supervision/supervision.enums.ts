import { registerEnumType } from 'type-graphql';

export enum InspectionMode {
  DESK = 'DESK',
  ON_SITE = 'ON_SITE',
}
export enum InspectionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  CONCLUDED = 'CONCLUDED',
}
export enum InspectionSource {
  PLAN = 'PLAN',
  ANNUAL_LIST = 'ANNUAL_LIST',
  PUBLIC_CLUE = 'PUBLIC_CLUE',
  ESCALATION = 'ESCALATION',
}
export enum GroupRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
}
export enum Severity {
  MINOR = 'MINOR',
  SERIOUS = 'SERIOUS',
  CRITICAL = 'CRITICAL',
}
export enum FindingCategory {
  NOT_IMPLEMENTED = 'NOT_IMPLEMENTED',
  DELAYED = 'DELAYED',
  FORMALISM = 'FORMALISM',
  MISREPORTED = 'MISREPORTED',
  COORDINATION_FAILURE = 'COORDINATION_FAILURE',
  UNFUNDED = 'UNFUNDED',
  GOOD_PRACTICE = 'GOOD_PRACTICE',
  OTHER = 'OTHER',
}
export enum RectificationStatus {
  ISSUED = 'ISSUED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  PLAN_SUBMITTED = 'PLAN_SUBMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
}

registerEnumType(InspectionMode, {
  name: 'InspectionMode',
  description: 'How an inspection works.',
  valuesConfig: { DESK: { description: 'Desk inspection (案头督察): reading reports and documents.' }, ON_SITE: { description: 'On-site inspection (一线督察): visits to every subject.' } },
});
registerEnumType(InspectionStatus, {
  name: 'InspectionStatus',
  description: 'Where an inspection stands.',
  valuesConfig: {
    PLANNED: { description: 'Planned; the group is being formed.' },
    IN_PROGRESS: { description: 'Under way: a site visit or finding has been recorded.' },
    CONCLUDED: { description: 'Concluded: every finding has an order or a reason for none; read-only.' },
  },
});
registerEnumType(InspectionSource, {
  name: 'InspectionSource',
  description: 'Why an inspection takes place.',
  valuesConfig: {
    PLAN: { description: 'The inspecting body’s own plan.' },
    ANNUAL_LIST: { description: 'The annual list of major reform tasks.' },
    PUBLIC_CLUE: { description: 'A clue from the public (互联网+督查).' },
    ESCALATION: { description: 'An overdue rectification or stalled matter escalated to it.' },
  },
});
registerEnumType(GroupRole, {
  name: 'GroupRole',
  description: 'A body’s place in an inspection group.',
  valuesConfig: { LEAD: { description: 'The lead body (牵头).' }, MEMBER: { description: 'A member of the joint group (联合督察组).' } },
});
registerEnumType(Severity, {
  name: 'Severity',
  description: 'How serious a finding is.',
  valuesConfig: { MINOR: { description: 'Minor.' }, SERIOUS: { description: 'Serious.' }, CRITICAL: { description: 'Critical.' } },
});
registerEnumType(FindingCategory, {
  name: 'FindingCategory',
  description: 'What kind of problem (or good practice) a finding records.',
  valuesConfig: {
    NOT_IMPLEMENTED: { description: 'A decision or task was not implemented.' },
    DELAYED: { description: 'Implementation is late.' },
    FORMALISM: { description: 'Formalism: paperwork instead of results (形式主义).' },
    MISREPORTED: { description: 'Progress was misreported.' },
    COORDINATION_FAILURE: { description: 'Departments failed to coordinate.' },
    UNFUNDED: { description: 'The matter lacks the money or quotas to be carried out.' },
    GOOD_PRACTICE: { description: 'A good practice worth spreading; needs no rectification.' },
    OTHER: { description: 'Something else (described).' },
  },
});
registerEnumType(RectificationStatus, {
  name: 'RectificationStatus',
  description: 'Where a rectification order stands; forward-only except a rejected verification, which returns it to IN_PROGRESS.',
  valuesConfig: {
    ISSUED: { description: 'Issued to the addressee.' },
    ACKNOWLEDGED: { description: 'The addressee acknowledged it.' },
    PLAN_SUBMITTED: { description: 'The addressee submitted its rectification plan.' },
    IN_PROGRESS: { description: 'Rectification under way (also after a rejected verification, with a new deadline).' },
    REPORTED: { description: 'The addressee reported completion; awaiting the issuer’s verification.' },
    VERIFIED: { description: 'The issuer verified and accepted the rectification.' },
  },
});
