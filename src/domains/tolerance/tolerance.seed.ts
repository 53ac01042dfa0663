import { toGlobalId } from '../../platform/graphql/global-id';
import { BodyKind, Level } from '../bodies/body.enums';
import { insertBodies } from '../bodies/body.seed';
import { Directive, Receipt } from '../channels/channel.entities';
import { acknowledgeDirective, issueDirective } from '../channels/directive.service';
import type { SeedKit } from '../seed-kit';
import { ToleranceCase } from './tolerance.entities';
import { ProhibitionDistinction, PurposeDistinction, ToleranceExclusion, ToleranceOutcome, TrialDistinction } from './tolerance.enums';
import * as tolerance from './tolerance.service';

const DAY = 86_400_000;

/** Zhejiang's discipline-inspection commission and organization department: the provincial deciders. */
export async function seedDeciderBodies(kit: SeedKit): Promise<void> {
  await insertBodies(kit.em, [
    { code: '330000-DISCIPLINE', name: '浙江省纪律检查委员会 浙江省监察委员会', level: Level.PROVINCIAL, kind: BodyKind.DISCIPLINE_INSPECTION, parentCode: '330000' },
    { code: '330000-ORG', name: '中共浙江省委组织部', level: Level.PROVINCIAL, kind: BodyKind.ORGANIZATION_DEPARTMENT, parentCode: '330000' },
  ]);
}

/**
 * Two decided cases, made through the services: Hangzhou's first-of-its-kind guarantee scheme,
 * tolerated; Ningbo's land-price rebate after the province had prohibited it, accountable.
 */
export async function seedTolerance(kit: SeedKit): Promise<void> {
  await seedDeciderBodies(kit);
  const now = Date.now();
  const discipline = await kit.as('330000-DISCIPLINE', ['OFFICER', 'LEAD']);
  const org = await kit.as('330000-ORG', ['LEAD']);
  const id = (c: ToleranceCase) => toGlobalId(ToleranceCase.typename, c.rowId);

  const hangzhou = await tolerance.applyForTolerance(await kit.as('330100', ['LEAD']), {
    matter: '在全省率先以政府产业基金为科技型小微企业首贷提供风险补偿，部分项目出现代偿损失。',
    actAt: new Date(now - 120 * DAY),
    keywords: ['风险补偿', '首贷'],
    powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL',
  });
  await tolerance.recordToleranceFacts(discipline, {
    caseId: id(hangzhou),
    trial: TrialDistinction.INEXPERIENCE_IN_TRIAL,
    trialFacts: '首贷风险补偿为全省首创，无成熟做法可循，已经市政府常务会议集体研究。',
    prohibition: ProhibitionDistinction.EXPLORATORY_NOT_PROHIBITED,
    prohibitionFacts: '省级及以上未对基金风险补偿作出限制性规定。',
    purpose: PurposeDistinction.UNINTENTIONAL_FOR_DEVELOPMENT,
    purposeFacts: '目的为缓解科技型小微企业融资难，经办人员无个人利益。',
    mitigationTaken: true,
    exclusions: [],
  });
  await tolerance.signToleranceDecision(discipline, { caseId: id(hangzhou), outcome: ToleranceOutcome.TOLERATED });
  await tolerance.signToleranceDecision(org, { caseId: id(hangzhou), outcome: ToleranceOutcome.TOLERATED });

  // The provincial natural-resources department prohibited land-price rebates; Ningbo acknowledged the notice and rebated anyway.
  const { directive } = await issueDirective(await kit.as('330000-NR', ['LEAD']), {
    title: '关于严禁以土地出让金返还等方式招商引资的通知',
    content: '各市不得以先征后返、土地出让金返还等方式变相减免土地出让收入。',
    recipientCodes: ['330200'],
    requiresAcknowledgement: true,
    prohibits: ['土地出让金返还', '变相减免'],
  });
  await acknowledgeDirective(await kit.as('330200', ['OFFICER']), toGlobalId(Directive.typename, directive.rowId));
  // Demo history: the notice reached and was acknowledged by Ningbo 200 days ago.
  const past = new Date(now - 200 * DAY);
  await kit.em.update(Directive, { rowId: directive.rowId }, { issuedAt: past });
  await kit.em.update(Receipt, { directiveId: directive.rowId }, { deliveredAt: past, readAt: past, acknowledgedAt: past });
  const ningbo = await tolerance.applyForTolerance(discipline, {
    subjectBodyCode: '330200',
    matter: '通过土地出让金返还方式向招商项目变相减免出让收入。',
    actAt: new Date(now - 90 * DAY),
    keywords: ['土地出让金返还'],
  });
  await tolerance.recordToleranceFacts(discipline, {
    caseId: id(ningbo),
    trial: TrialDistinction.KNOWING_VIOLATION,
    trialFacts: '经办部门签收省通知后仍按原协议办理返还。',
    prohibition: ProhibitionDistinction.DEFIED_EXPLICIT_PROHIBITION,
    prohibitionFacts: '省政府已明令禁止，并由市政府签收。',
    purpose: PurposeDistinction.UNINTENTIONAL_FOR_DEVELOPMENT,
    purposeFacts: '为完成招商指标，未发现个人利益。',
    mitigationTaken: false,
    exclusions: [ToleranceExclusion.REPEATED_AFTER_WARNING],
  });
  await tolerance.signToleranceDecision(org, { caseId: id(ningbo), outcome: ToleranceOutcome.ACCOUNTABLE });
  await tolerance.signToleranceDecision(discipline, { caseId: id(ningbo), outcome: ToleranceOutcome.ACCOUNTABLE });
}
