import { closeSync, fstatSync, openSync } from 'node:fs';
import { adapterByName, isFacetError, recordAccess, scanAccess, type Adapter, type AdapterContext, type FieldAccess, type RowFacets } from '../../../../shared/dataset/adapters';
import { newScanOut, scanRecord, type ScanOut, type ScanSpec } from '../../../../shared/dataset/scan/scanRecord';
import { BatchBuilder } from './batchBuilder';
import { fastLatin1, fastStringLength } from './fastStrings';
import { LineReader, MAX_LINE_BYTES, type Line } from './lineReader';
import type { RawIssue, ScanBatch, ScanDone, ScanJob } from './protocol';
import { firstBadByte, utf8Checker } from './utf8';

const BATCH_RECORDS = 20_000;
const BATCH_MS = 150;

function excerpt(line: Line): string {
  return line.buf.toString('utf8', line.s, Math.min(line.e, line.s + 200));
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * The scan of one byte range. The hot path (`record`: scan, facets, append)
 * is kept small and apart from the rare ones (bad lines, JSON.parse
 * fallback, flushing), so V8 optimises it early and never has to throw it
 * away when a rare branch is first taken deep into a file.
 */
class ChunkScanner {
  private readonly adapter: Adapter;
  private readonly ctx: AdapterContext;
  private readonly spec: ScanSpec | null;
  private readonly out: ScanOut = newScanOut();
  private readonly scanned: FieldAccess;
  private readonly reader: LineReader;
  private readonly validUtf8: (line: Line) => boolean;
  private readonly firstLineStart: number;
  private batch: BatchBuilder;
  private relLine = 0;
  private lastFlush = Date.now();

  constructor(
    private readonly job: ScanJob,
    private readonly emit: (msg: ScanBatch | ScanDone) => void,
    private readonly maxLine: number,
  ) {
    const fd = openSync(job.path, 'r');
    const size = fstatSync(fd).size;
    closeSync(fd);
    this.adapter = adapterByName(job.adapter, job.mapping);
    this.ctx = { file: job.relPath, pathFacts: job.pathFacts };
    this.spec = job.strict || !this.adapter.spec ? null : { ...this.adapter.spec, stringLength: fastStringLength, ascii: fastLatin1 };
    this.scanned = scanAccess(this.out); // one accessor for the whole job: `out` is reused per record
    this.reader = new LineReader(job.path, job.start, job.end, size, maxLine);
    this.validUtf8 = utf8Checker(this.reader);
    this.firstLineStart = this.reader.position;
    this.batch = new BatchBuilder(job.jobId, job.firstBatch);
  }

  run(): void {
    try {
      for (let line = this.reader.next(); line; line = this.reader.next(), this.relLine++) {
        if (line.tooLong) this.tooLong(line);
        else if (this.record(line) && (this.batch.full || ((this.batch.count & 255) === 0 && Date.now() - this.lastFlush > BATCH_MS))) this.flush();
      }
    } finally {
      this.reader.close();
    }
    if (this.batch.count || this.batch.issues.length) this.flush();
    this.emit({ kind: 'done', jobId: this.job.jobId, lines: this.relLine, bytes: this.reader.position - this.firstLineStart });
  }

  /** Indexes one line; true when a row was added. */
  private record(line: Line): boolean {
    const { buf, s, e } = line;
    let facets: RowFacets | null = null;
    if (this.spec && scanRecord(buf, s, e, this.spec, this.out)) {
      const f = this.adapter.facets(this.scanned, this.ctx);
      if (f !== null && isFacetError(f)) return this.issue(line, f.error);
      facets = f;
    }
    if (facets === null) facets = this.parsed(line);
    else if (!this.validUtf8(line)) return this.issue(line, 'invalid UTF-8 in the line');
    if (facets === null) return false;
    this.batch.add(line.offset, e - s, this.relLine, facets);
    return true;
  }

  /** The precise path: JSON.parse, with an exact reason for whatever is wrong. */
  private parsed(line: Line): RowFacets | null {
    const { buf, s, e } = line;
    let k = s;
    while (k < e && (buf[k] === 0x20 || buf[k] === 0x09 || buf[k] === 0x0d)) k++;
    if (k === e) return null; // blank lines are allowed between records
    const bytes = buf.subarray(s, e);
    if (!this.validUtf8(line)) return this.issueNull(line, `invalid UTF-8 near byte ${firstBadByte(bytes)} of the line`);
    let record: unknown;
    try {
      record = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      const msg = (err as Error).message;
      return this.issueNull(line, line.unterminated ? `truncated last line: the file ends inside a record (${msg})` : `invalid JSON: ${msg}`);
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return this.issueNull(line, `expected a JSON object per line, found ${describe(record)}`);
    const f = this.adapter.facets(recordAccess(record as Record<string, unknown>), this.ctx);
    if (!f || isFacetError(f)) return this.issueNull(line, f ? f.error : 'record could not be read');
    if (this.job.strict) {
      // validate: also report fields of the wrong type (the record still loads, with defaults).
      for (const w of this.adapter.normalise(record as Record<string, unknown>, this.ctx).warnings) this.push({ relLine: this.relLine, reason: w, severity: 'warning' });
    }
    return f;
  }

  private tooLong(line: Line): void {
    const limit = this.maxLine >= 1048576 ? `${Math.round(this.maxLine / 1048576)} MB` : `${Math.round(this.maxLine / 1024)} KB`;
    this.issue(line, `line longer than ${limit}: skipped`);
  }

  private push(i: RawIssue): void {
    this.batch.issues.push(i);
  }

  private issue(line: Line, reason: string): false {
    this.push({ relLine: this.relLine, reason, excerpt: excerpt(line) });
    return false;
  }

  private issueNull(line: Line, reason: string): null {
    this.issue(line, reason);
    return null;
  }

  private flush(): void {
    this.emit(this.batch.finish(this.reader.position - this.firstLineStart, this.relLine));
    this.batch = new BatchBuilder(this.job.jobId, BATCH_RECORDS);
    this.lastFlush = Date.now();
  }
}

/**
 * Indexes the records of one byte range and hands batches of columns to
 * `emit` as they fill (the first one small, so a page can be served before
 * the rest is read). Every bad line becomes an issue; none stops the scan.
 */
export function scanChunk(job: ScanJob, emit: (msg: ScanBatch | ScanDone) => void, maxLine = MAX_LINE_BYTES): void {
  new ChunkScanner(job, emit, maxLine).run();
}
