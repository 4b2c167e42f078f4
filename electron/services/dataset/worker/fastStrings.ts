import { isAscii } from 'node:buffer';
import { jsonStringLength } from '../../../../shared/dataset/scan/scanRecord';

/**
 * JS length of raw JSON string content: for ASCII text (checked natively)
 * it is the byte count minus what escapes add; otherwise the byte loop.
 */
export function fastStringLength(buf: Uint8Array, s: number, e: number): number {
  const sub = buf.subarray(s, e);
  if (!isAscii(sub)) return jsonStringLength(buf, s, e);
  let n = e - s;
  for (let p = sub.indexOf(0x5c); p >= 0; p = sub.indexOf(0x5c, p)) {
    if (sub[p + 1] === 0x75) {
      n -= 5; // \uXXXX: six bytes, one UTF-16 unit
      p += 6;
    } else {
      n -= 1; // \n, \", \\ ...: two bytes, one character
      p += 2;
    }
  }
  return n;
}

/** Native decoding of plain ASCII bytes: one allocation per string. */
export const fastLatin1 = (buf: Uint8Array, s: number, e: number): string => (buf as Buffer).toString('latin1', s, e);
