import { useQuery, useSubscription } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
import { DataTable } from '../components/Lists';
import { MetaItem } from '../components/MetaItem';
import { formatDateTime } from '../format';
import { RectificationOrderReceivedDocument, SupervisionDocument, type OrderItemFragment } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useViewer } from '../viewer';

/** Inspections the caller's body leads (findings, orders) and the rectification orders addressed to it (live). */
export default function SupervisionView() {
  const { t, lang } = useI18n();
  const viewer = useViewer()!;
  const supervision = useQuery(SupervisionDocument, { variables: { code: viewer.body.code } });
  useSubscription(RectificationOrderReceivedDocument, { onData: () => void supervision.refetch().catch(() => undefined) });
  const body = supervision.data?.body;
  const inspections = body?.inspectionsLed.edges.map((e) => e.node) ?? [];
  const received = body?.rectificationOrdersReceived.edges.map((e) => e.node) ?? [];
  return (
    <>
      <ErrorNote error={supervision.error} />
      {supervision.loading && !supervision.data ? <p>{t('loading')}</p> : null}
      {body ? (
        <>
          <section aria-labelledby="received-heading">
            <h2 id="received-heading">{t('ordersReceived')}</h2>
            {received.length ? (
              <DataTable
                className="orders-received"
                rows={received}
                rowKey={(o) => o.id}
                columns={[
                  { header: t('inspection'), cell: (o) => o.inspection.title },
                  { header: t('orders'), cell: (o) => o.requirements },
                  { header: t('issuer'), cell: (o) => o.issuer.name },
                  { header: t('deadline'), cell: (o) => formatDateTime(o.deadline, lang) },
                  { header: t('status'), cell: (o) => <OrderStatus order={o} /> },
                ]}
              />
            ) : (
              <p>{t('noneYet')}</p>
            )}
          </section>
          <section aria-labelledby="led-heading">
            <h2 id="led-heading">{t('inspectionsLed')}</h2>
            {inspections.length ? (
              <ul className="cards">
                {inspections.map((i) => (
                  <li key={i.id} className="card inspection" aria-labelledby={`insp-${i.id}`}>
                    <h3 id={`insp-${i.id}`}>{i.title}</h3>
                    <p className="meta">
                      <span className="code">{i.code}</span>
                      <span>{t(`inspectionStatus.${i.status}`)}</span>
                      <MetaItem label={t('plannedPeriod')}>{formatDateTime(i.plannedFrom, lang)} – {formatDateTime(i.plannedTo, lang)}</MetaItem>
                    </p>
                    {i.conclusion ? <p>{i.conclusion}</p> : null}
                    <h4>{t('findings')}</h4>
                    <ul className="findings">
                      {i.findings.map((f) => (
                        <li key={f.id}>
                          <p>
                            <span className="badge">{t(`category.${f.category}`)}</span> <span className="badge">{t(`severity.${f.severity}`)}</span> {f.subject.name}：{f.description}
                          </p>
                          {f.orders.length ? (
                            <ul className="orders">
                              {f.orders.map((o) => (
                                <li key={o.id}>
                                  {t('addressee')}: {o.addressee.name} · {t('deadline')}: {formatDateTime(o.deadline, lang)} · <OrderStatus order={o} />
                                  <br />
                                  {o.requirements}
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('noneYet')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function OrderStatus({ order: o }: { order: OrderItemFragment }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge ${o.status === 'VERIFIED' ? 'done' : 'pending'}`}>{t(`orderStatus.${o.status}`)}</span>
      {o.overdue ? <span className="badge overdue">{t('overdue')}</span> : null}
      {o.escalatedAt ? <span className="badge">{t('escalated')}</span> : null}
    </>
  );
}
