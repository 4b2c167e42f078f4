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
  const fh = await fs.open(dataPath, 'r');
  try {
    let size = HEAD;
    for (;;) {
      const buf = Buffer.alloc(size);
      const { bytesRead } = await fh.read(buf, 0, size, 0);
      let start = bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      let sawCompleteLine = false;
      for (let tries = 0; tries < 20 && start < bytesRead; tries++) {
        let end = buf.indexOf(0x0a, start);
        const complete = end >= 0 && end < bytesRead;
        if (!complete) {
          if (bytesRead === size && size < MAX_HEAD) break; // the line goes on: read more
          end = bytesRead;
        }
        sawCompleteLine ||= complete;
        const keys = keysOf(buf, start, end);
        if (keys && keys.length) return { adapter: detectAdapter(keys), fields: keys };
        start = end + 1;
      }
      if (sawCompleteLine || bytesRead < size || size >= MAX_HEAD) return { adapter: null, fields: [] };
      size *= 4;
    }
  } finally {
    await fh.close();
  }
}
