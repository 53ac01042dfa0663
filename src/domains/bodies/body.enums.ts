import { registerEnumType } from 'type-graphql';

export enum Level {
  CENTRAL = 'CENTRAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
}

/** Depth of a level in the jurisdiction tree: the centre is 0. */
export const LEVEL_RANK: Record<Level, number> = { CENTRAL: 0, PROVINCIAL: 1, MUNICIPAL: 2, COUNTY: 3 };

export enum BodyKind {
  GOVERNMENT = 'GOVERNMENT',
  DEPARTMENT = 'DEPARTMENT',
  LEADING_GROUP = 'LEADING_GROUP',
  SPECIAL_GROUP = 'SPECIAL_GROUP',
  REFORM_OFFICE = 'REFORM_OFFICE',
  LEGAL_AFFAIRS = 'LEGAL_AFFAIRS',
  DISCIPLINE_INSPECTION = 'DISCIPLINE_INSPECTION',
  ORGANIZATION_DEPARTMENT = 'ORGANIZATION_DEPARTMENT',
  THIRD_PARTY = 'THIRD_PARTY',
  EXPERT_PANEL = 'EXPERT_PANEL',
}

registerEnumType(Level, {
  name: 'Level',
  description: 'Level of government a body belongs to.',
  valuesConfig: {
    CENTRAL: { description: 'The central level (中央).' },
    PROVINCIAL: { description: 'Provinces, autonomous regions and municipalities directly under the centre (省级).' },
    MUNICIPAL: { description: 'Prefecture-level cities, prefectures, autonomous prefectures and leagues (地级).' },
    COUNTY: { description: 'County-level governments: counties, districts, county-level cities (县级, grassroots).' },
  },
});

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'What kind of public body this is.',
  valuesConfig: {
    GOVERNMENT: { description: "A level's people's government (人民政府)." },
    DEPARTMENT: { description: 'A functional department inside a government, e.g. finance, development and reform.' },
    LEADING_GROUP: { description: 'The leading group for deepening reform (深改组), the primary decision-maker.' },
    SPECIAL_GROUP: { description: 'A special group (专项小组) for one reform field.' },
    REFORM_OFFICE: { description: 'A reform office (改革办).' },
    LEGAL_AFFAIRS: { description: 'A legal-affairs body that reviews legality (法制办).' },
    DISCIPLINE_INSPECTION: { description: 'Discipline inspection and supervision (纪检监察).' },
    ORGANIZATION_DEPARTMENT: { description: 'Organization department (组织部).' },
    THIRD_PARTY: { description: 'An independent third-party evaluator.' },
    EXPERT_PANEL: { description: 'A panel of experts consulted on decisions.' },
  },
});

/** How a list of bodies is ordered. */
export enum BodyOrder {
  CODE = 'CODE',
  NAME = 'NAME',
}

registerEnumType(BodyOrder, {
  name: 'BodyOrder',
  description: 'How a list of bodies is ordered.',
  valuesConfig: {
    CODE: { description: 'By code, ascending (the default): a government, then its departments, then the governments below.' },
    NAME: { description: 'By official name, ascending by Unicode code point (then by code).' },
  },
});
