import { z } from 'zod';
import type { StructuredTrace } from './types';

const exceptionSchema = z.object({ type: z.string(), message: z.string() });

export const traceEventSchema = z.object({
  step: z.number().int().min(0),
  line: z.number().int(),
  kind: z.enum(['call', 'line', 'return', 'exception']),
  func: z.string().optional(),
  changed: z.record(z.string(), z.string()),
  returnValue: z.string().optional(),
  exception: exceptionSchema.optional(),
  truncated: z.array(z.string()).optional(),
});

export const traceOutcomeSchema = z.enum(['ok', 'failed', 'exception', 'timeout', 'memory', 'step-limit', 'syntax-error', 'output-limit', 'error']);

export const testTraceSchema = z.object({
  test: z.string(),
  testLine: z.number().int().optional(),
  outcome: traceOutcomeSchema,
  passed: z.boolean(),
  events: z.array(traceEventSchema),
  truncated: z.boolean(),
  stdout: z.string(),
  exception: exceptionSchema.optional(),
  elidedLines: z.array(z.number().int()).optional(),
  message: z.string().optional(),
  durationMs: z.number().optional(),
});

/** Validates a structured trace from an untrusted source (the tracer process, a dataset record). */
export const structuredTraceSchema = z.object({
  format: z.literal('tracelens.trace/v1'),
  code: z.string(),
  tests: z.array(testTraceSchema),
  warnings: z.array(z.string()).optional(),
});

// Keeps the schema and the hand-written types from drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.infer<typeof structuredTraceSchema>, StructuredTrace> = true;
void schemaMatchesTypes;
