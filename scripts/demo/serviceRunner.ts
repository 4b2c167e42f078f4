import { defaultResourcesDir, TraceService } from '../../electron/services/trace';
import type { StructuredTrace, TraceOutcome } from '../../shared/trace/types';
import type { TraceRunner } from './runner';

// Outcomes that say more about the machine's load than about the program.
const TRANSIENT: TraceOutcome[] = ['timeout', 'error'];

/**
 * The project's TraceService (electron/services/trace) behind the generator's
 * TraceRunner. The demo programs are tiny, so a timeout or tracer error means
 * a busy machine: retry, and refuse to write a dataset built on one.
 */
export function createServiceRunner(opts: { resourcesDir?: string; attempts?: number; concurrency?: number } = {}): TraceRunner {
  const service = new TraceService({ resourcesDir: opts.resourcesDir ?? defaultResourcesDir(), cacheDir: null, concurrency: opts.concurrency ?? 2 });
  const attempts = opts.attempts ?? 3;
  return {
    async trace(code, tests) {
      let last = '';
      for (let i = 0; i < attempts; i++) {
        const result = await service.run({ code, tests, timeoutMs: 20_000 });
        const bad = result.tests.find((t) => TRANSIENT.includes(t.outcome));
        if (!bad) {
          // Only the trace itself: timings, cache flag and interpreter path differ between machines.
          const trace: StructuredTrace = { format: result.format, code: result.code, tests: result.tests };
          if (result.warnings?.length) trace.warnings = result.warnings;
          return trace;
        }
        last = `${bad.outcome}: ${bad.message ?? ''}`;
      }
      throw new Error(`the tracer could not run a demo program (${last})\n${code}`);
    },
    async python() {
      const info = await service.python();
      if (!info.ok) throw new Error(info.error);
      return info.version;
    },
    dispose: () => service.dispose(),
  };
}
