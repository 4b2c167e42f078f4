import { promises as fs } from 'node:fs';
import { detectAdapter } from '../../../shared/dataset/adapters';
import { newScanOut, scanRecord } from '../../../shared/dataset/scan/scanRecord';

export interface Detection {
  /** Built-in adapter name, or null when no built-in adapter recognises the fields. */
  adapter: string | null;
  /** Top-level fields of the first readable record (for the mapping form). */
  fields: string[];
}

const HEAD = 1024 * 1024;
const MAX_HEAD = 64 * 1024 * 1024;
const NO_KEYS = { wanted: new Set<string>(), counted: new Set<string>(), collectKeys: true };

function keysOf(buf: Buffer, s: number, e: number): string[] | null {
  const out = newScanOut();
  if (scanRecord(buf, s, e, NO_KEYS, out)) return out.keys;
  try {
    const v = JSON.parse(buf.toString('utf8', s, e));
    return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : null;
  } catch {
    return null;
  }
}

/**
 * Recognises a JSONL file's format from its first readable records (the
 * first 20 lines, reading further only for a very long first line).
 */
export async function detectFile(dataPath: string): Promise<Detection> {
  return (await detectHead(dataPath, Infinity))!;
}

/**
 * `detectFile` on a file still being written whose first `final` bytes are
 * complete lines: the same answer `detectFile` gives once the file is
 * complete, or null while the bytes so far cannot tell.
 */
export async function detectHead(dataPath: string, final: number): Promise<Detection | null> {
  const fh = await fs.open(dataPath, 'r');
  try {
    let size = HEAD;
    for (;;) {
      const buf = Buffer.alloc(size);
      const { bytesRead } = await fh.read(buf, 0, Math.min(size, final), 0);
      // The read stopped at `final`, not at the end of the file: more lines may follow.
      const cut = final < size && bytesRead >= final;
      let start = bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      let sawCompleteLine = false;
      let tries = 0;
      for (; tries < 20 && start < bytesRead; tries++) {
        let end = buf.indexOf(0x0a, start);
        const complete = end >= 0 && end < bytesRead;
        if (!complete) {
          if (bytesRead === size && size < MAX_HEAD) break; // the line goes on: read more
          if (cut) return null;
          end = bytesRead;
        }
        sawCompleteLine ||= complete;
        const keys = keysOf(buf, start, end);
        if (keys && keys.length) return { adapter: detectAdapter(keys), fields: keys };
        start = end + 1;
      }
      if (cut && tries < 20) return null;
      if (sawCompleteLine || bytesRead < size || size >= MAX_HEAD) return { adapter: null, fields: [] };
      size *= 4;
    }
  } finally {
    await fh.close();
  }
}
