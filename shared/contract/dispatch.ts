import { isRequestName, requests, type ParsedArgsOf, type RequestName, type ResultOf } from './index';
import { RpcError, type Envelope } from './errors';

/** Who is calling: handlers use it to push progress to the caller only, or to check roots. */
export interface CallContext {
  transport: 'ipc' | 'http';
}

export type Handler<N extends RequestName> = (args: ParsedArgsOf<N>, ctx: CallContext) => Promise<ResultOf<N>> | ResultOf<N>;
/** One handler per request: the compiler refuses a contract entry without one. */
export type Handlers = { [N in RequestName]: Handler<N> };

/**
 * The transport-independent core of every call: check the name, validate the
 * arguments against the contract, run the handler, and turn any failure into
 * a typed error envelope. It never throws, so no malformed call can crash the
 * backend.
 */
export async function dispatch(handlers: Handlers, name: unknown, rawArgs: unknown, ctx: CallContext): Promise<Envelope<unknown>> {
  if (!isRequestName(name)) {
    return { ok: false, error: { code: 'bad-request', message: `Unknown request: ${String(name).slice(0, 100)}` } };
  }
  const parsed = requests[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`);
    return { ok: false, error: { code: 'bad-request', message: `Invalid arguments for ${name}`, details } };
  }
  try {
    const handler = handlers[name] as (args: unknown, ctx: CallContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof RpcError) return { ok: false, error: err.toShape() };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${message}` } };
  }
}
