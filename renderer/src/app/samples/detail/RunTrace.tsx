import type { TraceRunResult } from '../../../../../shared/contract';
import { useRunTraceStore } from './runTraceStore';

export interface RunTraceProps {
  runKey: string;
  code: string;
  tests: readonly string[];
  entryPoint?: string;
}

/** Outcome lines a researcher needs when the run did not give a normal trace (timeouts, syntax errors, limits). */
export function outcomeMessages(result: TraceRunResult): string[] {
  return result.tests
    .filter((t) => t.outcome !== 'ok' && t.outcome !== 'failed')
    .map((t) => `${t.test || 'program'}: ${t.message ?? t.outcome}${t.exception ? ` (${t.exception.type}${t.exception.message ? `: ${t.exception.message}` : ''})` : ''}`);
}

/** "Run & trace" for a sample without a trace: traces the buggy code on the task's tests in the sandboxed tracer. */
export function RunTrace({ runKey, code, tests, entryPoint }: RunTraceProps) {
  const state = useRunTraceStore((s) => s.runs[runKey]);
  const run = useRunTraceStore((s) => s.run);
  const why = !code.trim() ? 'there is no code to run' : tests.length === 0 ? 'there are no tests to run it on' : null;
  return (
    <div className="run-trace" data-testid="run-trace">
      <button
        type="button"
        data-testid="run-trace-button"
        disabled={why !== null || state?.state === 'running'}
        onClick={() => void run(runKey, { code, tests: [...tests].slice(0, 50), ...(entryPoint && /^[A-Za-z_][\w.]*$/.test(entryPoint) ? { entry_point: entryPoint } : {}) })}
      >
        {state?.state === 'running' ? 'Tracing…' : 'Run & trace'}
      </button>
      {why && <span className="run-trace-note"> Cannot trace: {why}.</span>}
      {state?.state === 'error' && (
        <p className="error-text" role="alert" data-testid="run-trace-error">
          {state.message}
        </p>
      )}
      {state?.state === 'done' && outcomeMessages(state.result).length > 0 && (
        <ul className="run-trace-outcomes" data-testid="run-trace-outcomes">
          {outcomeMessages(state.result).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
