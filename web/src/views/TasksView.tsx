import { useQuery, useSubscription } from '@apollo/client/react';
import { ErrorNote } from '../components/Errors';
import { MetaItem } from '../components/MetaItem';
import { currentFiscalYear, formatDateTime } from '../format';
import { TaskActivityDocument, TasksDocument, type TaskItemFragment } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useViewer } from '../viewer';

/** The tasks executed in the caller's subtree as a tree, overdue first on every level, with the year's roll-up. */
export default function TasksView() {
  const { t } = useI18n();
  const viewer = useViewer()!;
  const year = currentFiscalYear();
  const tasks = useQuery(TasksDocument, { variables: { under: viewer.body.code, year } });
  // Any event about a task the body executes or assigned (report, overdue, verification…) may move the roll-up too: read both again.
  useSubscription(TaskActivityDocument, { onData: () => void tasks.refetch().catch(() => undefined) });
  const list = tasks.data?.tasks.edges.map((e) => e.node) ?? [];
  const rollup = tasks.data?.taskRollup;
  return (
    <>
      <ErrorNote error={tasks.error} />
      {tasks.loading && !tasks.data ? <p>{t('loading')}</p> : null}
      {rollup ? (
        <section aria-labelledby="rollup-heading">
          <h2 id="rollup-heading">{t('rollup', { year: rollup.year })}</h2>
          <dl className="figures">
            <div className="figure">
              <dt>{t('rollupTotal')}</dt>
              <dd>{rollup.total}</dd>
            </div>
            <div className="figure">
              <dt>{t('rollupOverdue')}</dt>
              <dd>{rollup.overdue}</dd>
            </div>
            <div className="figure">
              <dt>{t('rollupAverage')}</dt>
              <dd>{rollup.averageProgress}%</dd>
            </div>
            <div className="figure">
              <dt>{t('rollupVerified')}</dt>
              <dd>{rollup.averageVerifiedProgress}%</dd>
            </div>
            {rollup.byStatus.map((s) => (
              <div className="figure" key={s.status}>
                <dt>{t(`taskStatus.${s.status}`)}</dt>
                <dd>{s.count}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {tasks.data && list.length === 0 ? <p>{t('noneYet')}</p> : null}
      {list.length ? (
        <section aria-labelledby="tree-heading">
          <h2 id="tree-heading">{t('taskTree')}</h2>
          <TaskList tasks={roots(list)} all={list} root />
        </section>
      ) : null}
    </>
  );
}

/** Tasks whose parent is not in the list (or who have none) are the tree's roots. */
function roots(list: readonly TaskItemFragment[]): TaskItemFragment[] {
  const ids = new Set(list.map((task) => task.id));
  return list.filter((task) => !task.parent || !ids.has(task.parent.id));
}

/** Overdue first; otherwise the hub's order (earliest deadline first) stands, the sort being stable. */
function overdueFirst(list: readonly TaskItemFragment[]): TaskItemFragment[] {
  return [...list].sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

function TaskList({ tasks, all, root }: { tasks: readonly TaskItemFragment[]; all: readonly TaskItemFragment[]; root?: boolean }) {
  return (
    <ul className={root ? 'tree tree-root tasks' : 'tree'}>
      {overdueFirst(tasks).map((task) => (
        <TaskNode key={task.id} task={task} all={all} />
      ))}
    </ul>
  );
}

function TaskNode({ task, all }: { task: TaskItemFragment; all: readonly TaskItemFragment[] }) {
  const { t, lang } = useI18n();
  const children = all.filter((c) => c.parent?.id === task.id);
  const labelId = `task-${task.id}`;
  return (
    <li className="task" data-overdue={task.overdue}>
      <div className="task-row">
        <span id={labelId} className="task-title">
          {task.title}
        </span>
        {/* The hub's exact Percentage string is shown and announced as is: no float round trip. */}
        <div className="bar" role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={task.progress as unknown as number} aria-valuetext={`${task.progress}%`}>
          <div className="bar-fill" style={{ width: `${task.progress}%` }} />
        </div>
        <span className="pct">{task.progress}%</span>
        <span className="meta">
          <MetaItem label={t('executor')}>{task.executor.name}</MetaItem>
          <MetaItem label={t('deadline')}>{formatDateTime(task.deadline, lang)}</MetaItem>
          <span>{t(`taskStatus.${task.status}`)}</span>
          {task.overdue ? <span className="badge overdue">{task.daysOverdue ? t('daysOverdue', { days: task.daysOverdue }) : t('overdue')}</span> : null}
        </span>
      </div>
      {children.length ? <TaskList tasks={children} all={all} /> : null}
    </li>
  );
}
