import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { ErrorNote } from '../components/Errors';
import { currentFiscalYear } from '../format';
import { EvaluationsDocument } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useViewer } from '../viewer';

// The powers view's chart chunk, loaded only when there is something to draw.
const CoverageChart = lazy(() => import('./CoverageChart'));

/** This year's published evaluations of the bodies below the caller, ranked, with a chart of totals. */
export default function EvaluationsView() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  const year = currentFiscalYear();
  const result = useQuery(EvaluationsDocument, { variables: { code: viewer.body.code, year } });
  const rows = useMemo(() => {
    const list = (result.data?.body?.children.edges ?? []).flatMap((e) => e.node.performance.map((ev) => ({ ...ev, body: e.node })));
    // By system, then rank (the hub's), then body code for shared ranks.
    return list.sort((a, b) => a.system.code.localeCompare(b.system.code) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.body.code.localeCompare(b.body.code));
  }, [result.data]);
  const systems = [...new Set(rows.map((r) => r.system.code))];
  return (
    <>
      <p className="muted">{t('evaluationsIntro', { year })}</p>
      <ErrorNote error={result.error} />
      {result.data && rows.length === 0 ? <p>{t('noEvaluations')}</p> : null}
      {systems.map((system) => {
        const ranked = rows.filter((r) => r.system.code === system);
        return (
          <section key={system} aria-labelledby={`system-${system}`}>
            <h2 id={`system-${system}`}>{t('indicatorSystem', { code: system })}</h2>
            <Suspense fallback={<p>{t('loading')}</p>}>
              {/* Totals parsed for drawing only; the table below shows the exact Decimal strings. A
                  category axis draws its first entry at the bottom: reversed, rank 1 is on top. */}
              <CoverageChart title={t('evaluationsChart', { code: system })} suffix="" bars={ranked.map((r) => ({ label: r.body.name, percent: Number(r.total) })).reverse()} />
            </Suspense>
            <table className="evaluations">
              <caption>{t('evaluationsTable', { code: system })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rank')}</th>
                  <th scope="col">{t('evaluatedBody')}</th>
                  <th scope="col">{t('total')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('inputsHash')}</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((r) => (
                  <tr key={r.id}>
                    <td className="num">{r.rank ?? '—'}</td>
                    <th scope="row">{r.body.name}</th>
                    <td className="num total">{r.total}</td>
                    <td>{t(`evaluationStatus.${r.status}`)}</td>
                    <td>
                      <code title={r.inputsHash} aria-label={t('fullHash', { hash: r.inputsHash })}>
                        {r.inputsHash.slice(0, 12)}…
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('components')}</h3>
            {ranked.map((r) => (
              <details key={r.id} className="components">
                <summary>
                  {r.body.name} · {t('total')} {r.total}
                </summary>
                <table>
                  <caption>{t('componentsOf', { body: r.body.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('indicator')}</th>
                      <th scope="col">{t('weight')}</th>
                      <th scope="col">{t('rawValue')}</th>
                      <th scope="col">{t('score')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.components.map((c) => (
                      <tr key={c.indicator.id}>
                        <th scope="row">{c.indicator.title}</th>
                        <td className="num">{c.weight}%</td>
                        <td className="num">
                          {c.value} {c.indicator.unit}
                        </td>
                        <td className="num">{c.score}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            ))}
          </section>
        );
      })}
    </>
  );
}
