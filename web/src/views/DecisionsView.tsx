import { useQuery } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
import { Link } from '../components/Link';
import { formatDateTime } from '../format';
import { DecisionsDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

/** Reform decisions the caller may read (published ones and those of its jurisdiction), newest first. */
export default function DecisionsView() {
  const { t, lang } = useI18n();
  const decisions = useQuery(DecisionsDocument);
  const list = decisions.data?.decisions.edges.map((e) => e.node) ?? [];
  return (
    <>
      <ErrorNote error={decisions.error} />
      {decisions.loading && !decisions.data ? <p>{t('loading')}</p> : null}
      {decisions.data && list.length === 0 ? <p>{t('noneYet')}</p> : null}
      {list.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('title')}</th>
              <th scope="col">{t('reference')}</th>
              <th scope="col">{t('decisionMaker')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('missingStages')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/decisions/${encodeURIComponent(d.id)}`}>{d.title}</Link>
                </td>
                <td className="code">{d.reference}</td>
                <td>{d.decisionMaker.name}</td>
                <td>
                  {t(`decisionStatus.${d.status}`)} {d.adoptedAt ? <span className="muted">{formatDateTime(d.adoptedAt, lang)}</span> : null}
                </td>
                <td>{d.missingStages.length ? d.missingStages.map((k) => t(`stage.${k}`)).join(lang === 'zh' ? '、' : ', ') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
