import { useQuery } from '@apollo/client/react';
import { Link } from '../components/Link';
import { DataTable, ListStatus } from '../components/Lists';
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
      <ListStatus query={threads} count={list.length} />
      {list.length ? (
        <DataTable
          rows={list}
          rowKey={(th) => th.id}
          columns={[
            { header: t('subject'), cell: (th) => <Link to={`/threads/${encodeURIComponent(th.id)}`}>{th.subject}</Link> },
            { header: t('lead'), cell: (th) => th.lead.name },
            {
              header: t('status'),
              cell: (th) => (
                <>
                  {t(`thread.${th.status}`)} {th.overdue ? <span className="badge overdue">{t('overdue')}</span> : null}
                </>
              ),
            },
            { header: t('dueAt'), cell: (th) => formatDateTime(th.dueAt, lang) },
          ]}
        />
      ) : null}
    </>
  );
}
