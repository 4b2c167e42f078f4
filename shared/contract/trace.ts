import { z } from 'zod';
import type { StructuredTrace } from '../trace/types';
import { request } from './define';

/** A structured trace as `trace:run` answers it. */
export type TraceRunResult = StructuredTrace & {
  /** Wall-clock time of the tracer run (of the original run when cached). */
  durationMs: number;
  /** True when the result came from the content-hash cache (memory or disk). */
  cached: boolean;
  /** The interpreter used, e.g. `/usr/bin/python3 (3.11.7)`; empty when none was found. */
  python: string;
};

/** Which Python runs the tracer, or why none can. */
export type PythonInfo =
  | { ok: true; path: string; executable: string; version: string; warning?: string }
  | { ok: false; error: string; tried: string[] };

export const traceRunArgs = z
  .object({
    code: z.string().max(1_000_000),
    tests: z.array(z.string().max(200_000)).min(1).max(50),
    entry_point: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/).max(200).optional(),
    /** Run untraced before the program: imports it expects, such as LeetCode's implicit ones. */
    setup: z.string().max(200_000).optional(),
    timeoutMs: z.number().int().min(100).max(120_000).optional(),
    maxSteps: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

export const traceRequests = {
  /** Run code against tests in the sandboxed Python tracer (cached by content hash). Limits become outcomes, not errors. */
  'trace:run': request<TraceRunResult>()(traceRunArgs),
  /** The result `trace:run` would give from its cache for the same arguments, or null: never runs Python (re-opening a traced sample). */
  'trace:cached': request<TraceRunResult | null>()(traceRunArgs),
  /** The interpreter the tracer would use (the configured path, else python3, else python), or whether `path` itself works. */
  'trace:python': request<PythonInfo>()(z.object({ path: z.string().min(1).max(4096).optional() }).strict()),
};
