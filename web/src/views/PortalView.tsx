import { useQuery } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
import { DataTable } from '../components/Lists';
import { formatDateTime } from '../format';
import { PortalDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

const YEAR = new Date().getUTCFullYear();

/** The public portal (阳光改革): published decisions, Zhejiang's tasks, the cities' evaluations, tombstones. No sign-in. */
export default function PortalView() {
  const { t, lang } = useI18n();
  const portal = useQuery(PortalDocument, { variables: { bodyCode: '330000', year: YEAR } });
  const data = portal.data;
  const decisions = data?.publicDecisions.edges.map((e) => e.node) ?? [];
  const tasks = data?.publicTasks.edges.map((e) => e.node) ?? [];
  const evaluations = [...(data?.publicEvaluations.edges.map((e) => e.node) ?? [])].sort((a, b) => a.systemCode.localeCompare(b.systemCode) || (a.rank ?? 0) - (b.rank ?? 0));
  const withdrawals = data?.publicWithdrawals.edges.map((e) => e.node) ?? [];
  return (
    <>
      <p>{t('portalIntro')}</p>
      <ErrorNote error={portal.error} />
      {portal.loading && !data ? <p>{t('loading')}</p> : null}
      {data ? (
        <>
          <section aria-labelledby="portal-decisions">
            <h2 id="portal-decisions">{t('portalDecisions')}</h2>
            {decisions.length === 0 ? <p>{t('noneYet')}</p> : null}
            <ul className="cards public-decisions">
              {decisions.map((d) => (
                <li className="card" key={d.id}>
                  <h3 style={{ margin: '0 0 6px', fontSize: '1.05rem' }}>{d.title}</h3>
                  <p className="meta">
                    <span>{d.decisionMaker.name}</span>
                    <span>{t(`decisionStatus.${d.status}`)}</span>
                    <span>{formatDateTime(d.publishedAt, lang)}</span>
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="portal-tasks">
            <h2 id="portal-tasks">{t('portalTasks', { year: YEAR, count: data.publicTasks.totalCount })}</h2>
            <DataTable
              className="public-tasks"
              rows={tasks}
              rowKey={(task) => task.id}
              columns={[
                {
                  header: t('portalTask'),
                  rowHeader: true,
                  cell: (task) => (
                    <>
                      {task.title} <span className="muted">{task.code}</span>
                    </>
                  ),
                },
                { header: t('executor'), cell: (task) => task.executor.name },
                {
                  header: t('portalDeadline'),
                  cell: (task) => (
                    <>
                      {formatDateTime(task.deadline, lang)} {task.overdue ? <span className="badge URGENT">{t('portalOverdue')}</span> : null}
                    </>
                  ),
                },
                // The hub's exact Percentage string, shown as is.
                { header: t('portalProgress'), cell: (task) => `${task.progress}% · ${t(`taskStatus.${task.status}`)}` },
              ]}
            />
          </section>
          <section aria-labelledby="portal-evaluations">
            <h2 id="portal-evaluations">{t('portalEvaluations', { year: YEAR })}</h2>
            {evaluations.length === 0 ? <p>{t('noneYet')}</p> : null}
            <DataTable
              className="public-evaluations"
              rows={evaluations}
              rowKey={(e) => e.id}
              columns={[
                { header: t('portalSystem'), cell: (e) => e.systemCode },
                { header: t('portalRank'), cell: (e) => e.rank ?? '—' },
                { header: t('portalBody'), cell: (e) => e.body.name, rowHeader: true },
                { header: t('portalTotal'), cell: (e) => e.total },
              ]}
            />
          </section>
          <section aria-labelledby="portal-withdrawals">
            <h2 id="portal-withdrawals">{t('portalWithdrawals')}</h2>
            {withdrawals.length === 0 ? <p>{t('noneYet')}</p> : null}
            <ul className="cards public-withdrawals">
              {withdrawals.map((w) => (
                <li className="card" key={w.id}>
                  <h3 style={{ margin: '0 0 6px', fontSize: '1.05rem' }}>
                    <s>{w.title}</s>
                  </h3>
                  <p className="meta">
                    <span>{w.body.name}</span>
                    <span>{formatDateTime(w.withdrawnAt, lang)}</span>
                  </p>
                  <p>
                    {t('portalWithdrawnBecause')}: {w.reason}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
