import { registerEnumType } from 'type-graphql';

// The three distinctions of the source (三个区分开来), each with UNDETERMINED until the deciders
// have established the facts. The order of values is the order the source names them.

export enum TrialDistinction {
  INEXPERIENCE_IN_TRIAL = 'INEXPERIENCE_IN_TRIAL',
  KNOWING_VIOLATION = 'KNOWING_VIOLATION',
  UNDETERMINED = 'UNDETERMINED',
}

export enum ProhibitionDistinction {
  EXPLORATORY_NOT_PROHIBITED = 'EXPLORATORY_NOT_PROHIBITED',
  DEFIED_EXPLICIT_PROHIBITION = 'DEFIED_EXPLICIT_PROHIBITION',
  UNDETERMINED = 'UNDETERMINED',
}

export enum PurposeDistinction {
  UNINTENTIONAL_FOR_DEVELOPMENT = 'UNINTENTIONAL_FOR_DEVELOPMENT',
  FOR_PRIVATE_GAIN = 'FOR_PRIVATE_GAIN',
  UNDETERMINED = 'UNDETERMINED',
}

export enum ToleranceOutcome {
  TOLERATED = 'TOLERATED',
  MITIGATED = 'MITIGATED',
  ACCOUNTABLE = 'ACCOUNTABLE',
}

export enum ToleranceStatus {
  APPLIED = 'APPLIED',
  UNDER_VERIFICATION = 'UNDER_VERIFICATION',
  DECIDED = 'DECIDED',
  APPEALED = 'APPEALED',
}

export enum ToleranceExclusion {
  MAJOR_SAFETY_ACCIDENT = 'MAJOR_SAFETY_ACCIDENT',
  REPEATED_AFTER_WARNING = 'REPEATED_AFTER_WARNING',
  CONCEALMENT = 'CONCEALMENT',
  OTHER = 'OTHER',
}

registerEnumType(TrialDistinction, {
  name: 'TrialDistinction',
  description: 'First distinction: inexperience in a trial (缺乏经验、先行先试) vs knowing violation (明知故犯).',
  valuesConfig: {
    INEXPERIENCE_IN_TRIAL: { description: 'An error made for lack of experience while trying something first (favourable).' },
    KNOWING_VIOLATION: { description: 'The rule was known and broken on purpose.' },
    UNDETERMINED: { description: 'Not yet established; the case cannot be decided.' },
  },
});
registerEnumType(ProhibitionDistinction, {
  name: 'ProhibitionDistinction',
  description: 'Second distinction: an exploratory trial the superiors had not prohibited (上级尚无明确限制) vs going on after an explicit prohibition (明令禁止后依然我行我素).',
  valuesConfig: {
    EXPLORATORY_NOT_PROHIBITED: { description: 'Nothing above prohibited it (favourable). Refused while an acknowledged prohibiting directive is on record, unless the deciders say why it did not apply.' },
    DEFIED_EXPLICIT_PROHIBITION: { description: 'An explicit prohibition was defied.' },
    UNDETERMINED: { description: 'Not yet established; the case cannot be decided.' },
  },
});
registerEnumType(PurposeDistinction, {
  name: 'PurposeDistinction',
  description: 'Third distinction: an unintentional slip while promoting development (为推动发展的无意过失) vs seeking private gain (为谋取私利的违纪违法行为).',
  valuesConfig: {
    UNINTENTIONAL_FOR_DEVELOPMENT: { description: 'An unintended error made for the public purpose of development (favourable).' },
    FOR_PRIVATE_GAIN: { description: 'Done for private gain.' },
    UNDETERMINED: { description: 'Not yet established; the case cannot be decided.' },
  },
});
registerEnumType(ToleranceOutcome, {
  name: 'ToleranceOutcome',
  description: 'What a tolerance case comes to.',
  valuesConfig: {
    TOLERATED: { description: 'Tolerated and exempted from accountability (容错免责).' },
    MITIGATED: { description: 'Lighter or mitigated treatment (从轻减轻).' },
    ACCOUNTABLE: { description: 'Held accountable (问责).' },
  },
});
registerEnumType(ToleranceStatus, {
  name: 'ToleranceStatus',
  description: 'Where a tolerance case stands.',
  valuesConfig: {
    APPLIED: { description: 'Applied for; no facts recorded yet.' },
    UNDER_VERIFICATION: { description: 'The deciders are recording facts and signing.' },
    DECIDED: { description: 'Both co-signatures given: the decision stands, open to appeal until `appealBy`.' },
    APPEALED: { description: 'The subject body appealed the decision within the window.' },
  },
});
registerEnumType(ToleranceExclusion, {
  name: 'ToleranceExclusion',
  description: 'Circumstances that exclude tolerance whatever the distinctions (不予容错的情形).',
  valuesConfig: {
    MAJOR_SAFETY_ACCIDENT: { description: 'A major safety accident or mass incident resulted.' },
    REPEATED_AFTER_WARNING: { description: 'The same error was repeated after a warning or correction order.' },
    CONCEALMENT: { description: 'Facts were concealed, falsified or evidence destroyed.' },
    OTHER: { description: 'Another exclusion in the local implementing measures (named in the facts).' },
  },
});
