import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputIssue } from '../../../shared/dataset/types';
import { touch } from './cacheSweep';
import type { SourceFile } from './discoverFiles';

/** JSON arrays are parsed whole: refuse ones that would not fit comfortably in memory. */
const MAX_ARRAY_BYTES = 1024 * 1024 * 1024;

/** Bytes of the source file read so far while it is decompressed or converted. */
export interface ConvertProgress {
  phase: 'decompressing' | 'converting';
  bytesDone: number;
  bytesTotal: number;
}

export type OnConvertProgress = (p: ConvertProgress) => void;

export interface Prepared {
  /** The JSONL file to index: the source itself, or its converted copy. */
  dataPath: string;
  issues: InputIssue[];
  skip?: boolean;
}

function cacheName(f: SourceFile, suffix: string): string {
  return createHash('sha1').update(`${f.path}\u0000${f.size}\u0000${f.mtimeMs}`).digest('hex').slice(0, 24) + suffix;
}

/** Line number (1-based) of a byte/char position in a text. */
function lineAt(text: string, pos: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export async function firstByte(p: string): Promise<number | null> {
  const fh = await fs.open(p, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let i = bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    while (i < bytesRead && (buf[i] === 0x20 || buf[i] === 0x0a || buf[i] === 0x0d || buf[i] === 0x09)) i++;
    return i < bytesRead ? buf[i] : null;
  } finally {
    await fh.close();
  }
}

/** Reads a whole file, reporting bytes read (an array is parsed whole anyway; at most MAX_ARRAY_BYTES). */
async function readWithProgress(src: string, onRead: (bytes: number) => void): Promise<string> {
  const parts: Buffer[] = [];
  let done = 0;
  for await (const chunk of createReadStream(src) as AsyncIterable<Buffer>) {
    parts.push(chunk);
    onRead((done += chunk.length));
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Writes the elements of a JSON array file one per line (line n = element n). */
async function convertArray(src: string, f: SourceFile, out: string, issues: InputIssue[], onProgress?: OnConvertProgress): Promise<boolean> {
  const { size } = await fs.stat(src);
  if (size > MAX_ARRAY_BYTES) {
    issues.push({ file: f.relPath, line: 1, reason: `JSON array larger than 1 GB: convert it to JSONL (one record per line)` });
    return false;
  }
  const report = (bytesDone: number) => onProgress?.({ phase: 'converting', bytesDone, bytesTotal: size });
  report(0);
  const text = (await readWithProgress(src, report)).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    issues.push({ file: f.relPath, line: pos ? lineAt(text, Number(pos[1])) : 1, reason: `invalid JSON: ${msg}` });
    return false;
  }
  if (!Array.isArray(value)) {
    issues.push({ file: f.relPath, line: 1, reason: 'expected a JSON array of records (or one JSON object per line)' });
    return false;
  }
  await fs.writeFile(out, value.map((v) => JSON.stringify(v)).join('\n') + (value.length ? '\n' : ''));
  return true;
}

/**
 * Cuts a partly written file back to its last complete line and counts the
 * lines kept. After a failed gunzip the output may end inside a record, and
 * how much of the decoded tail reached the disk depends on timing (pipeline
 * drops the write stream's buffer on error), so the file itself is measured.
 */
async function keepCompleteLines(file: string): Promise<number> {
  let lines = 0;
  let offset = 0;
  let end = 0; // byte just after the last newline
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
      lines++;
      end = offset + i + 1;
    }
    offset += chunk.length;
  }
  if (end < offset) await fs.truncate(file, end);
  return lines;
}

export interface GunzipOptions {
  onProgress?: OnConvertProgress;
  /** Aborting stops the decompression (the dataset was closed); the part file is removed. */
  signal?: AbortSignal;
  /** The compressed bytes (default: the file itself; tests pass a throttled stream). */
  source?: (file: string) => Readable;
  /**
   * Called after each decoded block is on disk with the bytes written and
   * the end of the last complete line (just after its '\n'); decompression
   * waits for it, so the lines up to `completeEnd` can be indexed at once.
   */
  onWritten?: (file: string, written: number, completeEnd: number) => void | Promise<void>;
}

