import { useQuery } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
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
      <ErrorNote error={result.error} />
      {result.data && pilots.length === 0 ? <p>{t('noPilots')}</p> : null}
      {pilots.length > 0 ? (
        <table className="pilots">
          <caption>{t('pilotsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pilot')}</th>
              <th scope="col">{t('sponsor')}</th>
              <th scope="col">{t('pilotSites')}</th>
              <th scope="col">{t('pilotPeriod')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('pilotVerdict')}</th>
            </tr>
          </thead>
          <tbody>
            {pilots.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.title} <code>{p.code}</code>
                </th>
                <td>{p.sponsor.name}</td>
                <td>{p.sites.map((s) => s.body.name).join('、')}</td>
                <td>
                  {formatDateTime(p.startsAt, lang)} – {formatDateTime(p.endsAt, lang)}
                </td>
                <td>{t(`pilotStatus.${p.status}`)}</td>
                <td>{p.verdict ? t(`pilotVerdict.${p.verdict}`) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
