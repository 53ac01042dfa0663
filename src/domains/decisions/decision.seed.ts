import { toGlobalId } from '../../platform/graphql/global-id';
import { BodyKind, Level } from '../bodies/body.enums';
import { insertBodies } from '../bodies/body.seed';
import { Post } from '../posts/post.entities';
import { createPost } from '../posts/post.service';
import type { SeedKit } from '../seed-kit';
import { DecisionStageRecord, PublicSubmission, ReformDecision, Suggestion } from './decision.entities';
import {
  DecisionClass,
  DecisionStageKind,
  DeliberationConclusion,
  ExpertPosition,
  LegalityConclusion,
  ModerationAction,
  RiskArea,
  SubmissionDisposition,
  SubmitterType,
  VoteOption,
} from './decision.enums';
import * as decisions from './decision.service';
import { moderatePublicComment, respondToPublicComment, submitPublicComment } from './submission.service';
import { answerSuggestion, moderateSuggestion, registerDeputySuggestion, submitSuggestion } from './suggestion.service';

const DAY = 86_400_000;
const hash = (s: string) => decisions.contentHash(s);

/**
 * Demo decisions, made through the services so every rule holds for them: a major decision of the
 * central reform commission adopted through all five stages, a Zhejiang decision in public
 * consultation with a few submissions, a Hangzhou routine decision in draft; suggestions besides.
 */
