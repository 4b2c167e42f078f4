import type { CodeLine } from './compareModel';

const marks = { same: ' ', added: '+', removed: '-' } as const;

/** Fixed code as a line diff against the baseline column ("+" added, "-" removed). */
export function CodeDiff({ lines }: { lines: CodeLine[] }) {
  return (
    <pre className="code-diff">
      {lines.map((l, i) =>
        l.kind === 'skipped' ? (
          <div key={i} className="diff-skipped">
            … {l.count} unchanged line{l.count === 1 ? '' : 's'}
          </div>
        ) : (
          <div key={i} className={`diff-line diff-${l.kind}`}>
            <span className="diff-mark" aria-hidden>
              {marks[l.kind]}
            </span>
            {l.text || ' '}
          </div>
        ),
      )}
    </pre>
  );
}
