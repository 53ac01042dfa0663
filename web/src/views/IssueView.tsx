import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { ErrorNote } from '../components/Errors';
import { FormEnd } from '../components/FormEnd';
import { DataTable, ListStatus } from '../components/Lists';
import { formatDateTime, shanghaiLocalToIso } from '../format';
import {
  IssueDirectiveDocument,
  IssuedDirectivesDocument,
  IssuerEventsDocument,
  SubtreeDocument,
  type IssuerEventsSubscription,
  type BodyKind,
  type DirectivePriority,
  type Level,
  type SubtreeQuery,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { useResumableStream } from '../live';
import { hasRole, useViewer } from '../viewer';

const LEVELS: Level[] = ['PROVINCIAL', 'MUNICIPAL', 'COUNTY'];
const KINDS: BodyKind[] = ['GOVERNMENT', 'DEPARTMENT', 'REFORM_OFFICE', 'LEADING_GROUP', 'SPECIAL_GROUP', 'LEGAL_AFFAIRS', 'DISCIPLINE_INSPECTION', 'ORGANIZATION_DEPARTMENT', 'THIRD_PARTY', 'EXPERT_PANEL'];
const PRIORITIES: DirectivePriority[] = ['ROUTINE', 'IMPORTANT', 'URGENT'];
const issuerEventCursor = (d: IssuerEventsSubscription) => d.reformEvents.cursor;
// The cache applies each event's acknowledgement summary by itself.
const applied = () => undefined;

/** Issue a directive (LEAD) to bodies of the caller's own subtree, and follow its acknowledgements. */
export default function IssueView() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  return (
    <>
      {hasRole(viewer, 'LEAD') ? (
        <IssueForm />
      ) : (
        <p className="error" role="alert">
          {t('issueOnlyLead')}
        </p>
      )}
      <IssuedList />
    </>
  );
}

function IssueForm() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [priority, setPriority] = useState<DirectivePriority>('ROUTINE');
  const [mode, setMode] = useState<'explicit' | 'level'>('explicit');
  const [selected, setSelected] = useState<string[]>([]);
  const [audienceLevel, setAudienceLevel] = useState<Level>('MUNICIPAL');
  const [audienceKind, setAudienceKind] = useState<BodyKind>('GOVERNMENT');
  const [requiresAcknowledgement, setRequiresAck] = useState(true);
  const [acknowledgeBy, setAcknowledgeBy] = useState('');
  const [isPublic, setPublic] = useState(false);
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const [issue, result] = useMutation(IssueDirectiveDocument, { refetchQueries: [IssuedDirectivesDocument] });
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (mode === 'explicit' && selected.length === 0) return setMissing(true);
    setMissing(false);
    const r = await issue({
      variables: {
        input: {
          title,
          content,
          priority,
          requiresAcknowledgement,
          acknowledgeBy: requiresAcknowledgement && acknowledgeBy ? shanghaiLocalToIso(acknowledgeBy) : null,
          public: isPublic,
          idempotencyKey,
          ...(mode === 'explicit' ? { recipientCodes: selected } : { audienceLevel, audienceKind }),
        },
      },
    }).catch(() => null);
    if (r?.data?.issueDirective.directive) {
      setDone(r.data.issueDirective.directive.title);
      setTitle('');
      setContent('');
      setSelected([]);
      setKey(crypto.randomUUID()); // the next directive is a new one, not a repeat
    }
  };

  return (
    <form onSubmit={submit} aria-label={t('view.issue')}>
      <label htmlFor="d-title">{t('title')}</label>
      <input id="d-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      <label htmlFor="d-content">{t('content')}</label>
      <textarea id="d-content" value={content} onChange={(e) => setContent(e.target.value)} required />
      <label htmlFor="d-priority">{t('priority')}</label>
      <select id="d-priority" value={priority} onChange={(e) => setPriority(e.target.value as DirectivePriority)}>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`priority.${p}`)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('audience')}</legend>
        <label className="inline">
          <input type="radio" name="audience-mode" checked={mode === 'explicit'} onChange={() => setMode('explicit')} />
          {t('audienceExplicit')}
        </label>
        <label className="inline">
          <input type="radio" name="audience-mode" checked={mode === 'level'} onChange={() => setMode('level')} />
          {t('audienceLevel')}
        </label>
        {mode === 'explicit' ? (
          <SubtreePicker root={viewer.body.code} selected={selected} onChange={setSelected} />
        ) : (
          <>
            <label htmlFor="d-level">{t('filterLevel')}</label>
            <select id="d-level" value={audienceLevel} onChange={(e) => setAudienceLevel(e.target.value as Level)}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
            </select>
            <label htmlFor="d-kind">{t('filterKind')}</label>
            <select id="d-kind" value={audienceKind} onChange={(e) => setAudienceKind(e.target.value as BodyKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </>
        )}
      </fieldset>
      <div>
        <label className="inline">
          <input type="checkbox" checked={requiresAcknowledgement} onChange={(e) => setRequiresAck(e.target.checked)} />
          {t('requiresAcknowledgement')}
        </label>
      </div>
      {requiresAcknowledgement ? (
        <>
          <label htmlFor="d-ackby">{t('acknowledgeBy')}（UTC+8）</label>
          <input id="d-ackby" type="datetime-local" value={acknowledgeBy} onChange={(e) => setAcknowledgeBy(e.target.value)} />
        </>
      ) : null}
      <div>
        <label className="inline">
          <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} />
          {t('publicDirective')}
        </label>
      </div>
      {missing ? (
        <p className="error" role="alert">
          {t('chooseRecipients')}
        </p>
      ) : null}
      <FormEnd result={result} userErrors={result.data?.issueDirective.userErrors} done={done ? `${t('issued')} ${done}` : null} submit={t('issue')} />
    </form>
  );
}

