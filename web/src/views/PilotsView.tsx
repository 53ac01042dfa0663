import { useQuery } from '@apollo/client/react';
import { DataTable, ListStatus } from '../components/Lists';
import { formatDateTime } from '../format';
import { PilotsViewDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

/** The pilots the caller may read: sites, period, status, the evaluation behind the verdict, and how they scaled up. */
export default function PilotsView() {
  const { t, lang } = useI18n();
  const result = useQuery(PilotsViewDocument, { variables: { first: 50 } });
  const pilots = (result.data?.pilots.edges ?? []).map((e) => e.node);
  return (
    <>
      <p className="muted">{t('pilotsIntro')}</p>
      <ListStatus query={result} count={pilots.length} empty={t('noPilots')} />
      {pilots.length > 0 ? (
        <DataTable
          className="pilots"
          caption={t('pilotsTable')}
          rows={pilots}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t('pilot'),
              rowHeader: true,
              cell: (p) => (
                <>
                  {p.title} <code>{p.code}</code>
                </>
              ),
            },
            { header: t('sponsor'), cell: (p) => p.sponsor.name },
            { header: t('pilotSites'), cell: (p) => p.sites.map((s) => s.body.name).join('、') },
            {
              header: t('pilotPeriod'),
              cell: (p) => (
                <>
                  {formatDateTime(p.startsAt, lang)} – {formatDateTime(p.endsAt, lang)}
                </>
              ),
            },
            { header: t('status'), cell: (p) => t(`pilotStatus.${p.status}`) },
            { header: t('pilotVerdict'), cell: (p) => (p.verdict ? t(`pilotVerdict.${p.verdict}`) : '—') },
          ]}
        />
      ) : null}
      {pilots.map((p) => (
        <details key={p.id} className="pilot">
          <summary>
            {p.title} · {t(`pilotStatus.${p.status}`)}
          </summary>
          <p>{p.hypothesis}</p>
          <h3>{t('pilotSites')}</h3>
          <ul>
            {p.sites.map((s) => (
              <li key={s.body.id}>
                <strong>{s.body.name}</strong>：{s.scope}
                {s.authorizedDeviations.length ? (
                  <p>
                    {t('authorizedDeviations')}: {s.authorizedDeviations.join('；')} — {t('legalBasis')}: {s.legalBasisForDeviation}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            {t('successCriteria')}: {p.successCriteria.map((i) => i.title).join('、')}
          </p>
          <p>{t('progressReports', { count: p.progressReports.length })}</p>
          {p.evaluation ? (
            <p className="pilot-evaluation">
              {t('pilotEvaluation', { body: p.evaluation.body.name, total: p.evaluation.total })}
            </p>
          ) : null}
          {p.verdictReason ? (
            <p>
              {t('pilotVerdict')}: {p.verdictReason}
            </p>
          ) : null}
          {p.scaledUpAs ? <p className="scaled-up">{t('scaledUpAs', { title: p.scaledUpAs.title })}</p> : null}
          {p.experiences.length ? (
            <ul>
              {p.experiences.map((e) => (
                <li key={e.id}>
                  <strong>{e.title}</strong>：{e.description}
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ))}
    </>
  );
}
