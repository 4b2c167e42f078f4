import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { TraceRunResult } from '../../../shared/contract/trace';
import { structuredTraceSchema } from '../../../shared/trace/schema';
import { Lru } from './lru';
import { pruneCache } from './pruneCache';

/** Check the disk cache's size after this many writes. */
const PRUNE_EVERY = 100;

export type CachedTrace = Omit<TraceRunResult, 'cached'>;

/** sha256 of everything that decides a trace: the tracer's own source, the code, the tests and the limits. */
export function traceKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const cachedSchema = structuredTraceSchema.extend({ durationMs: z.number(), python: z.string() });

/** Results by content hash: an in-memory LRU in front of one JSON file per trace under `dir`. */
export class TraceCache {
  private memory: Lru<CachedTrace>;
  private writes = 0;

  constructor(
    private readonly dir: string | null,
    memoryEntries = 200,
    private readonly maxDiskBytes = 512 * 1024 * 1024,
  ) {
    this.memory = new Lru(memoryEntries);
  }

  private file(key: string): string {
    return join(this.dir!, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CachedTrace | undefined> {
    const hit = this.memory.get(key);
    if (hit || !this.dir) return hit;
    try {
      const checked = cachedSchema.safeParse(JSON.parse(await readFile(this.file(key), 'utf8')));
      if (!checked.success) return undefined; // a damaged or older file: trace again
      this.memory.set(key, checked.data);
      return checked.data;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: CachedTrace): Promise<void> {
    this.memory.set(key, value);
    if (!this.dir) return;
    const file = this.file(key);
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await writeFile(temp, JSON.stringify(value));
      await rename(temp, file); // atomic: a reader never sees half a file
      if (++this.writes % PRUNE_EVERY === 1) void pruneCache(this.dir, this.maxDiskBytes);
    } catch {
      // A cache that cannot be written only costs a re-trace later.
    }
  }
}
