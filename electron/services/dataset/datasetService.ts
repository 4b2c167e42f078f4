import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatasetSummary, IndexProgress, SampleDetail, SamplePage, StatsRow } from '../../../shared/contract/dataset';
import { computeStats } from '../../../shared/dataset/stats';
import type { InputIssue } from '../../../shared/dataset/types';
import { runGroundingPass } from './derived/backgroundPass';
import { discoverFiles, type Discovered, type SourceFile } from './discoverFiles';
import { sweepCache } from './cacheSweep';
import { cacheKey } from './indexCache';
import { restoreIndex, saveIndexOf } from './cachedIndex';
import { planAppend, planChunks, runIndex, type IndexRun } from './indexer';
import { grownFiles, recordTails } from './appendCheck';
import type { OpenDataset } from './openDataset';
import { createDataset, datasetIdFor, prepareFiles } from './prepareDataset';
import { anyToDecompress, streamFiles } from './streamFiles';
import type { LabelFilterHook } from './query/facetFilter';
import { QueryRunner, type QuerySpec } from './query/runQuery';
import { readSample } from './readSample';
import { watchFiles } from './watchFiles';
import { WorkerPool } from './workerPool';

export interface DatasetServiceOptions {
  /** `<userDataDir>/index-cache`; null disables the index cache (the CLI). */
  cacheDir: string | null;
  onProgress?: (datasetId: string, progress: IndexProgress) => void;
  onChanged?: (summary: DatasetSummary) => void;
  /** Worker count (default: one per core, at most 4). */
  workers?: number;
  /** Force the worker script (null = run jobs in-process). */
  workerScript?: string | null;
  /** JSON.parse every record (validate) instead of the fast scanner. */
  strict?: boolean;
  /** Start the worker pool at construction instead of on the first open. */
  eagerWorkers?: boolean;
  /** Re-index an open dataset when its files change on disk (the app; not the CLI). */
  watch?: boolean;
  /** Where a .jsonl.gz's compressed bytes come from (default: the file; tests throttle it). */
  gzipSource?: (file: string) => Readable;
  /** Decoded bytes per chunk while a .jsonl.gz is indexed as it is decompressed (tests use small ones). */
  streamChunkBytes?: number;
}

interface Entry {
  ds: OpenDataset;
  /** The files as discovered when this entry was opened (size, mtime), to notice changes. */
  files: Array<{ path: string; size: number; mtimeMs: number }>;
  runner: QueryRunner;
  done: Promise<void>;
  cancelled: boolean;
  /** Aborted when the dataset is closed: stops a decompression in progress. */
  abort: AbortController;
  /** Decompressed part files this dataset reads (see `decompressShared`): removed when it is closed. */
  ownFiles: string[];
  /** Index cache key of the files as last indexed. */
  key: string;
  /** For closing the least recently used dataset when too many are open. */
  lastUsed: number;
  unwatch?: () => void;
}

const PROGRESS_MS = 200;
/** Open datasets kept in memory at once (a million records take about 60 MB of columns). */
const MAX_OPEN = 6;
const CHANGED_MS = 1000;

/** Opens datasets, indexes them on a worker pool, caches indexes on disk, and answers queries. */
export class DatasetService {
  private entries = new Map<string, Entry>();
  private poolInstance: WorkerPool | null = null;
  private convertDir: string;
  private tempDir: string | null = null;
  /** Monotonic use counter for `closeLeastRecentlyUsed`. */
  private useTick = 0;
  /** Set by the labels work to evaluate `label:` filters. */
  labelFilter: LabelFilterHook | null = null;

  constructor(private readonly opts: DatasetServiceOptions) {
    if (opts.cacheDir) {
      this.convertDir = path.join(opts.cacheDir, 'converted');
      void sweepCache(opts.cacheDir);
    } else this.convertDir = this.tempDir = mkdtempSync(path.join(tmpdir(), 'tracelens-convert-'));
    // Start the workers now (app start-up), not when the first dataset is opened: their start-up
    // then never delays a first page. Idle workers are unref'd and cost a few MB each.
    if (opts.eagerWorkers) void this.pool;
  }

