import type { Change } from 'diff';

/** A rationale with the words added relative to the baseline marked, and the removed ones struck through. */
export function WordDiff({ parts }: { parts: Change[] }) {
  return (
    <p className="word-diff">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="diff-added">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="diff-removed">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}
