import { randomUUID } from 'node:crypto';
import {
  DefineIndicatorDocument,
  DefineIndicatorMutationVariables,
  DefineIndicatorSystemDocument,
  ReportObservationDocument,
  VerifyObservationDocument,
} from '../generated/graphql';
import { Runner } from './supervision';
import { ok } from './test-hub';

export const YEAR = new Date().getUTCFullYear();
export const PERIOD = String(YEAR);
export const OWNER = '330000:LEAD';
export const DATA_OWNER = '330000-DRC:OFFICER';

const unique = () => randomUUID().slice(0, 8).toUpperCase();

export async function defineIndicator(t: Runner, input: Partial<DefineIndicatorMutationVariables['input']> = {}) {
  const r = await t.run(
    DefineIndicatorDocument,
    { input: { code: `T-${unique()}`, title: '测试指标', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', dataOwnerCode: '330000-DRC', baseline: '0', target: '100', ...input } as DefineIndicatorMutationVariables['input'] },
    OWNER,
  );
  return ok(r).indicator!;
}

/** Two reported indicators (objective 60.00 %, expert 40.00 %) in a new system of the province. */
export async function twoIndicatorSystem(t: Runner, challengeDays = 0) {
  const objective = await defineIndicator(t, { baseline: '0', target: '3' });
  const expert = await defineIndicator(t, { source: 'EXPERT', direction: 'LOWER_IS_BETTER', unit: '天', baseline: '20', target: '5' });
  const system = ok(
    await t.run(
      DefineIndicatorSystemDocument,
      {
        input: {
          code: `S-${unique()}`,
          year: YEAR,
          weights: [
            { indicatorId: objective.id, weight: '60.00' },
            { indicatorId: expert.id, weight: '40.00' },
          ],
          minObjectiveShare: '50.00',
          challengeDays,
          // Public: the tests publish its evaluations, which only a public system's may be.
          public: true,
        },
      },
      OWNER,
    ),
  ).indicatorSystem!;
  return { objective, expert, system };
}

/** Reported by the data owner and verified by the province. */
export async function observe(t: Runner, indicatorId: string, bodyCode: string, value: string, verify = true) {
  const o = ok(await t.run(ReportObservationDocument, { input: { indicatorId, bodyCode, period: PERIOD, value } }, DATA_OWNER)).observation!;
  if (!verify) return o;
  return ok(await t.run(VerifyObservationDocument, { input: { observationId: o.id } }, '330000:OFFICER')).observation!;
}
