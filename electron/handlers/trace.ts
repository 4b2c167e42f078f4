import { RpcError } from '../../shared/contract';
import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import type { TraceRequest } from '../services/trace';

type TraceHandlers = Pick<Handlers, 'trace:run' | 'trace:cached' | 'trace:python'>;
type RunArgs = Parameters<Handlers['trace:run']>[0];

/** Thin: Settings supply the limits a request leaves out; the service does the rest. */
export function createTraceHandlers(_ctx: BackendContext, services: Pick<Services, 'trace' | 'settings'>): TraceHandlers {
  // The same request for a run and for a cache lookup, so that both find the same entry.
  const requestOf = (args: RunArgs): TraceRequest => {
    const limits = services.settings.get().trace;
    return {
      code: args.code,
      tests: args.tests,
      entry_point: args.entry_point,
      setup: args.setup,
      timeoutMs: args.timeoutMs ?? limits.timeoutMs,
      maxSteps: args.maxSteps ?? limits.maxSteps,
      maxReprChars: limits.maxReprChars,
      memoryMB: limits.memoryMB,
    };
  };
  return {
    'trace:run': async (args) => {
      const python = await services.trace.python();
      // A missing interpreter is the one failure the user must fix outside the sample: say so as an error.
      if (!python.ok) throw new RpcError('unavailable', python.error, python.tried);
      return services.trace.run(requestOf(args));
    },
    'trace:cached': (args) => services.trace.cached(requestOf(args)),
    'trace:python': ({ path }) => services.trace.python(path),
  };
}
