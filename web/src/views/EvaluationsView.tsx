import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { DataTable, ListStatus } from '../components/Lists';
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
      <ListStatus query={result} count={rows.length} empty={t('noEvaluations')} />
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
            <DataTable
              className="evaluations"
              caption={t('evaluationsTable', { code: system })}
              rows={ranked}
              rowKey={(r) => r.id}
              columns={[
                { header: t('rank'), cell: (r) => r.rank ?? '—', className: 'num' },
                { header: t('evaluatedBody'), cell: (r) => r.body.name, rowHeader: true },
                { header: t('total'), cell: (r) => r.total, className: 'num total' },
                { header: t('status'), cell: (r) => t(`evaluationStatus.${r.status}`) },
                {
                  header: t('inputsHash'),
                  cell: (r) => (
                    <code title={r.inputsHash} aria-label={t('fullHash', { hash: r.inputsHash })}>
                      {r.inputsHash.slice(0, 12)}…
                    </code>
                  ),
                },
              ]}
            />
            <h3>{t('components')}</h3>
            {ranked.map((r) => (
              <details key={r.id} className="components">
                <summary>
                  {r.body.name} · {t('total')} {r.total}
                </summary>
                <DataTable
                  caption={t('componentsOf', { body: r.body.name })}
                  rows={r.components}
                  rowKey={(c) => c.indicator.id}
                  columns={[
                    { header: t('indicator'), cell: (c) => c.indicator.title, rowHeader: true },
                    { header: t('weight'), cell: (c) => `${c.weight}%`, className: 'num' },
                    {
                      header: t('rawValue'),
                      cell: (c) => (
                        <>
                          {c.value} {c.indicator.unit}
                        </>
                      ),
                      className: 'num',
                    },
                    { header: t('score'), cell: (c) => c.score, className: 'num' },
                  ]}
                />
              </details>
            ))}
          </section>
        );
      })}
    </>
  );
}