/**
 * Gunzips to `out`. A stream that ends early keeps the complete lines decoded
 * before the damage and reports one problem at the first line it lost, rather
 * than also a "truncated last line" for the record the damage cut in half.
 */
async function gunzip(f: SourceFile, out: string, issues: InputIssue[], opts: GunzipOptions = {}): Promise<void> {
  const { onProgress, onWritten, signal } = opts;
  let read = 0;
  // Counts compressed bytes as they leave the file: the share of the input decoded so far.
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      onProgress?.({ phase: 'decompressing', bytesDone: read, bytesTotal: f.size });
      done(null, chunk);
    },
  });
  onProgress?.({ phase: 'decompressing', bytesDone: 0, bytesTotal: f.size });
  // Each decoded chunk is written before the next is pulled, so when the
  // gzip data breaks off everything decoded before it is on disk (a write
  // stream at the end of pipeline would drop its buffer on the error).
  const sink = await fs.open(out, 'w');
  let failure: unknown = null;
  let written = 0;
  let completeEnd = 0;
  try {
    const source = opts.source ? opts.source(f.path) : createReadStream(f.path);
    await pipeline(
      source,
      meter,
      createGunzip(),
      async (decoded: AsyncIterable<Buffer>) => {
        for await (const chunk of decoded) {
          await writeAll(sink, chunk);
          const nl = chunk.lastIndexOf(0x0a);
          if (nl >= 0) completeEnd = written + nl + 1;
          written += chunk.length;
          await onWritten?.(out, written, completeEnd);
        }
      },
      signal ? { signal } : {},
    );
  } catch (err) {
    failure = err;
  } finally {
    await sink.close();
  }
  if (signal?.aborted) throw signal.reason ?? new Error('decompression cancelled');
  if (failure) {
    const lines = await keepCompleteLines(out).catch(() => 0);
    issues.push({
      file: f.relPath,
      line: lines + 1,
      reason: `gzip data is damaged or ends early (${(failure as Error).message}); the ${lines} lines decoded before it are loaded`,
    });
  }
}

/** Writes the whole buffer: one write may take only part of it (a write stream loops the same way). */
async function writeAll(sink: fs.FileHandle, chunk: Buffer): Promise<void> {
  for (let at = 0; at < chunk.length; ) {
    const { bytesWritten } = await sink.write(chunk, at);
    if (bytesWritten === 0) throw new Error('could not write the decompressed data');
    at += bytesWritten;
  }
}

