import { useQuery } from '@apollo/client/react';
import { DirectiveOrigin } from '../components/DirectiveOrigin';
import { ListStatus } from '../components/Lists';
import { PublicDirectivesDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

/** Directives marked public (阳光改革): no sign-in needed. */
export default function PublicView() {
  const { t } = useI18n();
  const published = useQuery(PublicDirectivesDocument);
  const list = published.data?.publicDirectives.edges.map((e) => e.node) ?? [];
  return (
    <>
      <p>{t('publicIntro')}</p>
      <ListStatus query={published} count={list.length} />
      <ul className="cards">
        {list.map((d) => (
          <li className="card" key={d.id} aria-labelledby={`pub-${d.id}`}>
            <h2 id={`pub-${d.id}`} style={{ margin: '0 0 6px', fontSize: '1.05rem' }}>
              {d.title}
            </h2>
            <p className="meta">
              <DirectiveOrigin directive={d} />
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