type SubtreeBody = NonNullable<SubtreeQuery['bodies']['edges'][number]['node']>;
interface TreeNode {
  body: SubtreeBody;
  children: TreeNode[];
}

/** The caller's subtree as a tree of checkboxes, narrowed by level and kind (the hub filters). */
function SubtreePicker({ root, selected, onChange }: { root: string; selected: string[]; onChange(codes: string[]): void }) {
  const { t } = useI18n();
  const [level, setLevel] = useState<Level | ''>('');
  const [kind, setKind] = useState<BodyKind | ''>('');
  const subtree = useQuery(SubtreeDocument, { variables: { under: root, level: level || null, kind: kind || null } });
  const tree = useMemo(() => {
    const nodes = new Map<string, TreeNode>();
    for (const e of subtree.data?.bodies.edges ?? []) nodes.set(e.node.code, { body: e.node, children: [] });
    const tops: TreeNode[] = [];
    // A body whose parent is filtered out hangs at the top.
    for (const n of nodes.values()) ((n.body.parent && nodes.get(n.body.parent.code)?.children) ?? tops).push(n);
    return tops;
  }, [subtree.data]);
  const toggle = (code: string, on: boolean) => onChange(on ? [...selected, code] : selected.filter((c) => c !== code));
  const total = subtree.data?.bodies.totalCount ?? 0;
  const shown = subtree.data?.bodies.edges.length ?? 0;
  const render = (nodes: TreeNode[], top = false) => (
    <ul className={top ? 'tree tree-root' : 'tree'} aria-label={top ? t('subtree') : undefined}>
      {nodes.map((n) => (
        <li key={n.body.code}>
          <label className="inline">
            <input type="checkbox" name="recipient" value={n.body.code} checked={selected.includes(n.body.code)} onChange={(e) => toggle(n.body.code, e.target.checked)} />
            {n.body.name} <span className="code">{n.body.code}</span> <span className="muted">{t(`kind.${n.body.kind}`)}</span>
          </label>
          {n.children.length ? render(n.children) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <label htmlFor="tree-level">{t('filterLevel')}</label>
      <select id="tree-level" value={level} onChange={(e) => setLevel(e.target.value as Level | '')}>
        <option value="">{t('anyLevel')}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`level.${l}`)}
          </option>
        ))}
      </select>
      <label htmlFor="tree-kind">{t('filterKind')}</label>
      <select id="tree-kind" value={kind} onChange={(e) => setKind(e.target.value as BodyKind | '')}>
        <option value="">{t('anyKind')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
      <ErrorNote error={subtree.error} />
      <p className="muted">
        {t('selected')}: {selected.length ? selected.join('、') : '—'}
      </p>
      {shown < total ? <p className="muted">{t('showingFirst', { shown, total })}</p> : null}
      {render(tree, true)}
    </>
  );
}

function IssuedList() {
  const { t, lang } = useI18n();
  const viewer = useViewer()!;
  const issued = useQuery(IssuedDirectivesDocument, { variables: { code: viewer.body.code } });
  useResumableStream(IssuerEventsDocument, `issuer-events:${viewer.accountId}:${viewer.body.code}`, issuerEventCursor, applied);
  const list = issued.data?.body?.directivesIssued.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="issued-heading">
      <h2 id="issued-heading">{t('issuedDirectives')}</h2>
      <p className="muted">{t('progressNote')}</p>
      <ListStatus query={issued} count={list.length} />
      {list.length ? (
        <DataTable
          rows={list}
          rowKey={(d) => d.id}
          rowData={(d) => ({ 'data-issued': d.title })}
          columns={[
            {
              header: t('title'),
              cell: (d) => (
                <>
                  {d.title} {d.version > 1 ? <span className="muted">v{d.version}</span> : null}
                </>
              ),
            },
            { header: t('issuedAt'), cell: (d) => formatDateTime(d.issuedAt, lang) },
            { header: t('acknowledgeBy'), cell: (d) => (d.requiresAcknowledgement ? formatDateTime(d.acknowledgeBy, lang) : '—') },
            { header: t('progress'), cell: (d) => <IssuedProgress directive={d} /> },
          ]}
        />
      ) : null}
    </section>
  );
}

/** How many recipients acknowledged, of how many, and how many are overdue. */
function IssuedProgress({ directive: d }: { directive: { title: string; acknowledgementSummary: { total: number; acknowledged: number; overdue: number } } }) {
  const { t } = useI18n();
  const s = d.acknowledgementSummary;
  return (
    <>
      <progress max={Math.max(1, s.total)} value={s.acknowledged} aria-label={`${t('progress')}: ${d.title}`} />{' '}
      <span className="progress-text" data-acknowledged={s.acknowledged} data-total={s.total}>
        {t('ofTotal', { total: s.total, acknowledged: s.acknowledged, overdue: s.overdue })}
      </span>
    </>
  );
}
