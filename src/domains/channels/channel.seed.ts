import { toGlobalId } from '../../platform/graphql/global-id';
import type { SeedKit } from '../seed-kit';
import { Directive } from './channel.entities';
import { DirectivePriority, FeedbackKind, FeedbackResolution } from './channel.enums';
import { issueDirective, reviseDirective } from './directive.service';
import { respondToFeedback, submitFeedback } from './feedback.service';

/** Demo directives and feedback: a nationwide directive, a provincial one, feedback and a revision. */
export async function seedChannels(kit: SeedKit): Promise<void> {
  const reform = await kit.as('CN-REFORM', ['LEAD']);
  await issueDirective(reform, {
    title: '关于深化“放管服”改革优化营商环境的通知',
    content: '各省级人民政府：请于本季度内梳理本地区行政审批事项清单，报送精简方案。',
    priority: DirectivePriority.IMPORTANT,
    audienceLevel: 'PROVINCIAL' as never,
    requiresAcknowledgement: true,
    acknowledgeBy: new Date(Date.now() + 30 * 86_400_000),
    public: true,
  });
  const zj = await kit.as('330000', ['LEAD']);
  const { directive } = await issueDirective(zj, {
    title: '关于推进企业投资项目审批“最多跑一次”的指令',
    content: '各设区市人民政府：自下月起，企业投资项目核准实行一窗受理、并联审批。',
    priority: DirectivePriority.URGENT,
    audienceLevel: 'MUNICIPAL' as never,
    requiresAcknowledgement: true,
    acknowledgeBy: new Date(Date.now() + 14 * 86_400_000),
  });
  const id = toGlobalId(Directive.typename, directive.rowId);
  const hz = await kit.as('330100', ['OFFICER']);
  const fb = await submitFeedback(hz, { kind: FeedbackKind.RESOURCE_REQUEST, content: '并联审批需增加窗口人员编制与专项经费，请予支持。', directiveId: id });
  await submitFeedback(await kit.as('330200', ['OFFICER']), { kind: FeedbackKind.PROGRESS, content: '宁波市已完成一窗受理系统部署。', directiveId: id });
  await respondToFeedback(zj, { feedbackId: toGlobalId('Feedback', fb.rowId), resolution: FeedbackResolution.WILL_REVISE, response: '同意，将修订指令并配套专项经费。' });
  await reviseDirective(zj, { directiveId: id, causedByFeedbackId: toGlobalId('Feedback', fb.rowId), content: '各设区市人民政府：自下月起实行一窗受理、并联审批；省财政安排专项经费支持窗口建设。' });
}