  get pool(): WorkerPool {
    return (this.poolInstance ??= new WorkerPool(this.opts.workers, this.opts.workerScript));
  }

  /**
   * Opens a file or folder and returns its summary as soon as the first rows
   * are indexed (or 300 ms have passed); indexing continues in the background.
   * An unchanged dataset that is already open is returned as is.
   */
  async open(input: string, mappingText: string | null = null): Promise<DatasetSummary> {
    const entry = await this.start(input, mappingText);
    const firstRows = new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if (entry.ds.columns.count > 0) {
          clearInterval(t);
          resolve();
        }
      }, 10);
      setTimeout(() => (clearInterval(t), resolve()), 300);
      entry.done.finally(() => (clearInterval(t), resolve()));
    });
    await firstRows;
    return entry.ds.summary();
  }

  /** Opens and waits for the full index (CLI, tests, benchmark). */
  async openAndWait(input: string, mappingText: string | null = null): Promise<OpenDataset> {
    const entry = await this.start(input, mappingText);
    await entry.done;
    return entry.ds;
  }

  private async start(input: string, mappingText: string | null): Promise<Entry> {
    const found = await discoverFiles(input);
    const id = datasetIdFor(found.root);
    const existing = this.entries.get(id);
    const files = [...found.files, ...found.problems];
    if (existing && existing.ds.mappingText === mappingText && sameFiles(existing.files, files)) return existing;
    if (existing && existing.ds.mappingText === mappingText && (await this.tryAppend(existing, found, files))) return existing;
    if (existing) this.close(existing);
    const ds = createDataset(found, mappingText);
    const key = cacheKey(found.root, files, mappingText);
    const entry: Entry = { ds, files, key, lastUsed: ++this.useTick, runner: new QueryRunner(ds, () => this.pool, () => this.labelFilter), done: Promise.resolve(), cancelled: false, abort: new AbortController(), ownFiles: [] };
    this.entries.set(id, entry);
    this.closeLeastRecentlyUsed();
    entry.done = this.load(entry, found, key).catch((err: Error) => {
      if (entry.cancelled) return;
      ds.state = 'error';
      ds.error = err.message;
      this.opts.onChanged?.(ds.summary());
    });
    if (this.opts.watch) {
      const paths = files.map((f) => f.path);
      if (paths.every((p) => p !== found.root)) paths.push(found.root); // a folder: notice added files
      entry.unwatch = watchFiles(paths, () => {
        if (entry.cancelled || this.entries.get(id) !== entry) return;
        // Re-open: unchanged files keep the entry as it is; changed ones re-index and emit dataset:changed.
        void entry.done.then(() => this.start(input, mappingText)).catch(() => undefined);
      });
    }
    return entry;
  }

  /**
   * Decompressing a large .jsonl.gz takes a while before indexing can start:
   * its progress is reported at its start and end and every PROGRESS_MS between.
   */
  private conversionReporter(ds: OpenDataset): () => void {
    let last = 0;
    return () => {
      const c = ds.conversion;
      const now = Date.now();
      if (!c || (c.bytesDone > 0 && c.bytesDone < c.bytesTotal && now - last < PROGRESS_MS)) return;
      last = now;
      this.opts.onProgress?.(ds.id, ds.progress());
    };
  }

  /**
   * Prepares and indexes the files. A .jsonl.gz not decompressed yet is
   * indexed while it is decompressed (rows appear at once, see
   * `streamFiles`); otherwise the files are prepared, then the index is
   * restored from the cache or built.
   */
  private async load(entry: Entry, found: Discovered, key: string): Promise<void> {
    const ds = entry.ds;
    if (await anyToDecompress(found, this.convertDir)) {
      const onConversion = this.conversionReporter(ds);
      await this.scan(entry, 0, (run) =>
        streamFiles(ds, found, run, {
          convertDir: this.convertDir,
          workers: this.pool.size,
          signal: entry.abort.signal,
          gzipSource: this.opts.gzipSource,
          chunkBytes: this.opts.streamChunkBytes,
          onConversion,
          onOwnFile: (file) => entry.ownFiles.push(file),
        }),
      );
      return;
    }
    await prepareFiles(ds, found, this.convertDir, this.conversionReporter(ds));
    await this.index(entry, key);
  }

  private async index(entry: Entry, key: string): Promise<void> {
    const ds = entry.ds;
    const cacheDir = this.opts.cacheDir;
    if (cacheDir && (await restoreIndex(ds, cacheDir, key))) {
      this.opts.onChanged?.(ds.summary());
      this.derive(entry, key);
      return;
    }
    planChunks(ds, this.pool.size);
    await this.scan(entry, 0);
  }

  /**
   * Scans chunks from `fromChunk` on and those `feed` adds meanwhile, with
   * progress, then marks the index ready, caches it and derives columns.
   */
  private async scan(entry: Entry, fromChunk: number, feed?: (run: IndexRun) => Promise<void>): Promise<void> {
    const ds = entry.ds;
    let lastChanged = 0;
    const progress = setInterval(() => this.opts.onProgress?.(ds.id, ds.progress()), PROGRESS_MS);
    try {
      await runIndex(
        ds,
        this.pool,
        {
          strict: !!this.opts.strict,
          onRows: () => {
            const now = Date.now();
            if (now - lastChanged > CHANGED_MS) {
              lastChanged = now;
              this.opts.onChanged?.(ds.summary());
            }
          },
        },
        fromChunk,
        feed,
      );
    } finally {
      clearInterval(progress);
    }
    if (entry.cancelled) return;
    ds.elapsedMs = Date.now() - ds.startedAt;
    ds.state = 'ready';
    this.opts.onProgress?.(ds.id, ds.progress());
    this.opts.onChanged?.(ds.summary());
    if (this.opts.watch) await recordTails(ds);
    if (this.opts.cacheDir) await saveIndexOf(ds, this.opts.cacheDir, entry.key).catch(() => undefined);
    this.derive(entry, entry.key);
  }

  /**
   * When files only grew (a training run appending to its JSONL), indexes
   * just the new bytes into the same index: row handles stay valid and a
   * multi-GB file is not read again. Anything else re-indexes from scratch.
   */
  private async tryAppend(entry: Entry, found: Discovered, files: SourceFile[]): Promise<boolean> {
    const ds = entry.ds;
    const problemsChanged = !sameFiles(entry.files.slice(ds.files.length), found.problems);
    const grown = await grownFiles(ds, found.files, problemsChanged);
    if (!grown || entry.cancelled) return false;
    const fromChunk = ds.chunks.length;
    ds.bytesAtStart = ds.bytesTotal;
    for (const g of grown) ds.files[g.file].source = g.source;
    planAppend(ds, grown);
    entry.files = files;
    entry.key = cacheKey(found.root, files, ds.mappingText);
    ds.state = 'indexing';
    ds.startedAt = Date.now();
    ds.generation++;
    this.opts.onChanged?.(ds.summary());
    entry.done = this.scan(entry, fromChunk).catch((err: Error) => {
      ds.state = 'error';
      ds.error = err.message;
      this.opts.onChanged?.(ds.summary());
    });
    return true;
  }

  /**
   * The derived-columns pass (grounding) after the index is ready, in the
   * background; its results are saved with the index so a reopen skips it.
   */
  private derive(entry: Entry, key: string): void {
    const { ds } = entry;
    const before = ds.generation;
    void runGroundingPass(ds, () => entry.cancelled, () => undefined).then(async () => {
      if (entry.cancelled || ds.generation === before) return;
      this.opts.onChanged?.(ds.summary());
      if (this.opts.cacheDir) await saveIndexOf(ds, this.opts.cacheDir, key).catch(() => undefined);
    });
  }

  /** The open dataset's entry (index, query runner), or undefined; counts as a use. */
  get(id: string): Entry | undefined {
    const e = this.entries.get(id);
    if (e) e.lastUsed = ++this.useTick;
    return e;
  }

  /** A page of a query's result; see `QueryRunner.rows` for `channel`. */
  async query(id: string, spec: QuerySpec, offset: number, limit: number, channel?: string): Promise<SamplePage> {
    return this.need(id).runner.page(spec, offset, limit, channel);
  }

  /** List position of dataset row `index` in the query's result, or null when it does not match. */
  async position(id: string, spec: QuerySpec, index: number): Promise<number | null> {
    const { rows } = await this.need(id).runner.rows(spec);
    const at = rows.indexOf(index);
    return at < 0 ? null : at;
  }

  async sample(id: string, index: number): Promise<SampleDetail> {
    const { ds } = this.need(id);
    if (index >= ds.columns.count) throw new RangeError(`no sample ${index}: the dataset has ${ds.columns.count} indexed records`);
    return readSample(ds, index);
  }

  issues(id: string, offset: number, limit: number): { total: number; issues: InputIssue[] } {
    const all = this.need(id).ds.issues();
    return { total: all.length, issues: all.slice(offset, offset + limit) };
  }

  async stats(id: string, query?: string): Promise<StatsRow[]> {
    const { ds, runner } = this.need(id);
    const rows = query ? (await runner.rows({ query })).rows : ds.fileOrder();
    const c = ds.columns.cols;
    return computeStats(
      {
        split: c.split,
        splitNames: ds.columns.splits.values,
        iteration: c.iteration,
        problem: c.problem,
        passed: c.passed,
        rationaleChars: c.rationaleChars,
        grounding: { consistent: c.gConsistent, contradicted: c.gContradicted, unverifiable: c.gUnverifiable },
      },
      rows,
    );
  }

  summary(id: string): DatasetSummary {
    return this.need(id).ds.summary();
  }

  /** The entry or a NotFound error the handlers turn into `not-found`. */
  need(id: string): Entry {
    const e = this.entries.get(id);
    if (!e) throw new DatasetNotFound(id);
    e.lastUsed = ++this.useTick;
    return e;
  }

  /** Each open dataset holds its index in memory: beyond MAX_OPEN, the least recently used one is closed. */
  private closeLeastRecentlyUsed(): void {
    while (this.entries.size > MAX_OPEN) {
      let oldest: [string, Entry] | null = null;
      for (const kv of this.entries) if (!oldest || kv[1].lastUsed < oldest[1].lastUsed) oldest = kv;
      const [id, e] = oldest!;
      this.close(e);
      this.entries.delete(id);
    }
  }

  /** Stops an entry's background work (a decompression is abandoned, its part file removed) and, once it has stopped, removes its own files. */
  private close(e: Entry): void {
    stop(e);
    void e.done.finally(() => removeFiles(e.ownFiles));
  }

  async dispose(): Promise<void> {
    const closing = [...this.entries.values()];
    closing.forEach(stop);
    this.entries.clear();
    await this.poolInstance?.dispose();
    // The workers are gone (a scan of a part file may never report back): remove the files now.
    await Promise.all(closing.map((e) => removeFiles(e.ownFiles)));
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/** Cancels an entry's indexing and decompression and stops watching its files. */
function stop(e: Entry): void {
  e.cancelled = true;
  e.abort.abort(new Error('dataset closed'));
  e.unwatch?.();
}

async function removeFiles(files: string[]): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(f, { force: true }).catch(() => undefined)));
}

export class DatasetNotFound extends Error {
  constructor(id: string) {
    super(`No open dataset ${id}: open it first`);
  }
}

function sameFiles(a: Array<{ path: string; size: number; mtimeMs: number }>, b: Array<{ path: string; size: number; mtimeMs: number }>): boolean {
  return a.length === b.length && a.every((f, i) => f.path === b[i].path && f.size === b[i].size && f.mtimeMs === b[i].mtimeMs);
}
