import { isUtf8 } from 'node:buffer';
import { fstatSync, openSync, closeSync } from 'node:fs';
import { adapterByName, isFacetError, recordAccess, scanAccess, type RowFacets } from '../../../../shared/dataset/adapters';
import { newScanOut, scanRecord } from '../../../../shared/dataset/scan/scanRecord';
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
  const spec = job.strict ? null : adapter.spec;
  const out = newScanOut();
  const reader = new LineReader(job.path, job.start, job.end, size, maxLine);
  let batch = new BatchBuilder(job.jobId, job.firstBatch);
  let relLine = 0;
  let lastFlush = Date.now();
  const firstLineStart = reader.position;

  const flush = () => {
    emit(batch.finish(reader.position - firstLineStart, relLine));
    batch = new BatchBuilder(job.jobId, BATCH_RECORDS);
    lastFlush = Date.now();
  };
  const issue = (i: RawIssue) => batch.issues.push(i);

  try {
    for (let line = reader.next(); line; line = reader.next(), relLine++) {
      if (line.tooLong) {
        issue({ relLine, reason: `line longer than ${Math.round(maxLine / 1048576)} MB: skipped`, excerpt: excerpt(line) });
        continue;
      }
      const { buf, s, e } = line;
      let k = s;
      while (k < e && (buf[k] === 0x20 || buf[k] === 0x09 || buf[k] === 0x0d)) k++;
      if (k === e) continue; // blank lines are allowed between records
      let facets: RowFacets | null = null;
      if (spec && scanRecord(buf, s, e, spec, out)) {
        const f = adapter.facets(scanAccess(out), ctx);
        if (f && isFacetError(f)) {
          issue({ relLine, reason: f.error, excerpt: excerpt(line) });
          continue;
        }
        facets = f;
      }
      if (!facets) {
        const bytes = buf.subarray(s, e);
        if (!isUtf8(bytes)) {
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
      } else if (!isUtf8(buf.subarray(s, e))) {
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
