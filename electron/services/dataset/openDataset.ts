import type { DatasetSummary, IndexProgress } from '../../../shared/contract/dataset';
import type { ConvertProgress } from './convert';
import type { FieldMapping } from '../../../shared/dataset/adapters';
import type { PathFacts } from '../../../shared/dataset/pathInfer';
import type { InputIssue, Task } from '../../../shared/dataset/types';
import { Columns } from './columns';
import type { SourceFile } from './discoverFiles';
import type { RawIssue } from './worker/protocol';

export interface FileEntry {
  source: SourceFile;
  /** The JSONL actually indexed (the source, or its decompressed / converted copy). */
  dataPath: string;
  dataSize: number;
  /** Adapter name; null when the file is skipped (empty, unrecognised, unreadable). */
  adapter: string | null;
  fields: string[];
  pathFacts: PathFacts;
  records: number;
  skipped: number;
  /** Lines not covered by chunks (files restored from the cache). */
  lines: number;
  /** Hash of the last 4 KB indexed, to recognise a file that only grew. */
  tail?: string;
}

export interface Chunk {
  file: number;
  start: number;
  end: number;
  /** Lines that start in the chunk, once scanned. */
  lines: number | null;
  /** Lines scanned so far (progress while `lines` is unknown). */
  linesSeen: number;
  bytesDone: number;
}

/**
 * The state of one opened dataset: its files, the column index (growing
 * while workers scan), and the issues found. Indexing, querying and sample
 * reading live in their own modules and work on this object.
 */
export class OpenDataset {
  state: DatasetSummary['state'] = 'indexing';
  error?: string;
  files: FileEntry[] = [];
  chunks: Chunk[] = [];
  columns = new Columns();
  /** File-level issues (conversion, empty file, unrecognised fields, problems.jsonl). */
  fileIssues: InputIssue[] = [];
  rawIssues: Array<{ chunk: number; issue: RawIssue }> = [];
  /** Issues kept for listing are capped (a file of garbage must not fill memory); the rest are only counted. */
  static readonly MAX_ISSUES = 100_000;
  droppedErrors = 0;
  /** Rows below this hold absolute lines in the `line` column; later ones are relative to their chunk. */
  resolvedRows = 0;
  /** Chunks are not numbered in file order (bytes were appended to a file): order rows by `chunkRank`. */
  appended = false;
  problems = new Map<string, Task>();
  fromCache = false;
  startedAt = Date.now();
  elapsedMs = 0;
  bytesTotal = 0;
  /** Bytes already indexed when this (re)indexing started: appends measure their rate from here. */
  bytesAtStart = 0;
  /** Bumped whenever rows are added or derived columns change: query caches key on it. */
  generation = 0;
  unrecognised: { file: string; fields: string[] }[] = [];
  /** Set while a source file is decompressed or converted, before indexing starts: progress reports it. */
  conversion: (ConvertProgress & { file: string; startedAt: number }) | null = null;
  /** Chunk count of an index restored from the cache (its `chunk` column still orders rows). */
  restoredChunks = 0;
  private fileOrderCache: { generation: number; order: Uint32Array } | null = null;

  constructor(
    readonly id: string,
    readonly root: string,
    readonly name: string,
    readonly mapping: FieldMapping | null,
    readonly mappingText: string | null,
  ) {}

  /**
   * 1-based first line of each chunk, or -1 while an earlier chunk of its
   * file is still unscanned. A file's chunks are in offset order in `chunks`
   * (chunks for bytes appended later come after every other file's).
   */
  chunkFirstLines(): Int32Array {
    const first = new Int32Array(this.chunks.length);
    const next = this.files.map((f) => 1 + f.lines);
    for (let k = 0; k < this.chunks.length; k++) {
      const c = this.chunks[k];
      first[k] = next[c.file];
      next[c.file] = next[c.file] < 0 || c.lines === null ? -1 : next[c.file] + c.lines;
    }
    return first;
  }

  /** 1-based line of row r in its file (0 while not yet known). */
  lineOf(r: number): number {
    const rel = this.columns.cols.line[r];
    if (r < this.resolvedRows) return rel;
    const first = this.chunkFirstLines()[this.columns.cols.chunk[r]];
    return first < 0 ? 0 : first + rel;
  }

  /** Lines seen so far in every file (blank and skipped lines included). */
  totalLines(): number {
    return this.files.reduce((n, f) => n + f.lines, 0) + this.chunks.reduce((n, c) => n + (c.lines ?? c.linesSeen), 0);
  }

  /** Every issue with its file and absolute line, in file order (lines still unknown are left out); cached per generation. */
  issues(): InputIssue[] {
    const key = `${this.generation}:${this.fileIssues.length}:${this.rawIssues.length}`;
    if (this.issuesCache?.key !== key) this.issuesCache = { key, list: this.collectIssues() };
    return this.issuesCache.list;
  }

  private issuesCache: { key: string; list: InputIssue[] } | null = null;