/** A private part file: two datasets converting the same source at once must not write into each other. */
function partFor(out: string): string {
  return `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
}

/** The issues a finished conversion saved beside `out`, or null when it has not finished (marked as used). */
async function cachedIssues(out: string): Promise<{ ok: boolean; issues: InputIssue[] } | null> {
  const issuesFile = out + '.issues.json';
  const cached = await fs.readFile(issuesFile, 'utf8').catch(() => null);
  if (!cached) return null;
  await Promise.all([touch(out), touch(issuesFile)]); // last use, for the cache sweep
  return JSON.parse(cached) as { ok: boolean; issues: InputIssue[] };
}

/**
 * Runs a conversion once; later calls reuse its output and the issues it
 * reported. The output is written to a private part file and renamed when
 * complete, then the issues file marks it as finished: a conversion that
 * fails or is cancelled leaves nothing a later open would take as complete.
 */
async function once(out: string, issues: InputIssue[], convert: (part: string, found: InputIssue[]) => Promise<boolean>): Promise<boolean> {
  const saved = await cachedIssues(out);
  if (saved) {
    issues.push(...saved.issues);
    return saved.ok;
  }
  const found: InputIssue[] = [];
  const part = partFor(out);
  let ok = false;
  try {
    ok = await convert(part, found);
  } catch (err) {
    await fs.rm(part, { force: true });
    throw err;
  }
  if (ok) await fs.rename(part, out);
  else await fs.rm(part, { force: true });
  await fs.writeFile(out + '.issues.json', JSON.stringify({ ok, issues: found }));
  issues.push(...found);
  return ok;
}

/** Whether `f` (a .jsonl.gz) still has to be decompressed: no finished copy in `convertDir`. */
export async function needsDecompressing(f: SourceFile, convertDir: string): Promise<boolean> {
  if (f.kind !== 'jsonl.gz') return false;
  const out = path.join(convertDir, cacheName(f, '.jsonl'));
  return !(await fs.stat(out + '.issues.json').catch(() => null));
}

export interface Decompressed {
  /** The decompressed JSONL: the cached copy, or (`own`) this run's part file, which its dataset removes when closed. */
  dataPath: string;
  own: boolean;
  issues: InputIssue[];
}

/**
 * Decompresses a .jsonl.gz once (like `prepareFile`) while `opts.onWritten`
 * indexes what has landed. The part file being indexed keeps its name for
 * the dataset's life (workers and sample reads open it by path); the cached
 * copy is published as a hard link to it, so it appears only when complete.
 */
export async function decompressShared(f: SourceFile, convertDir: string, opts: GunzipOptions): Promise<Decompressed> {
  await fs.mkdir(convertDir, { recursive: true });
  const out = path.join(convertDir, cacheName(f, '.jsonl'));
  const saved = await cachedIssues(out);
  if (saved) return { dataPath: out, own: false, issues: saved.issues };
  const issues: InputIssue[] = [];
  const part = partFor(out);
  try {
    await gunzip(f, part, issues, opts);
  } catch (err) {
    await fs.rm(part, { force: true });
    throw err;
  }
  await publish(part, out);
  await fs.writeFile(out + '.issues.json', JSON.stringify({ ok: true, issues }));
  return { dataPath: part, own: true, issues };
}

/** Makes `out` a complete copy of `part` without moving `part` (a hard link, or a copy where links are not supported). */
async function publish(part: string, out: string): Promise<void> {
  try {
    await fs.link(part, out);
  } catch (err) {
    // Another dataset finished the same source first: its copy is the same bytes.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return;
    const tmp = partFor(out);
    await fs.copyFile(part, tmp);
    await fs.rename(tmp, out);
  }
}

/**
 * Makes a file indexable as JSONL: `.jsonl.gz` is decompressed and JSON
 * arrays (`.json`, or a `.jsonl` that holds an array) are rewritten one
 * element per line, once, into `convertDir` (reused while the source is
 * unchanged). `skip` means nothing in the file can be indexed (issues say why).
 */
export async function prepareFile(f: SourceFile, convertDir: string, onProgress?: OnConvertProgress): Promise<Prepared> {
  const issues: InputIssue[] = [];
  await fs.mkdir(convertDir, { recursive: true });
  let src = f.path;
  if (f.kind === 'jsonl.gz') {
    src = path.join(convertDir, cacheName(f, '.jsonl'));
    await once(src, issues, async (part, found) => {
      await gunzip(f, part, found, { onProgress });
      return true;
    });
  }
  return prepareDecoded(f, src, convertDir, issues, onProgress);
}

/** The rest of `prepareFile` once the file is plain text at `src`: empty file, JSON array, a .json that is no dataset. */
export async function prepareDecoded(f: SourceFile, src: string, convertDir: string, issues: InputIssue[], onProgress?: OnConvertProgress): Promise<Prepared> {
  const first = await firstByte(src);
  if (first === null) {
    issues.push({ file: f.relPath, line: 1, reason: 'empty file: no records', severity: 'warning' });
    return { dataPath: src, issues, skip: true };
  }
  if (first === 0x5b /* [ */) {
    const out = path.join(convertDir, cacheName(f, '.array.jsonl'));
    const ok = await once(out, issues, async (part, found) => {
      if (f.kind !== 'json') found.push({ file: f.relPath, line: 1, reason: 'a JSON array where JSONL was expected: read as an array (line = element number)', severity: 'warning' });
      return convertArray(src, f, part, found, onProgress);
    });
    return { dataPath: out, issues, skip: !ok };
  }
  if (f.kind === 'json') {
    // A .json file that is not an array: one record on one line is fine; anything else is not a dataset.
    const head = await fs.readFile(src, 'utf8').catch(() => '');
    const oneLine = head.trim().indexOf('\n') < 0;
    if (!oneLine) {
      issues.push({ file: f.relPath, line: 1, reason: 'not a dataset file: expected a JSON array of records or one record per line', severity: 'warning' });
      return { dataPath: src, issues, skip: true };
    }
  }
  return { dataPath: src, issues };
}
