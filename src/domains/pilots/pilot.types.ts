import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Feedback } from '../channels/channel.entities';
import { DirectiveFieldsInput } from '../channels/channel.types';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { Pilot } from './pilot.entities';
import { PilotStatus, PilotVerdict } from './pilot.enums';

export const PilotConnection = Connection(Pilot);

@ArgsType()
export class PilotsArgs extends PageArgs {
  @Field(() => PilotStatus, { nullable: true, description: 'Only pilots in this state.' })
  status?: PilotStatus | null;

  @Field(() => String, { nullable: true, description: 'Only pilots of this field.' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Only pilots sponsored by this body (code).' })
  sponsorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only pilots with a site at this body (code).' })
  siteCode?: string | null;
}

@InputType({ description: 'A site of a proposed pilot.' })
export class PilotSiteInput {
  @Field(() => String, { description: 'The site body (strictly inside the sponsor’s jurisdiction).' })
  bodyCode: string;

  @Field(() => String, { description: 'What the site tries.' })
  scope: string;

  @Field(() => [String], { nullable: true, description: 'Rules the site may deviate from (needs legalBasisForDeviation).' })
  authorizedDeviations?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The legal basis of the deviations, e.g. the NPC Standing Committee authorization.' })
  legalBasisForDeviation?: string | null;
}

@InputType({ description: 'A new pilot, proposed by an OFFICER of the sponsor (the caller’s body).' })
export class ProposePilotInput {
  @Field(() => String, { description: 'Unique code.' })
  code: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'The reform field (pilots of one field are checked for overlap).' })
  field: string;

  @Field(() => String, { description: 'What is being tried, and what should follow.' })
  hypothesis: string;

  @Field(() => ID, { nullable: true, description: 'The reform decision behind it.' })
  decisionId?: string | null;

  @Field(() => [PilotSiteInput], { description: 'The sites (1–50).' })
  sites: PilotSiteInput[];

  @Field(() => GraphQLDateTime, { description: 'Start of the period.' })
  startsAt: Date;

  @Field(() => GraphQLDateTime, { description: 'End of the period (after startsAt).' })
  endsAt: Date;

  @Field(() => [ID], { description: 'Indicators that say whether it worked (1–20).' })
  successCriteriaIds: string[];

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of proposing twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Authorizing a proposed pilot.' })
export class AuthorizePilotInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => [ID], { nullable: true, description: 'Every pilot of `overlapsWith`, acknowledged as coordinated (PILOT_OVERLAP otherwise).' })
  acknowledgeOverlapIds?: string[] | null;
}

@InputType({ description: 'A site’s progress report.' })
export class ReportPilotProgressInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => String, { description: 'What was done and found.' })
  content: string;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of reporting twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Extending a pilot’s period.' })
export class ExtendPilotInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => GraphQLDateTime, { description: 'The new end (later than the current one, in the future).' })
  endsAt: Date;

  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@InputType({ description: 'Stopping a pilot early.' })
export class TerminatePilotInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@InputType({ description: 'A replicable experience drawn from the pilot.' })
export class ExperienceInput {
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'What was learned and how to replicate it.' })
  description: string;

  @Field(() => Boolean, { nullable: true, description: 'Highlight it for roll-out.' })
  highlight?: boolean | null;
}

@InputType({ description: 'The sponsor’s verdict on a pilot.' })
export class RecordPilotVerdictInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => PilotVerdict, { description: 'The verdict.' })
  verdict: PilotVerdict;

  @Field(() => String, { description: 'Why.' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'The FINAL or PUBLISHED evaluation of a site it rests on (required for SCALE_UP verdicts: EVALUATION_REQUIRED).' })
  evaluationId?: string | null;

  @Field(() => [ExperienceInput], { nullable: true, description: 'Replicable experiences drawn from it.' })
  experiences?: ExperienceInput[] | null;
}

@InputType({ description: 'The directive that rolls a pilot out (the rules of issueDirective apply).' })
export class ScaleUpDirectiveInput extends DirectiveFieldsInput('sponsor') {}

@InputType({ description: 'Scaling a pilot up by a directive, after an evaluation recommends it.' })
export class ScaleUpPilotInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => ScaleUpDirectiveInput, { description: 'The directive to issue.' })
  directive: ScaleUpDirectiveInput;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of issuing twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of the pilot mutations.' })
export class PilotPayload extends MutationPayload {
  @Field(() => Pilot, { nullable: true, description: 'The pilot; null when refused.' })
  pilot?: Pilot | null;
}

@ObjectType({ description: 'Result of reportPilotProgress.' })
export class ReportPilotProgressPayload extends MutationPayload {
  @Field(() => Pilot, { nullable: true, description: 'The pilot; null when refused.' })
  pilot?: Pilot | null;

  @Field(() => Feedback, { nullable: true, description: 'The PROGRESS feedback sent to the sponsor; null when refused.' })
  feedback?: Feedback | null;
}
