import type { z } from 'zod';

/**
 * A request the UI makes of the backend. `args` is validated at runtime by
 * both transports; `result` exists only in the type system (the backend is
 * trusted, the caller is not).
 */
export interface RequestDef<A extends z.ZodType = z.ZodType, R = unknown> {
  readonly args: A;
  readonly __result?: R;
}

/** An event the backend pushes to every connected UI. */
export interface EventDef<P = unknown> {
  readonly __payload?: P;
}

/** `request<Result>()(argsSchema)`: curried so that Result is explicit and A is inferred. */
export const request =
  <R>() =>
  <A extends z.ZodType>(args: A): RequestDef<A, R> => ({ args });

export const event = <P>(): EventDef<P> => ({});
