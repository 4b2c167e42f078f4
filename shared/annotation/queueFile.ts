import { z } from 'zod';
import type { SampleKey } from '../dataset/types';
import { sampleId, sampleKeySchema } from './label';
import type { QueueItem, QueueSpec } from './queue';

/**
 * A shared queue file: the spec plus the drawn keys, so that a second
 * annotator can rebuild the queue from the same seed and check that the
 * result is identical (same dataset, same draw) before labelling.
 */
export type QueueFileSpec = Pick<QueueSpec, 'name' | 'seed' | 'query' | 'stratifyBy' | 'perStratum' | 'overlap' | 'annotators'>;

const fileSchema = z.object({
  format: z.literal('tracelens.queue'),
  name: z.string().min(1).max(100),
  seed: z.string().min(1),
  query: z.string(),
  stratifyBy: z.array(z.enum(['split', 'iteration', 'model', 'passed'])),
  perStratum: z.number().int().min(1),
  overlap: z.number().int().min(0),
  annotators: z.array(z.string()),
  keys: z.array(sampleKeySchema),
});

export function queueFile(spec: QueueFileSpec, items: readonly QueueItem[]): string {
  const { name, seed, query, stratifyBy, perStratum, overlap, annotators } = spec;
  return JSON.stringify({ format: 'tracelens.queue', name, seed, query, stratifyBy, perStratum, overlap, annotators, keys: items.map((i) => i.key) }, null, 2);
}

export function parseQueueFile(text: string): { spec: QueueFileSpec; keys: SampleKey[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not JSON: expected a queue file saved with "Save spec"' };
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) return { error: `not a Tracelens queue file (${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).slice(0, 3).join('; ')})` };
  const { keys, format: _f, ...spec } = parsed.data;
  return { spec, keys };
}

/** How a rebuilt queue compares with the shared one: identical, or how many items differ. */
export function compareWithShared(built: readonly QueueItem[], shared: readonly SampleKey[]): { identical: boolean; missing: number; extra: number } {
  const want = shared.map(sampleId);
  const have = built.map((i) => i.sampleId);
  const wantSet = new Set(want);
  const haveSet = new Set(have);
  const missing = want.filter((id) => !haveSet.has(id)).length;
  const extra = have.filter((id) => !wantSet.has(id)).length;
  return { identical: missing === 0 && extra === 0 && want.every((id, i) => have[i] === id), missing, extra };
}
