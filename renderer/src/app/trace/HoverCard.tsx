import type { Hit } from './interaction';

interface Props {
  hit: Hit;
  x: number;
  y: number;
  maxX: number;
}

const MAX_VALUE = 80;

const cut = (s: string) => (s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s);

/** Tooltip for the event or lane value under the pointer. */
export function HoverCard({ hit, x, y, maxX }: Props) {
  const style = { left: Math.min(x + 12, Math.max(0, maxX - 260)), top: y + 14 };
  if (hit.kind === 'lane') {
    return (
      <div className="tl-hover" role="tooltip" style={style}>
        <div>
          <b>{hit.lane.label}</b> = <code>{cut(hit.value)}</code>
        </div>
        <div className="tl-hover-muted">
          steps {hit.start}–{hit.end - 1}
        </div>
      </div>
    );
  }
  const e = hit.event;
  const changed = Object.entries(e.changed);
  return (
    <div className="tl-hover" role="tooltip" style={style}>
      <div>
        <b>step {e.step}</b> · line {e.line}
        {e.func ? ` · ${e.func}` : ''}
        {e.kind !== 'line' ? ` · ${e.kind}` : ''}
      </div>
      {changed.length > 0 ? (
        <div className="tl-hover-vars">
          {changed.map(([k, v]) => (
            <div key={k}>
              <code>
                {k}={cut(v)}
              </code>
            </div>
          ))}
        </div>
      ) : (
        <div className="tl-hover-muted">no variable changed</div>
      )}
      {e.returnValue !== undefined && (
        <div>
          returns <code>{cut(e.returnValue)}</code>
        </div>
      )}
      {e.exception && (
        <div className="error-text">
          {e.exception.type}: {cut(e.exception.message)}
        </div>
      )}
    </div>
  );
}
