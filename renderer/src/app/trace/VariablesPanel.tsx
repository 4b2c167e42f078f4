import { useMemo, useState } from 'react';
import { buildStateIndex, eventsProblem, stateAtStep, type VariableState } from '../../../../shared/trace/cursor';
import type { TestTrace } from '../../../../shared/trace/types';
import './trace.css';

export interface VariablesPanelProps {
  trace: TestTrace;
  step: number | null;
  /** Values longer than this are cut with an expand button. */
  maxValueLength?: number;
}

/**
 * The program state at the cursor, debugger-style: the executing frame first,
 * then its callers; names the current step assigned are marked.
 */
export function VariablesPanel({ trace, step, maxValueLength = 120 }: VariablesPanelProps) {
  const index = useMemo(() => buildStateIndex(trace.events), [trace]);
  const state = useMemo(() => stateAtStep(trace.events, step, index), [trace, step, index]);
  const problem = useMemo(() => eventsProblem(trace.events), [trace]);
  if (problem) {
    return (
      <div className="variables-panel" data-testid="variables-panel">
        <div className="vp-empty error-text" role="alert">
          Cannot show variables: {problem}.
        </div>
      </div>
    );
  }
  if (step === null || !state.event) {
    return (
      <div className="variables-panel" data-testid="variables-panel">
        <div className="vp-empty">Pick a step on the timeline to see the variables.</div>
      </div>
    );
  }
  const e = state.event;
  const frames = [...state.frames].reverse();
  return (
    <div className="variables-panel" data-testid="variables-panel">
      <div className="vp-event">
        step {step} · line {e.line}
        {e.kind === 'return' && e.returnValue !== undefined && (
          <>
            {' '}· returns <Value value={e.returnValue} max={maxValueLength} />
          </>
        )}
      </div>
      {e.exception && e.step === step && (
        <div className="vp-event error-text">
          {e.exception.type}: {e.exception.message}
        </div>
      )}
      {frames.map((f, i) => (
        <section key={f.depth} className="vp-frame" aria-label={`frame ${f.func}`}>
          <div className="vp-frame-head">
            <span className={i === 0 ? 'vp-current' : undefined}>{f.func}</span>
            {i === 0 && frames.length > 1 && <span>(executing)</span>}
          </div>
          {f.variables.length === 0 ? (
            <div className="vp-empty">no variables yet</div>
          ) : (
            <dl className="vp-vars">
              {f.variables.map((v) => (
                <Variable key={v.name} v={v} max={maxValueLength} />
              ))}
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}

function Variable({ v, max }: { v: VariableState; max: number }) {
  const cls = v.changed ? 'is-changed' : undefined;
  return (
    <>
      <dt className={cls} title={v.changed ? 'changed at this step' : `set at step ${v.setAtStep}`} data-changed={v.changed || undefined}>
        {v.name}
      </dt>
      <dd className={cls}>
        <Value value={v.value} max={max} />
        {v.truncated && <span className="vp-note" title="The tracer cut this repr to its configured length">(cut by tracer)</span>}
      </dd>
    </>
  );
}

/** Even expanded, a value is shown up to this many characters: a 1 MB repr must not freeze the panel. */
const EXPANDED_MAX = 20_000;

function Value({ value, max }: { value: string; max: number }) {
  const [open, setOpen] = useState(false);
  const long = value.length > max;
  const shown = !long ? value : !open ? `${value.slice(0, max)}…` : value.length > EXPANDED_MAX ? value.slice(0, EXPANDED_MAX) : value;
  return (
    <>
      <code className={`vp-value${long && !open ? ' is-cut' : ''}`}>{shown}</code>
      {open && value.length > EXPANDED_MAX && (
        <span className="vp-note">… {value.length - EXPANDED_MAX} more characters not shown</span>
      )}
      {long && (
        <button type="button" className="vp-expand" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'less' : `more (${value.length} chars)`}
        </button>
      )}
    </>
  );
}
