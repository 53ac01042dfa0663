import { useQuery } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
import { formatDateTime } from '../format';
import { PublicDirectivesDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

/** Directives marked public (阳光改革): no sign-in needed. */
export default function PublicView() {
  const { t, lang } = useI18n();
  const published = useQuery(PublicDirectivesDocument);
  const list = published.data?.publicDirectives.edges.map((e) => e.node) ?? [];
  return (
    <>
      <p>{t('publicIntro')}</p>
      <ErrorNote error={published.error} />
      {published.loading && !published.data ? <p>{t('loading')}</p> : null}
      {published.data && list.length === 0 ? <p>{t('noneYet')}</p> : null}
      <ul className="cards">
        {list.map((d) => (
          <li className="card" key={d.id} aria-labelledby={`pub-${d.id}`}>
            <h2 id={`pub-${d.id}`} style={{ margin: '0 0 6px', fontSize: '1.05rem' }}>
              {d.title}
            </h2>
            <p className="meta">
              <span className={`badge ${d.priority}`}>{t(`priority.${d.priority}`)}</span>
              <span>
                {t('issuedBy')}: {d.issuer.name}
              </span>
              <span>
                {t('issuedAt')}: {formatDateTime(d.issuedAt, lang)}
              </span>
              {d.version > 1 ? (
                <span>
                  {t('version')} {d.version}
                </span>
              ) : null}
            </p>
            <p>{d.content}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
