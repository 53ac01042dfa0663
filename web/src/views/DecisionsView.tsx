import { useQuery } from '@apollo/client/react';
import { Link } from '../components/Link';
import { DataTable, ListStatus } from '../components/Lists';
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
      <ListStatus query={decisions} count={list.length} />
      {list.length ? (
        <DataTable
          rows={list}
          rowKey={(d) => d.id}
          columns={[
            { header: t('title'), cell: (d) => <Link to={`/decisions/${encodeURIComponent(d.id)}`}>{d.title}</Link> },
            { header: t('reference'), cell: (d) => d.reference, className: 'code' },
            { header: t('decisionMaker'), cell: (d) => d.decisionMaker.name },
            {
              header: t('status'),
              cell: (d) => (
                <>
                  {t(`decisionStatus.${d.status}`)} {d.adoptedAt ? <span className="muted">{formatDateTime(d.adoptedAt, lang)}</span> : null}
                </>
              ),
            },
            { header: t('missingStages'), cell: (d) => (d.missingStages.length ? d.missingStages.map((k) => t(`stage.${k}`)).join(lang === 'zh' ? '、' : ', ') : '—') },
          ]}
        />
      ) : null}
    </>
  );
}
