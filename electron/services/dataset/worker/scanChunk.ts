import { isUtf8 } from 'node:buffer';
import { fstatSync, openSync, closeSync } from 'node:fs';
import { adapterByName, isFacetError, recordAccess, scanAccess, type RowFacets } from '../../../../shared/dataset/adapters';
import { newScanOut, scanRecord } from '../../../../shared/dataset/scan/scanRecord';
import { fastLatin1, fastStringLength } from './fastStrings';
import { BatchBuilder } from './batchBuilder';
import { LineReader, MAX_LINE_BYTES, type Line } from './lineReader';
import type { RawIssue, ScanBatch, ScanDone, ScanJob } from './protocol';

const BATCH_RECORDS = 20_000;
const BATCH_MS = 150;


function excerpt(line: Line): string {
  return line.buf.toString('utf8', line.s, Math.min(line.e, line.s + 200));
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Indexes the records of one byte range and hands batches of columns to
 * `emit` as they fill (the first one small, so a page can be served before
 * the rest is read). Every bad line becomes an issue; none stops the scan.
 */
export function scanChunk(job: ScanJob, emit: (msg: ScanBatch | ScanDone) => void, maxLine = MAX_LINE_BYTES): void {
  const fd = openSync(job.path, 'r');
  const size = fstatSync(fd).size;
  closeSync(fd);
  const adapter = adapterByName(job.adapter, job.mapping);
  const ctx = { file: job.relPath, pathFacts: job.pathFacts };
  const spec = job.strict || !adapter.spec ? null : { ...adapter.spec, stringLength: fastStringLength, ascii: fastLatin1 };
  const out = newScanOut();
  const scanned = scanAccess(out); // one accessor for the whole job: `out` is reused per record
  const reader = new LineReader(job.path, job.start, job.end, size, maxLine);
  let batch = new BatchBuilder(job.jobId, job.firstBatch);
  let relLine = 0;
  let lastFlush = Date.now();
  const firstLineStart = reader.position;
  const validUtf8 = utf8Checker(reader);

  const flush = () => {
    emit(batch.finish(reader.position - firstLineStart, relLine));
    batch = new BatchBuilder(job.jobId, BATCH_RECORDS);
    lastFlush = Date.now();
  };
  const issue = (i: RawIssue) => batch.issues.push(i);

  try {
    for (let line = reader.next(); line; line = reader.next(), relLine++) {
      if (line.tooLong) {
        issue({ relLine, reason: `line longer than ${maxLine >= 1048576 ? `${Math.round(maxLine / 1048576)} MB` : `${Math.round(maxLine / 1024)} KB`}: skipped`, excerpt: excerpt(line) });
        continue;
      }
      const { buf, s, e } = line;
      if (buf[s] !== 0x7b || s === e) {
        let k = s;
        while (k < e && (buf[k] === 0x20 || buf[k] === 0x09 || buf[k] === 0x0d)) k++;
        if (k === e) continue; // blank lines are allowed between records
      }
      let facets: RowFacets | null = null;
      if (spec && scanRecord(buf, s, e, spec, out)) {
        const f = adapter.facets(scanned, ctx);
        if (f && isFacetError(f)) {
          issue({ relLine, reason: f.error, excerpt: excerpt(line) });
          continue;
        }
        facets = f;
      }
      if (!facets) {
        const bytes = buf.subarray(s, e);
        if (!validUtf8(line)) {
          issue({ relLine, reason: `invalid UTF-8 near byte ${firstBadByte(bytes)} of the line`, excerpt: excerpt(line) });
          continue;
        }
        let record: unknown;
        try {
          record = JSON.parse(bytes.toString('utf8'));
        } catch (err) {
          const msg = (err as Error).message;
          const reason = line.unterminated ? `truncated last line: the file ends inside a record (${msg})` : `invalid JSON: ${msg}`;
          issue({ relLine, reason, excerpt: excerpt(line) });
          continue;
        }
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
          issue({ relLine, reason: `expected a JSON object per line, found ${describe(record)}`, excerpt: excerpt(line) });
          continue;
        }
        const f = adapter.facets(recordAccess(record as Record<string, unknown>), ctx);
        if (!f || isFacetError(f)) {
          issue({ relLine, reason: f ? f.error : 'record could not be read', excerpt: excerpt(line) });
          continue;
        }
        facets = f;
        if (job.strict) {
          // validate: also report fields of the wrong type (the record still loads, with defaults).
          for (const w of adapter.normalise(record as Record<string, unknown>, ctx).warnings) issue({ relLine, reason: w, severity: 'warning' });
        }
      } else if (!validUtf8(line)) {
        issue({ relLine, reason: 'invalid UTF-8 in the line', excerpt: excerpt(line) });
        continue;
      }
      batch.add(line.offset, e - s, relLine, facets);
      if (batch.full || ((batch.count & 255) === 0 && Date.now() - lastFlush > BATCH_MS)) flush();
    }
  } finally {
    reader.close();
  }
  if (batch.count || batch.issues.length) flush();
  emit({ kind: 'done', jobId: job.jobId, lines: relLine, bytes: reader.position - firstLineStart });
}

/**
 * UTF-8 validation a buffer at a time instead of a line at a time: the
 * buffered bytes up to the last newline are checked once (newlines never
 * occur inside a multi-byte character, so the split is exact); only when that
 * fails are lines checked one by one.
 */
function utf8Checker(reader: LineReader): (line: Line) => boolean {
  let gen = -1;
  let okFrom = 0;
  let okTo = -1;
  let bad = false;
  return (line) => {
    if (gen !== reader.gen || line.s < okFrom || line.e > okTo) {
      gen = reader.gen;
      const end = line.buf.lastIndexOf(0x0a, reader.bufferedEnd - 1);
      okFrom = line.s;
      okTo = Math.max(end, line.e);
      bad = !isUtf8(line.buf.subarray(okFrom, okTo));
    }
    return bad ? isUtf8(line.buf.subarray(line.s, line.e)) : true;
  };
}

function firstBadByte(bytes: Buffer): number {
  // Binary search for the longest valid prefix: cheap, and good enough to point at the spot.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (isUtf8(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
