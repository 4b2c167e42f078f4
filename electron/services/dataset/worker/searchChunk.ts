import { closeSync, openSync, readSync } from 'node:fs';
import type { SearchJob, SearchResult } from './protocol';

const BLOCK = 8 * 1024 * 1024;

/**
 * Finds every occurrence of the needles in [start, end) of a file. Blocks are
 * decoded as latin1 (one byte ↔ one char, so positions are file offsets) and
 * matched with a case-insensitive literal regex, which makes the search ASCII
 * case-insensitive without decoding UTF-8; needles are latin1 views of UTF-8
 * bytes too. Blocks overlap by the longest needle so no match is lost at a boundary.
 */
export function searchChunk(job: SearchJob): SearchResult {
  const hits: number[][] = job.needles.map(() => []);
  const longest = Math.max(1, ...job.needles.map((n) => n.length));
  const buf = Buffer.allocUnsafe(BLOCK + longest);
  // A case-insensitive literal regex over the latin1 text is about 3x faster than lower-casing each block.
  const patterns = job.needles.map((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'));
  // Checked between blocks (a few milliseconds each): a superseded search stops within one block.
  const cancel = job.cancel ? new Int32Array(job.cancel) : null;
  const fd = openSync(job.path, 'r');
  try {
    for (let pos = job.start; pos < job.end; pos += BLOCK) {
      if (cancel && Atomics.load(cancel, 0) !== 0) break;
      const want = Math.min(BLOCK + longest - 1, job.end + longest - 1 - pos);
      const n = readSync(fd, buf, 0, want, pos);
      if (n === 0) break;
      const text = buf.toString('latin1', 0, n);
      patterns.forEach((re, k) => {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          // A match starting in the overlap belongs to the next block.
          if (m.index >= BLOCK || pos + m.index >= job.end) break;
          hits[k].push(pos + m.index);
          re.lastIndex = m.index + 1;
        }
      });
    }
  } finally {
    closeSync(fd);
  }
  return { kind: 'hits', jobId: job.jobId, hits: hits.map((h) => Float64Array.from(h)) };
}

/** The latin1 view of a search term's UTF-8 bytes, in the forms JSON may store it (raw and \u-escaped). */
export function needlesFor(term: string): string[] {
  const lower = term.toLowerCase();
  const escaped = JSON.stringify(lower).slice(1, -1);
  const forms = new Set([escaped]);
  // Python's json.dumps escapes non-ASCII as \uXXXX by default.
  const asciiEscaped = escaped.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  forms.add(asciiEscaped);
  return [...forms].map((f) => Buffer.from(f, 'utf8').toString('latin1').toLowerCase());
}
