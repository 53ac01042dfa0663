import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorNote, UserErrors } from '../components/Errors';
import { FormEnd } from '../components/FormEnd';
import { DirectiveOrigin } from '../components/DirectiveOrigin';
import { ListStatus } from '../components/Lists';
import { MetaItem } from '../components/MetaItem';
import { formatDateTime } from '../format';
import {
  AcknowledgeDirectiveDocument,
  InboxDocument,
  MarkDirectiveReadDocument,
  SubmitFeedbackDocument,
  type FeedbackKind,
  type InboxReceiptFragment,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { hasRole, useViewer } from '../viewer';

type Filter = 'all' | 'unread' | 'pending' | 'overdue';
const FILTERS: Filter[] = ['all', 'unread', 'pending', 'overdue'];

const isPending = (r: InboxReceiptFragment) => (r.directive.requiresAcknowledgement ? !r.acknowledgedAt : !r.readAt);
const isOverdue = (r: InboxReceiptFragment, now: number) =>
  r.directive.requiresAcknowledgement && !r.acknowledgedAt && !!r.directive.acknowledgeBy && Date.parse(r.directive.acknowledgeBy) < now;

/** Directives addressed to the caller's body; new ones arrive live (App's LiveFeeds writes them into this list). */
export default function InboxView() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  const inbox = useQuery(InboxDocument, { variables: { code: viewer.body.code } });
  const [filter, setFilter] = useState<Filter>('all');
  const now = Date.now();
  const receipts = inbox.data?.body?.directiveInbox.edges.map((e) => e.node) ?? [];
  const shown = receipts.filter((r) => (filter === 'unread' ? !r.readAt : filter === 'pending' ? isPending(r) : filter === 'overdue' ? isOverdue(r, now) : true));
  const count = (f: Filter) => receipts.filter((r) => (f === 'unread' ? !r.readAt : f === 'pending' ? isPending(r) : f === 'overdue' ? isOverdue(r, now) : true)).length;
  return (
    <>
      <div className="tabs" role="group" aria-label={t('inboxFilter')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`filter.${f}`)} ({count(f)})
          </button>
        ))}
      </div>
      <ListStatus query={inbox} count={shown.length} />
      <ul className="cards" aria-live="polite" aria-label={t('view.inbox')}>
        {shown.map((r) => (
          <ReceiptCard key={r.id} receipt={r} overdue={isOverdue(r, now)} canAct={hasRole(viewer, 'OFFICER', 'LEAD')} />
        ))}
      </ul>
    </>
  );
}

function ReceiptCard({ receipt, overdue, canAct }: { receipt: InboxReceiptFragment; overdue: boolean; canAct: boolean }) {
  const { t, lang } = useI18n();
  const d = receipt.directive;
  const [markRead, read] = useMutation(MarkDirectiveReadDocument);
  const [acknowledge, ack] = useMutation(AcknowledgeDirectiveDocument);
  const [replying, setReplying] = useState(false);
  const headingId = `directive-${receipt.id}`;
  return (
    <li className={`card${receipt.readAt ? '' : ' unread'}`} aria-labelledby={headingId} data-directive={d.title}>
      <h3 id={headingId}>
        {d.title} {d.version > 1 ? <span className="muted">（{t('version')} {d.version}）</span> : null}
      </h3>
      <p className="meta">
        <DirectiveOrigin directive={d} />
        {d.requiresAcknowledgement ? (
          <MetaItem label={t('acknowledgeBy')}>{formatDateTime(d.acknowledgeBy, lang)}</MetaItem>
        ) : null}
        {receipt.acknowledgedAt ? <span className="badge done">{t('acknowledged')}</span> : null}
        {overdue ? <span className="badge overdue">{t('overdue')}</span> : null}
        <span className={receipt.readAt ? 'badge done' : 'badge pending'}>{receipt.readAt ? t('read') : t('unread')}</span>
      </p>
      <p>{d.content}</p>
      <ErrorNote error={read.error ?? ack.error} />
      <UserErrors errors={read.data?.markDirectiveRead.userErrors ?? ack.data?.acknowledgeDirective.userErrors} />
      {canAct ? (
        <div className="actions">
          {!receipt.readAt ? (
            <button type="button" onClick={() => markRead({ variables: { input: { directiveId: d.id } } }).catch(() => undefined)} disabled={read.loading}>
              {t('markRead')}
            </button>
          ) : null}
          {d.requiresAcknowledgement && !receipt.acknowledgedAt ? (
            <button type="button" className="primary" onClick={() => acknowledge({ variables: { input: { directiveId: d.id } } }).catch(() => undefined)} disabled={ack.loading}>
              {t('acknowledge')}
            </button>
          ) : null}
          <button type="button" aria-expanded={replying} onClick={() => setReplying(!replying)}>
            {t('reply')}
          </button>
        </div>
      ) : null}
      {replying ? <FeedbackForm directiveId={d.id} /> : null}
    </li>
  );
}

const KINDS: FeedbackKind[] = ['PROGRESS', 'PROBLEM', 'RESOURCE_REQUEST', 'SUGGESTION', 'OBJECTION'];

function FeedbackForm({ directiveId }: { directiveId: string }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<FeedbackKind>('PROGRESS');
  const [content, setContent] = useState('');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [submit, result] = useMutation(SubmitFeedbackDocument);
  const [sent, setSent] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await submit({ variables: { input: { directiveId, kind, content, idempotencyKey } } }).catch(() => null);
    if (r?.data?.submitFeedback.feedback) {
      setSent(true);
      setContent('');
    }
  };
  const kindId = `fb-kind-${directiveId}`;
  const contentId = `fb-content-${directiveId}`;
  return (
    <form onSubmit={onSubmit}>
      <label htmlFor={kindId}>{t('feedbackKind')}</label>
      <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as FeedbackKind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`feedbackKind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={contentId}>{t('feedbackContent')}</label>
      <textarea id={contentId} value={content} onChange={(e) => setContent(e.target.value)} required />
      <FormEnd result={result} userErrors={result.data?.submitFeedback.userErrors} done={sent ? t('feedbackSent') : null} submit={t('sendFeedback')} />
    </form>
  );
}
