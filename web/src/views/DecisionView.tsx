import { useQuery, useSubscription } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
import { Link } from '../components/Link';
import { MetaItem } from '../components/MetaItem';
import { formatDateTime } from '../format';
import { DecisionActivityDocument, DecisionDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

const STAGE_BADGE: Record<string, string> = { COMPLETED: 'done', STALE: 'overdue', OPEN: 'pending', NOT_STARTED: 'pending', NOT_REQUIRED: '' };

/** One decision: its required stages as a timeline (who, when, on which draft), what is missing, and the directives adopted with it. */
export default function DecisionView({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id;
  const decision = useQuery(DecisionDocument, { variables: { id } });
  // A stage change or the adoption arrives as an event; the decision is read again for its new state.
  useSubscription(DecisionActivityDocument, { variables: { decisionId: id }, onData: () => void decision.refetch().catch(() => undefined) });
  const node = decision.data?.node;
  const d = node?.__typename === 'ReformDecision' ? node : null;
  return (
    <>
      <p>
        <Link to="/decisions">{t('backToDecisions')}</Link>
      </p>
      <ErrorNote error={decision.error} />
      {decision.loading && !decision.data ? <p>{t('loading')}</p> : null}
      {decision.data && !d ? <p>{t('notFound')}</p> : null}
      {d ? (
        <article aria-labelledby="decision-title">
          <h2 id="decision-title">{d.title}</h2>
          <p className="meta">
            <span className="code">{d.reference}</span>
            <MetaItem label={t('decisionMaker')}>{d.decisionMaker.name}</MetaItem>
            <span className={`badge ${d.status === 'ADOPTED' ? 'done' : 'pending'}`}>{t(`decisionStatus.${d.status}`)}</span>
            <MetaItem label={t('currentVersion')}>{d.currentVersion.number}</MetaItem>
          </p>
          <p>{d.problemStatement}</p>
          <h3 id="stages-heading">{t('stagesTimeline')}</h3>
          <ol className="timeline" aria-labelledby="stages-heading">
            {d.stages
              .filter((s) => s.status !== 'NOT_REQUIRED')
              .map((s) => (
                <li key={s.kind} className={`stage stage-${s.status}`} data-stage={s.kind}>
                  <strong>{t(`stage.${s.kind}`)}</strong> <span className={`badge ${STAGE_BADGE[s.status]}`}>{t(`stageStatus.${s.status}`)}</span>
                  <p className="meta">
                    {s.completedBy ? (
                      <MetaItem label={t('completedBy')}>{s.completedBy.name}</MetaItem>
                    ) : null}
                    {s.completedAt ? <span>{formatDateTime(s.completedAt, lang)}</span> : s.openedAt ? <span>{formatDateTime(s.openedAt, lang)}</span> : null}
                    {s.boundVersion !== null && s.boundVersion !== undefined ? <span>{t('boundVersion', { version: s.boundVersion })}</span> : null}
                  </p>
                </li>
              ))}
          </ol>
          <h3>{t('missingStages')}</h3>
          {d.missingStages.length ? (
            <ul className="missing">
              {d.missingStages.map((k) => (
                <li key={k}>{t(`stage.${k}`)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('noMissingStages')}</p>
          )}
          <h3>{t('adoptedDirectives')}</h3>
          {d.directives.edges.length ? (
            <ul className="directives">
              {d.directives.edges.map(({ node: dir }) => (
                <li key={dir.id}>
                  {dir.title}（{t('version')} {dir.version}） <span className="muted">{dir.issuer.name} · {formatDateTime(dir.issuedAt, lang)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noneYet')}</p>
          )}
        </article>
      ) : null}
    </>
  );
}