export async function seedDecisions(kit: SeedKit): Promise<void> {
  await insertBodies(kit.em, [
    { code: 'CN-EXPERTS', name: '国家改革决策咨询专家委员会', level: Level.CENTRAL, kind: BodyKind.EXPERT_PANEL, parentCode: 'CN' },
    { code: '330000-LEGAL', name: '浙江省司法厅', level: Level.PROVINCIAL, kind: BodyKind.LEGAL_AFFAIRS, parentCode: '330000' },
  ]);
  const admin = async (code: string) => kit.as(code, ['ADMIN']);
  const post = async (code: string, title: string, holderName: string) => createPost(await admin(code), { bodyCode: code, title, holderName, since: new Date(Date.now() - 400 * DAY) });
  const members: Post[] = [];
  for (const [title, name] of [['主任', '（示例）甲'], ['常务副主任', '（示例）乙'], ['副主任', '（示例）丙'], ['委员（一）', '（示例）丁'], ['委员（二）', '（示例）戊']]) members.push(await post('CN-REFORM', title, name));
  const zjLeader = await post('330000', '分管副省长', '（示例）浙江省分管副省长');
  await post('330100', '市长', '（示例）杭州市市长');
  const id = (d: ReformDecision) => toGlobalId(ReformDecision.typename, d.rowId);
  const publicCtx = async (code: string) => ({ ...(await kit.as(code, [])), actor: null, clientKey: 'demo-seed' });

  // 1. CN-REFORM: major, adopted through all five stages.
  let ndrc = await kit.as('CN-NDRC', ['LEAD']);
  const text = '一、总体要求：全面推行企业投资项目承诺制，取消一批前置审批。\n二、主要任务：各省级人民政府制定实施方案，建立事中事后监管清单。\n三、保障措施：中央财政给予改革试点地区专项补助。';
  const national = await decisions.draftDecision(ndrc, {
    title: '关于全面推行企业投资项目承诺制改革的决定',
    problemStatement: '企业投资项目前置审批多、环节长，重复评估普遍，企业办事成本高。',
    text,
    class: DecisionClass.MAJOR,
    decisionMakerCode: 'CN-REFORM',
    drafterCode: 'CN-NDRC',
    responsibleLeaderPostId: members[1].id,
  });
  await decisions.openPublicConsultation(ndrc, { decisionId: id(national), opensAt: new Date(), closesAt: new Date(Date.now() + 30 * DAY) });
  const comments = ['建议明确承诺不实的失信惩戒标准。', '小微企业项目能否进一步简化承诺材料？', '建议保留涉及安全生产的前置审查。'];
  const received: PublicSubmission[] = [];
  for (const [i, c] of comments.entries()) {
    received.push(await submitPublicComment(await publicCtx('CN'), { decisionId: id(national), text: c, submitterType: i === 0 ? SubmitterType.ENTERPRISE : SubmitterType.INDIVIDUAL, displayName: i === 0 ? '某制造企业' : null, contact: `demo${i}@example.cn` }));
  }
  for (const [i, s] of received.entries()) {
    const sid = toGlobalId(PublicSubmission.typename, s.rowId);
    await moderatePublicComment(ndrc, { submissionId: sid, action: ModerationAction.PUBLISH });
    const disposition = [SubmissionDisposition.ADOPTED, SubmissionDisposition.PARTLY_ADOPTED, SubmissionDisposition.NOT_ADOPTED][i];
    await respondToPublicComment(ndrc, { submissionId: sid, disposition, response: ['已采纳，写入第三部分。', '部分采纳：小微企业实行告知承诺简表。', '未采纳：安全生产审查已纳入事中事后监管清单，不再作为前置条件。'][i] });
  }
  // The demo consultation ran its full 30 days last month: the window is moved into the past.
  const record = await kit.em.findOneByOrFail(DecisionStageRecord, { decisionId: national.rowId, kind: DecisionStageKind.PUBLIC_CONSULTATION });
  await kit.em.update(
    DecisionStageRecord,
    { decisionId: national.rowId, kind: DecisionStageKind.PUBLIC_CONSULTATION },
    { openedAt: new Date(Date.now() - 45 * DAY), detail: { ...record.detail, opensAt: new Date(Date.now() - 45 * DAY).toISOString(), closesAt: new Date(Date.now() - 15 * DAY).toISOString() } } as never,
  );
  ndrc = await kit.as('CN-NDRC', ['LEAD']); // fresh loaders: the window moved
  await decisions.closePublicConsultation(ndrc, { decisionId: id(national), summary: '共收到意见3条，采纳1条、部分采纳1条、未采纳1条（均已说明理由）。' });
  await decisions.recordExpertConsultation(ndrc, {
    decisionId: id(national),
    panelCode: 'CN-EXPERTS',
    opinions: ['E-001', 'E-002', 'E-003', 'E-004', 'E-005'].map((expertRef, i) => ({
      expertRef,
      affiliation: ['国务院发展研究中心', '中国社会科学院', '北京大学', '清华大学', '中国政法大学'][i],
      position: i === 4 ? ExpertPosition.SUPPORT_WITH_CHANGES : ExpertPosition.SUPPORT,
      text: i === 4 ? '支持，建议补充信用修复机制。' : '支持，方向正确、措施可行。',
      signedAt: new Date(Date.now() - 12 * DAY),
    })),
    reportHash: hash('专家论证报告'),
  });
  await decisions.recordRiskAssessment(ndrc, {
    decisionId: id(national),
    assessorCode: 'CN-NDRC',
    dimensions: [
      { area: RiskArea.SOCIAL_STABILITY, likelihood: 1, impact: 3, note: '涉及面广，但不直接影响群众利益。' },
      { area: RiskArea.IMPLEMENTATION, likelihood: 3, impact: 3, note: '地方监管能力不均衡。' },
      { area: RiskArea.LEGAL, likelihood: 2, impact: 3, note: '需同步修订相关行政法规。' },
    ],
    controllable: true,
    mitigations: ['分批推开，先行试点。', '建立事中事后监管清单。'],
  });
  await decisions.addLegislativeDependency(ndrc, { decisionId: id(national), instrument: '《企业投资项目核准和备案管理条例》', change: '授权在改革地区暂停适用部分前置审批条款。', ownerCode: 'CN-LEGAL', neededBy: new Date(Date.now() + 90 * DAY) });
  await decisions.requestLegalityReview(ndrc, { decisionId: id(national), reviewerCode: 'CN-LEGAL' });
  await decisions.recordLegalityReview(await kit.as('CN-LEGAL', ['LEAD']), { decisionId: id(national), conclusion: LegalityConclusion.LEGAL_WITH_AMENDMENTS, opinion: '合法；建议在第三部分明确专项补助的预算来源。', citedLaw: ['《中华人民共和国行政许可法》', '《重大行政决策程序暂行条例》'] });
  const reform = await kit.as('CN-REFORM', ['LEAD']);
  await decisions.recordDeliberation(reform, {
    decisionId: id(national),
    meetingKind: '中央全面深化改革委员会会议',
    heldAt: new Date(Date.now() - 2 * DAY),
    members: 5,
    present: 5,
    counts: [
      { option: VoteOption.YES, value: 5 },
      { option: VoteOption.NO, value: 0 },
      { option: VoteOption.ABSTAIN, value: 0 },
    ],
    votes: members.map((m) => ({ postId: m.id, option: VoteOption.YES })),
    chairConclusion: DeliberationConclusion.ADOPT,
    minutesHash: hash('会议纪要'),
  });
  await decisions.adoptDecision(reform, { issued: [] }, {
    decisionId: id(national),
    directives: [
      {
        title: '关于贯彻落实企业投资项目承诺制改革决定的通知',
        content: '各省级人民政府：请于60日内制定实施方案并报送。',
        audienceLevel: Level.PROVINCIAL,
        requiresAcknowledgement: true,
        acknowledgeBy: new Date(Date.now() + 60 * DAY),
        public: true,
      },
    ],
  });

  // 2. Zhejiang: major, in public consultation with a few submissions.
  const zjDrc = await kit.as('330000-DRC', ['LEAD']);
  const zhejiang = await decisions.draftDecision(zjDrc, {
    title: '浙江省深化“最多跑一次”改革推进政府数字化转型的决定（征求意见稿）',
    problemStatement: '部门数据不通、群众办事仍需多头跑，基层重复填报负担重。',
    text: '一、目标：2027年底前，省级政务服务事项全部实现“一网通办”。\n二、措施：建设统一数据共享平台，取消可共享获取的证明材料。',
    class: DecisionClass.MAJOR,
    decisionMakerCode: '330000',
    drafterCode: '330000-DRC',
    coDrafterCodes: ['330000-FIN', '330000-REFORM'],
    responsibleLeaderPostId: zjLeader.id,
    affectsLowerGovernments: true,
  });
  await decisions.openPublicConsultation(zjDrc, { decisionId: id(zhejiang), opensAt: new Date(), closesAt: new Date(Date.now() + 30 * DAY) });
  const zjComments: [string, SubmitterType, ModerationAction | null, SubmissionDisposition | null][] = [
    ['建议把不动产登记纳入第一批一网通办事项。', SubmitterType.INDIVIDUAL, ModerationAction.PUBLISH, SubmissionDisposition.ADOPTED],
    ['数据共享平台应明确个人信息保护责任主体。', SubmitterType.ORGANIZATION, ModerationAction.PUBLISH, null],
    ['（含他人身份证号，已不予公开）', SubmitterType.ANONYMOUS, ModerationAction.WITHHOLD, null],
    ['希望县级也同步推开。', SubmitterType.INDIVIDUAL, null, null],
  ];
  for (const [i, [c, type, action, disposition]] of zjComments.entries()) {
    const s = await submitPublicComment(await publicCtx('330000'), { decisionId: id(zhejiang), text: c, submitterType: type, contact: `zj${i}@example.cn` });
    const sid = toGlobalId(PublicSubmission.typename, s.rowId);
    if (action) await moderatePublicComment(zjDrc, { submissionId: sid, action, reason: action === ModerationAction.WITHHOLD ? '含他人个人信息。' : null });
    if (disposition) await respondToPublicComment(zjDrc, { submissionId: sid, disposition, response: '已采纳，列入第一批事项。' });
  }

  // 3. Hangzhou: routine, in draft.
  await decisions.draftDecision(await kit.as('330100-DRC', ['OFFICER']), {
    title: '杭州市优化企业开办“一日办结”工作方案',
    problemStatement: '企业开办涉及登记、刻章、申领发票、社保登记等环节，仍需多次提交材料。',
    text: '一、企业开办全流程一日办结。\n二、推行电子营业执照和电子印章同步发放。',
    class: DecisionClass.ROUTINE,
    decisionMakerCode: '330100',
    drafterCode: '330100-DRC',
  });

  // Suggestions: one published and answered on the public platform, one deputy's with a deadline.
  const suggestion = await submitSuggestion(await publicCtx('330000'), { toBodyCode: '330000', topic: '营商环境', text: '建议在省政务服务网公开各类审批的平均实际办理时长。', submitterType: SubmitterType.INDIVIDUAL, contact: 'citizen@example.cn' });
  const zj = await kit.as('330000', ['OFFICER']);
  const sid = toGlobalId(Suggestion.typename, suggestion.rowId);
  await moderateSuggestion(zj, { suggestionId: sid, action: ModerationAction.PUBLISH });
  await answerSuggestion(zj, { suggestionId: sid, answer: '感谢建议。自下季度起在省政务服务网按事项公开平均办理时长。' });
  await registerDeputySuggestion(await kit.as('330000', ['OFFICER']), { toBodyCode: '330100', deputyName: '（示例）省人大代表', topic: '基层减负', text: '建议清理基层重复填报的报表。', answerDueAt: new Date(Date.now() + 90 * DAY) });
}
