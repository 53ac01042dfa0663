import { useQuery } from '@apollo/client/react';
import { Link } from '../components/Link';
import { ErrorNote } from '../components/Errors';
import { formatDateTime } from '../format';
import { ThreadsDocument } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useViewer } from '../viewer';

/** Coordination threads the caller's body takes part in. */
export default function ThreadsView() {
  const { t, lang } = useI18n();
  const viewer = useViewer()!;
  const threads = useQuery(ThreadsDocument, { variables: { code: viewer.body.code } });
  const list = threads.data?.body?.threads.edges.map((e) => e.node) ?? [];
  return (
    <>
      <ErrorNote error={threads.error} />
      {threads.data && list.length === 0 ? <p>{t('noneYet')}</p> : null}
      {list.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('subject')}</th>
              <th scope="col">{t('lead')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('dueAt')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((th) => (
              <tr key={th.id}>
                <td>
                  <Link to={`/threads/${encodeURIComponent(th.id)}`}>{th.subject}</Link>
                </td>
                <td>{th.lead.name}</td>
                <td>
                  {t(`thread.${th.status}`)} {th.overdue ? <span className="badge overdue">{t('overdue')}</span> : null}
                </td>
                <td>{formatDateTime(th.dueAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
