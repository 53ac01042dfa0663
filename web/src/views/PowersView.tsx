import { useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ErrorNote, UserErrors } from '../components/Errors';
import { DataTable, ListStatus } from '../components/Lists';
import { currentFiscalYear, formatPercent, formatYuan, fromFen, toFen } from '../format';
import { PowersDocument, RevokeDelegationDocument, SignDelegationDocument, UnfundedMandatesDocument, type DelegationRowFragment } from '../generated/graphql';
import { useI18n } from '../i18n';
import { hasRole, useViewer } from '../viewer';

const CoverageChart = lazy(() => import('./CoverageChart'));

/** Powers received and granted, the money that came with them, and the unfunded mandates below. */
export default function PowersView() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  const [fiscalYear, setFiscalYear] = useState(currentFiscalYear);
  const powers = useQuery(PowersDocument, { variables: { code: viewer.body.code, fiscalYear } });
  const body = powers.data?.body;
  const c = body?.fiscalCoverage;
  return (
    <>
      <label htmlFor="fiscal-year">{t('fiscalYear')}</label>
      <input id="fiscal-year" type="number" min={2000} max={2100} value={fiscalYear} onChange={(e) => Number(e.target.value) && setFiscalYear(Number(e.target.value))} style={{ maxWidth: 140 }} />
      <ErrorNote error={powers.error} />
      {c ? (
        <dl className="figures">
          <Figure label={t('allocated')} value={formatYuan(c.allocated)} />
          <Figure label={t('estimatedCost')} value={formatYuan(c.estimatedCost)} />
          <Figure label={t('redelegated')} value={formatYuan(c.redelegated)} />
          <Figure label={t('coverage')} value={formatPercent(c.coverage)} />
          <Figure label={t('delegationsCount')} value={String(c.delegations)} />
          <Figure label={t('unfundedCount')} value={String(c.unfunded)} />
        </dl>
      ) : null}
      <h2>{t('received')}</h2>
      <Delegations rows={body?.delegationsReceived.edges.map((e) => e.node) ?? []} side="received" />
      <h2>{t('granted')}</h2>
      <Delegations rows={body?.delegationsGranted.edges.map((e) => e.node) ?? []} side="granted" />
      <h2>{t('unfundedMandates')}</h2>
      <Unfunded under={viewer.body.code} fiscalYear={fiscalYear} />
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Delegations({ rows, side }: { rows: DelegationRowFragment[]; side: 'received' | 'granted' }) {
  const { t } = useI18n();
  const viewer = useViewer()!;
  if (!rows.length) return <p>{t('noneYet')}</p>;
  const canSign = side === 'granted' && hasRole(viewer, 'LEAD');
  return (
    <DataTable
      rows={rows}
      rowKey={(d) => d.id}
      columns={[
        { header: t('power'), cell: (d) => d.power.title },
        { header: side === 'received' ? t('grantor') : t('grantee'), cell: (d) => (side === 'received' ? d.grantor.name : d.grantee.name) },
        { header: t('status'), cell: (d) => t(`status.${d.status}`) },
        { header: t('fiscalYear'), cell: (d) => d.fiscalYear, className: 'num' },
        { header: t('amount'), cell: (d) => formatYuan(d.fiscalAllocation?.amount), className: 'num' },
        { header: t('estimatedCost'), cell: (d) => formatYuan(d.estimatedCost), className: 'num' },
        { header: t('coverage'), cell: (d) => formatPercent(d.coverage), className: 'num' },
        canSign ? { header: t('actions'), cell: (d) => <DelegationActions delegation={d} /> } : null,
      ]}
    />
  );
}

function DelegationActions({ delegation: d }: { delegation: DelegationRowFragment }) {
  const { t } = useI18n();
  const [sign, signed] = useMutation(SignDelegationDocument);
  const [revoke, revoked] = useMutation(RevokeDelegationDocument, { refetchQueries: [PowersDocument] });
  const [reason, setReason] = useState('');
  const returned = revoked.data?.revokeDelegation.returnedAmount;
  return (
    <div>
      {d.status === 'PROPOSED' ? (
        <button type="button" className="primary" onClick={() => sign({ variables: { input: { delegationId: d.id } } }).catch(() => undefined)} disabled={signed.loading}>
          {t('sign')}
        </button>
      ) : null}
      {d.status === 'ACTIVE' || d.status === 'PROPOSED' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void revoke({ variables: { input: { delegationId: d.id, reason: reason || null } } }).catch(() => undefined);
          }}
        >
          <label htmlFor={`revoke-${d.id}`} className="muted" style={{ fontWeight: 400 }}>
            {t('revokeReason')}
          </label>
          <input id={`revoke-${d.id}`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" disabled={revoked.loading}>
            {t('revoke')}
          </button>
        </form>
      ) : null}
      <ErrorNote error={signed.error ?? revoked.error} />
      <UserErrors errors={signed.data?.signDelegation.userErrors ?? revoked.data?.revokeDelegation.userErrors} />
      {returned ? (
        <p className="ok" role="status">
          {t('returned', { amount: formatYuan(returned) })}
        </p>
      ) : null}
    </div>
  );
}

function Unfunded({ under, fiscalYear }: { under: string; fiscalYear: number }) {
  const { t } = useI18n();
  const mandates = useQuery(UnfundedMandatesDocument, { variables: { under, fiscalYear } });
  const rows = mandates.data?.unfundedMandates.edges.map((e) => e.node) ?? [];
  // Per body: allocated ÷ estimated over its unfunded mandates, summed exactly in fen.
  const perBody = useMemo(() => {
    const sums = new Map<string, { name: string; allocated: bigint; cost: bigint }>();
    for (const m of rows) {
      const s = sums.get(m.grantee.code) ?? { name: m.grantee.name, allocated: 0n, cost: 0n };
      s.allocated += toFen(m.fiscalAllocation?.amount ?? '0');
      s.cost += toFen(m.estimatedCost ?? '0');
      sums.set(m.grantee.code, s);
    }
    return [...sums.entries()].map(([code, s]) => ({
      code,
      name: s.name,
      allocated: fromFen(s.allocated),
      cost: fromFen(s.cost),
      // basis points, then percent with two decimals: only the drawing uses a number
      percent: s.cost > 0n ? Number((s.allocated * 10000n) / s.cost) / 100 : 0,
    }));
  }, [rows]);
  return (
    <>
      <ListStatus query={mandates} count={rows.length} empty={t('noUnfunded')} />
      {perBody.length ? (
        <>
          <Suspense fallback={<p>{t('loading')}</p>}>
            <CoverageChart title={t('unfundedChart')} bars={perBody.map((b) => ({ label: b.name, percent: b.percent }))} />
          </Suspense>
          <DataTable
            rows={perBody}
            rowKey={(b) => b.code}
            columns={[
              { header: t('grantee'), cell: (b) => b.name },
              { header: t('allocated'), cell: (b) => formatYuan(b.allocated), className: 'num' },
              { header: t('estimatedCost'), cell: (b) => formatYuan(b.cost), className: 'num' },
              { header: t('coverage'), cell: (b) => `${b.percent}%`, className: 'num' },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