  private collectIssues(): InputIssue[] {
    const first = this.chunkFirstLines();
    const out: InputIssue[] = [...this.fileIssues];
    for (const { chunk, issue } of this.rawIssues) {
      if (first[chunk] < 0) continue;
      const file = this.files[this.chunks[chunk].file].source.relPath;
      out.push({ file, line: first[chunk] + issue.relLine, reason: issue.reason, ...(issue.excerpt ? { excerpt: issue.excerpt } : {}), ...(issue.severity ? { severity: issue.severity } : {}) });
    }
    const fileRank = new Map(this.files.map((f, i) => [f.source.relPath, i]));
    return out.sort((a, b) => (fileRank.get(a.file) ?? -1) - (fileRank.get(b.file) ?? -1) || a.line - b.line);
  }

  /** Row ids in file order (`index` sort), cached per generation. */
  fileOrder(): Uint32Array {
    if (this.fileOrderCache?.generation !== this.generation) {
      const chunks = Math.max(1, this.chunks.length, this.restoredChunks);
      this.fileOrderCache = { generation: this.generation, order: this.columns.fileOrder(chunks, this.appended ? this.chunkRank() : undefined) };
    }
    return this.fileOrderCache.order;
  }

  /** Each chunk's position when chunks are sorted by (file, start offset). */
  chunkRank(): Uint32Array {
    const ids = this.chunks.map((_, k) => k).sort((a, b) => this.chunks[a].file - this.chunks[b].file || this.chunks[a].start - this.chunks[b].start);
    const rank = new Uint32Array(this.chunks.length);
    ids.forEach((k, i) => (rank[k] = i));
    return rank;
  }

  progress(): IndexProgress {
    if (this.conversion && this.state === 'indexing') return this.conversionProgress(this.conversion);
    let bytesDone = 0;
    for (const c of this.chunks) bytesDone += c.bytesDone;
    if (this.state !== 'indexing') bytesDone = this.bytesTotal;
    const elapsedMs = this.state === 'indexing' ? Date.now() - this.startedAt : this.elapsedMs;
    const rateMBs = elapsedMs > 0 ? (bytesDone - this.bytesAtStart) / 1048576 / (elapsedMs / 1000) : 0;
    const left = this.bytesTotal - bytesDone;
    return {
      bytesDone,
      bytesTotal: this.bytesTotal,
      records: this.columns.count,
      rateMBs,
      etaSeconds: this.state !== 'indexing' ? 0 : rateMBs > 0 ? left / 1048576 / rateMBs : null,
      elapsedMs,
      phase: 'indexing',
    };
  }

  /** Progress through the file being converted: its own bytes, rate and time left (indexing follows). */
  private conversionProgress(c: NonNullable<OpenDataset['conversion']>): IndexProgress {
    const now = Date.now();
    const seconds = (now - c.startedAt) / 1000;
    const rateMBs = seconds > 0 ? c.bytesDone / 1048576 / seconds : 0;
    const left = Math.max(0, c.bytesTotal - c.bytesDone);
    return {
      bytesDone: c.bytesDone,
      bytesTotal: c.bytesTotal,
      records: this.columns.count,
      rateMBs,
      etaSeconds: rateMBs > 0 && c.bytesDone > 0 ? left / 1048576 / rateMBs : null,
      elapsedMs: now - this.startedAt,
      phase: c.phase,
      file: c.file,
    };
  }

  summary(): DatasetSummary {
    const { count, cols, splits, models } = this.columns;
    const splitCounts = new Float64Array(splits.values.length);
    const modelCounts = new Float64Array(models.values.length);
    const iterCounts = new Map<number, number>();
    const passed = { passed: 0, failed: 0, unknown: 0 };
    const problems = new Uint8Array(this.columns.problems.values.length);
    let problemCount = 0;
    for (let r = 0; r < count; r++) {
      splitCounts[cols.split[r]]++;
      if (cols.model[r] >= 0) modelCounts[cols.model[r]]++;
      const it = cols.iteration[r];
      iterCounts.set(it, (iterCounts.get(it) ?? 0) + 1);
      const p = cols.passed[r];
      if (p === 1) passed.passed++;
      else if (p === 0) passed.failed++;
      else passed.unknown++;
      if (!problems[cols.problem[r]]) {
        problems[cols.problem[r]] = 1;
        problemCount++;
      }
    }
    const issues = this.fileIssues.filter((i) => i.severity !== 'warning').length + this.rawIssues.filter((i) => i.issue.severity !== 'warning').length + this.droppedErrors;
    return {
      id: this.id,
      path: this.root,
      name: this.name,
      state: this.state,
      ...(this.error ? { error: this.error } : {}),
      progress: this.progress(),
      records: count,
      revision: this.generation,
      skipped: issues,
      lines: this.totalLines(),
      files: this.files.map((f) => ({ path: f.source.path, relPath: f.source.relPath, bytes: f.source.size, records: f.records, skipped: f.skipped, adapter: f.adapter ?? 'none' })),
      facets: {
        splits: splits.values.map((value, i) => ({ value, count: splitCounts[i] })).filter((f) => f.count > 0).sort((a, b) => b.count - a.count),
        iterations: [...iterCounts].map(([value, c]) => ({ value, count: c })).sort((a, b) => a.value - b.value),
        models: models.values.map((value, i) => ({ value, count: modelCounts[i] })).filter((f) => f.count > 0).sort((a, b) => b.count - a.count),
        passed,
        problems: problemCount,
      },
      fromCache: this.fromCache,
      ...(this.unrecognised.length ? { unrecognised: this.unrecognised } : {}),
    };
  }
}
