import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormEnd } from '../components/FormEnd';
import { ListStatus } from '../components/Lists';
import { MetaItem } from '../components/MetaItem';
import { formatDateTime } from '../format';
import { FeedbackInboxDocument, RespondToFeedbackDocument, ReviseDirectiveDocument, type FeedbackItemFragment, type FeedbackResolution } from '../generated/graphql';
import { useI18n } from '../i18n';
import { hasRole, useViewer } from '../viewer';

/** Feedback addressed to the caller's body (live: App's LiveFeeds adds new ones), its answers, and revisions it causes. */
export default function FeedbackView() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  const inbox = useQuery(FeedbackInboxDocument, { variables: { code: viewer.body.code } });
  const list = inbox.data?.body?.feedbackInbox.edges.map((e) => e.node) ?? [];
  return (
    <>
      <ListStatus query={inbox} count={list.length} />
      <ul className="cards" aria-live="polite" aria-label={t('view.feedback')}>
        {list.map((f) => (
          <FeedbackCard key={f.id} feedback={f} canAnswer={hasRole(viewer, 'OFFICER', 'LEAD')} canRevise={hasRole(viewer, 'LEAD') && f.directive?.issuer.code === viewer.body.code} />
        ))}
      </ul>
    </>
  );
}

const RESOLUTIONS: FeedbackResolution[] = ['ANSWERED', 'WILL_REVISE', 'DECLINED'];

function FeedbackCard({ feedback: f, canAnswer, canRevise }: { feedback: FeedbackItemFragment; canAnswer: boolean; canRevise: boolean }) {
  const { t, lang } = useI18n();
  const [response, setResponse] = useState('');
  const [resolution, setResolution] = useState<FeedbackResolution>('ANSWERED');
  const [respond, answered] = useMutation(RespondToFeedbackDocument);
  const [revising, setRevising] = useState(false);
  const id = f.id;
  const onRespond = (event: FormEvent) => {
    event.preventDefault();
    void respond({ variables: { input: { feedbackId: id, response, resolution } } }).catch(() => undefined);
  };
  return (
    <li className={`card${f.respondedAt ? '' : ' unread'}`} aria-labelledby={`fb-${id}`}>
      <h3 id={`fb-${id}`}>
        {t(`feedbackKind.${f.kind}`)} · {f.sender.name}
      </h3>
      <p className="meta">
        <span>{formatDateTime(f.submittedAt, lang)}</span>
        {f.directive ? (
          <MetaItem label={t('about')}>{f.directive.title}（{t('version')} {f.directive.version}）</MetaItem>
        ) : null}
        {f.resolution ? <span className="badge done">{t(`resolution.${f.resolution}`)}</span> : <span className="badge pending">{t('unanswered')}</span>}
      </p>
      <p>{f.content}</p>
      {f.response ? (
        <p>
          <strong>{t('answer')}：</strong>
          {f.response} <span className="muted">{formatDateTime(f.respondedAt, lang)}</span>
        </p>
      ) : canAnswer ? (
        <form onSubmit={onRespond}>
          <label htmlFor={`fb-resp-${id}`}>{t('answer')}</label>
          <textarea id={`fb-resp-${id}`} value={response} onChange={(e) => setResponse(e.target.value)} required />
          <label htmlFor={`fb-res-${id}`}>{t('resolution')}</label>
          <select id={`fb-res-${id}`} value={resolution} onChange={(e) => setResolution(e.target.value as FeedbackResolution)}>
            {RESOLUTIONS.map((r) => (
              <option key={r} value={r}>
                {t(`resolution.${r}`)}
              </option>
            ))}
          </select>
          <FormEnd result={answered} userErrors={answered.data?.respondToFeedback.userErrors} submit={t('respond')} />
        </form>
      ) : null}
      {f.directive && canRevise ? (
        <div className="actions">
          <button type="button" aria-expanded={revising} onClick={() => setRevising(!revising)}>
            {t('reviseBecause')}
          </button>
        </div>
      ) : null}
      {revising && f.directive ? <ReviseForm feedbackId={id} directive={f.directive} /> : null}
    </li>
  );
}

function ReviseForm({ feedbackId, directive }: { feedbackId: string; directive: NonNullable<FeedbackItemFragment['directive']> }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(directive.title);
  const [content, setContent] = useState(directive.content);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [revise, result] = useMutation(ReviseDirectiveDocument);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void revise({ variables: { input: { directiveId: directive.id, causedByFeedbackId: feedbackId, title, content, idempotencyKey } } }).catch(() => undefined);
  };
  const revised = result.data?.reviseDirective.directive;
  return (
    <form onSubmit={onSubmit}>
      <label htmlFor={`rv-title-${feedbackId}`}>{t('reviseTitle')}</label>
      <input id={`rv-title-${feedbackId}`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor={`rv-content-${feedbackId}`}>{t('reviseContent')}</label>
      <textarea id={`rv-content-${feedbackId}`} value={content} onChange={(e) => setContent(e.target.value)} required />
      <FormEnd result={result} userErrors={result.data?.reviseDirective.userErrors} done={revised ? t('revised', { version: revised.version }) : null} submit={t('reviseBecause')} disabled={!!revised} />
    </form>
  );
}
