import type { ImportConflict } from '../../../../shared/annotation/importPlan';
import { describeKey } from '../../../../shared/annotation/label';

interface Props {
  conflicts: ImportConflict[];
  onResolve(conflict: ImportConflict, choice: 'keep-local' | 'take-incoming'): void;
}

const show = (values: Record<string, string | null>, note: string) =>
  Object.entries(values)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .concat(note ? [`note: ${note}`] : [])
    .join('\n');

/** Same annotator, same sample, different judgement: the user decides each one; nothing is overwritten silently. */
export function ConflictList({ conflicts, onResolve }: Props) {
  if (conflicts.length === 0) return null;
  return (
    <div data-testid="import-conflicts">
      <h3>
        {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'} to resolve
      </h3>
      <div className="labels-row">
        <button onClick={() => conflicts.forEach((c) => onResolve(c, 'keep-local'))}>Keep all of mine</button>
        <button onClick={() => conflicts.forEach((c) => onResolve(c, 'take-incoming'))}>Take all from the file</button>
      </div>
      <table className="labels-table">
        <thead>
          <tr>
            <th>Sample · annotator</th>
            <th>Here</th>
            <th>In the file (line)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.local.id} data-testid="import-conflict">
              <td>
                {describeKey(c.local.key)} · {c.local.annotator}
              </td>
              <td className="conflict-values">
                {show(c.local.values, c.local.note)}
                {'\n'}
                <em>{c.local.updatedAt}</em>
              </td>
              <td className="conflict-values">
                {show(c.incoming.values, c.incoming.note)}
                {'\n'}
                <em>
                  {c.incoming.updatedAt} (line {c.line})
                </em>
              </td>
              <td>
                <button data-testid="conflict-keep" onClick={() => onResolve(c, 'keep-local')}>
                  Keep mine
                </button>
                <button data-testid="conflict-take" onClick={() => onResolve(c, 'take-incoming')}>
                  Take theirs
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
