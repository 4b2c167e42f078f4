import { isUtf8 } from 'node:buffer';
import type { Line, LineReader } from './lineReader';

/**
 * UTF-8 validation a buffer at a time instead of a line at a time: the
 * buffered bytes up to the last newline are checked once (newlines never
 * occur inside a multi-byte character, so the split is exact); only when that
 * fails are lines checked one by one.
 */
export function utf8Checker(reader: LineReader): (line: Line) => boolean {
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

/** 1-based position near the first invalid byte: binary search for the longest valid prefix. */
export function firstBadByte(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (isUtf8(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
