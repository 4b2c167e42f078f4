import type { Task } from '../../../../shared/dataset/types';

/** The problem every compared sample tries to repair: collapsed by default, one click away. */
export function TaskSummary({ task }: { task: Task }) {
  if (!task.description && !task.buggy_code && !task.tests?.length) return null;
  return (
    <details className="task-summary" data-testid="task-summary">
      <summary>Task{task.description ? `: ${task.description.split('\n')[0]!.slice(0, 120)}` : ''}</summary>
      {task.description && <p className="word-diff">{task.description}</p>}
      {task.buggy_code && (
        <>
          <h4>Buggy program</h4>
          <pre className="code-diff">{task.buggy_code}</pre>
        </>
      )}
      {task.tests && task.tests.length > 0 && (
        <>
          <h4>Tests</h4>
          <pre className="code-diff">{task.tests.join('\n')}</pre>
        </>
      )}
    </details>
  );
}
