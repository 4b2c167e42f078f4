import { RpcError } from '../../shared/contract';
import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';

type TraceHandlers = Pick<Handlers, 'trace:run' | 'trace:python'>;

/** Thin: Settings supply the limits a request leaves out; the service does the rest. */
export function createTraceHandlers(_ctx: BackendContext, services: Pick<Services, 'trace' | 'settings'>): TraceHandlers {
  return {
    'trace:run': async (args) => {
      const python = await services.trace.python();
      // A missing interpreter is the one failure the user must fix outside the sample: say so as an error.
      if (!python.ok) throw new RpcError('unavailable', python.error, python.tried);
      const limits = services.settings.get().trace;
      return services.trace.run({
        code: args.code,
        tests: args.tests,
        entry_point: args.entry_point,
        setup: args.setup,
        timeoutMs: args.timeoutMs ?? limits.timeoutMs,
        maxSteps: args.maxSteps ?? limits.maxSteps,
        maxReprChars: limits.maxReprChars,
        memoryMB: limits.memoryMB,
      });
    },
    'trace:python': ({ path }) => services.trace.python(path),
  };
}
