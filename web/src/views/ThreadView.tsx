import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../components/Errors';
import { FormEnd } from '../components/FormEnd';
import { Link } from '../components/Link';
import { MetaItem } from '../components/MetaItem';
import { formatDateTime } from '../format';
import {
  EscalateThreadDocument,
  PostThreadMessageDocument,
  ResolveThreadDocument,
  ThreadActivityDocument,
  ThreadDocument,
  type EscalationGround,
  type ThreadQuery,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { hasRole, useViewer } from '../viewer';

type Thread = Extract<NonNullable<ThreadQuery['node']>, { __typename: 'CoordinationThread' }>;

/** One thread: its conversation live (`threadActivity`), participants, escalation and resolution. */
export default function ThreadView({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const id = params.id;
  const thread = useQuery(ThreadDocument, { variables: { id } });
  // Each event carries the thread's new state (normalized into the cache); a new message is appended here.
  useSubscription(ThreadActivityDocument, {
    variables: { threadId: id },
    onData: ({ client, data }) => {
      const message = data.data?.threadActivity.message;
      if (!message) return;
      client.cache.updateQuery({ query: ThreadDocument, variables: { id } }, (current) => {
        if (current?.node?.__typename !== 'CoordinationThread' || current.node.messages.edges.some((e) => e.node.id === message.id)) return current;
        return { ...current, node: { ...current.node, messages: { ...current.node.messages, edges: [...current.node.messages.edges, { __typename: 'ThreadMessageEdge' as const, node: message }] } } };
      });
    },
  });
  const node = thread.data?.node;
  return (
    <>
      <p>
        <Link to="/threads">← {t('backToThreads')}</Link>
      </p>
      <ErrorNote error={thread.error} />
      {node?.__typename === 'CoordinationThread' ? <ThreadBody thread={node} /> : thread.data ? <p>{t('notFound')}</p> : <p>{t('loading')}</p>}
    </>
  );
}

function ThreadBody({ thread: th }: { thread: Thread }) {
  const { t, lang } = useI18n();
  const viewer = useViewer()!;
  const active = th.status === 'OPEN' || th.status === 'ESCALATED';
  const isParticipant = th.participants.some((p) => p.code === viewer.body.code);
  const canWrite = active && isParticipant && hasRole(viewer, 'OFFICER', 'LEAD');
  const isLead = th.lead.code === viewer.body.code && hasRole(viewer, 'LEAD');
  return (
    <div className="split">
      <section aria-labelledby="thread-subject">
        <h2 id="thread-subject">{th.subject}</h2>
        <p className="meta">
          <MetaItem label={t('status')}>{t(`thread.${th.status}`)}</MetaItem>
          <MetaItem label={t('lead')}>{th.lead.name}</MetaItem>
          <MetaItem label={t('dueAt')}>{formatDateTime(th.dueAt, lang)}</MetaItem>
          {th.overdue ? <span className="badge overdue">{t('overdue')}</span> : null}
        </p>
        {th.description ? <p>{th.description}</p> : null}
        {th.resolution ? (
          <p className="ok">
            {t('resolutionSummary')}: {th.resolution}
          </p>
        ) : null}
        <h3>{t('messages')}</h3>
        <ol className="chat" aria-live="polite" aria-label={t('messages')}>
          {th.messages.edges.map(({ node: m }) => (
            <li key={m.id}>
              <strong>{m.author.name}</strong> <span className="muted">{formatDateTime(m.postedAt, lang)}</span>
              <div>{m.content}</div>
            </li>
          ))}
        </ol>
        {canWrite ? <PostMessage threadId={th.id} /> : null}
      </section>
      <aside aria-labelledby="participants-heading">
        <h3 id="participants-heading">{t('participants')}</h3>
        <ul>
          {th.participants.map((p) => (
            <li key={p.code}>
              {p.name} <span className="code">{p.code}</span>
            </li>
          ))}
        </ul>
        {active && isParticipant && hasRole(viewer, 'OFFICER', 'LEAD') ? <Escalate threadId={th.id} /> : null}
        {active && isLead ? <Resolve threadId={th.id} /> : null}
      </aside>
    </div>
  );
}

function PostMessage({ threadId }: { threadId: string }) {
  const { t } = useI18n();
  const [content, setContent] = useState('');
  const [post, result] = useMutation(PostThreadMessageDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await post({ variables: { input: { threadId, content, idempotencyKey: crypto.randomUUID() } } }).catch(() => null);
    if (r?.data?.postThreadMessage.message) setContent('');
  };
  return (
    <form onSubmit={submit}>
      <label htmlFor="message">{t('message')}</label>
      <textarea id="message" value={content} onChange={(e) => setContent(e.target.value)} required />
      <FormEnd result={result} userErrors={result.data?.postThreadMessage.userErrors} submit={t('post')} />
    </form>
  );
}

function Escalate({ threadId }: { threadId: string }) {
  const { t } = useI18n();
  const [ground, setGround] = useState<EscalationGround>('DEADLOCK');
  const [reason, setReason] = useState('');
  const [escalate, result] = useMutation(EscalateThreadDocument);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void escalate({ variables: { input: { threadId, ground, reason } } }).catch(() => undefined);
      }}
    >
      <h3>{t('escalate')}</h3>
      <label htmlFor="esc-ground">{t('ground')}</label>
      <select id="esc-ground" value={ground} onChange={(e) => setGround(e.target.value as EscalationGround)}>
        <option value="DEADLOCK">{t('ground.DEADLOCK')}</option>
        <option value="OVERDUE">{t('ground.OVERDUE')}</option>
      </select>
      <label htmlFor="esc-reason">{t('escalateReason')}</label>
      <textarea id="esc-reason" value={reason} onChange={(e) => setReason(e.target.value)} required />
      <FormEnd result={result} userErrors={result.data?.escalateThread.userErrors} submit={t('escalate')} primary={false} />
    </form>
  );
}

function Resolve({ threadId }: { threadId: string }) {
  const { t } = useI18n();
  const [resolution, setResolution] = useState('');
  const [resolve, result] = useMutation(ResolveThreadDocument);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void resolve({ variables: { input: { threadId, resolution } } }).catch(() => undefined);
      }}
    >
      <h3>{t('resolve')}</h3>
      <label htmlFor="resolution">{t('resolutionSummary')}</label>
      <textarea id="resolution" value={resolution} onChange={(e) => setResolution(e.target.value)} required />
      <FormEnd result={result} userErrors={result.data?.resolveThread.userErrors} submit={t('resolve')} />
    </form>
  );
}
