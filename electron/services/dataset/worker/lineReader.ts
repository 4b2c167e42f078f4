import { closeSync, openSync, readSync } from 'node:fs';

/** Lines longer than this are reported and skipped rather than buffered (V8 strings stop near 512 MB). */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;
const BLOCK = 4 * 1024 * 1024;

export interface Line {
  /** File offset of the first byte. */
  offset: number;
  /** The line is buf[s, e), without its newline (and without a trailing CR). */
  buf: Buffer;
  s: number;
  e: number;
  /** The file ended before a newline: possibly a truncated record. */
  unterminated: boolean;
  /** Longer than MAX_LINE_BYTES: skipped, `buf` holds only its start. */
  tooLong: boolean;
}

/**
 * Reads the lines that start in [start, end) of a file with synchronous
 * block reads (worker threads only). A range not starting at 0 begins after
 * the first newline at or after start - 1, so that adjacent ranges share no
 * line. A UTF-8 byte-order mark at offset 0 is skipped.
 */
export class LineReader {
  private fd: number;
  private buf = Buffer.allocUnsafe(BLOCK);
  private bufStart = 0; // file offset of buf[0]
  private bufLen = 0;
  private eof = false;
  private pos: number; // file offset of the next line start
  private readonly fileEnd: number;
  private readonly line: Line = { offset: 0, buf: this.buf, s: 0, e: 0, unterminated: false, tooLong: false };
  /** Changes whenever buffered bytes move or are replaced (see `utf8Checker`). */
  gen = 0;

  constructor(
    path: string,
    start: number,
    private readonly end: number,
    fileSize: number,
    private readonly maxLine = MAX_LINE_BYTES,
  ) {
    this.fd = openSync(path, 'r');
    this.fileEnd = fileSize;
    this.pos = start;
    this.bufStart = start;
    if (start > 0) {
      this.bufStart = start - 1;
      this.pos = this.findNewlineFrom(start - 1);
    } else {
      this.fill();
      if (this.bufLen >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
    }
  }

  /** File offset just after the first newline at or after `from` (or end of file). */
  private findNewlineFrom(from: number): number {
    this.bufStart = from;
    this.bufLen = 0;
    this.eof = false;
    for (;;) {
      this.fill();
      const nl = this.buf.indexOf(0x0a, 0);
      if (nl >= 0 && nl < this.bufLen) return this.bufStart + nl + 1;
      if (this.eof) return this.fileEnd;
      this.bufStart += this.bufLen;
      this.bufLen = 0;
    }
  }

  /** Reads more bytes after the buffered ones; returns false at end of file. */
  private fill(): boolean {
    if (this.eof) return false;
    this.gen++;
    if (this.bufLen === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.bufLen);
      this.buf = bigger;
    }
    const n = readSync(this.fd, this.buf, this.bufLen, this.buf.length - this.bufLen, this.bufStart + this.bufLen);
    if (n === 0) this.eof = true;
    this.bufLen += n;
    return n > 0;
  }

  /** Drops consumed bytes so the buffer holds the line starting at `pos`. */
  private compact(): void {
    const keep = this.pos - this.bufStart;
    if (keep <= 0) return;
    this.gen++;
    this.buf.copy(this.buf, 0, keep, this.bufLen);
    this.bufLen -= keep;
    this.bufStart = this.pos;
  }

  /** Index in `buf` just past the last buffered byte. */
  get bufferedEnd(): number {
    return this.bufLen;
  }

  get position(): number {
    return this.pos;
  }

  /** The next line; the returned object is reused by the following call. */
  next(): Line | null {
    if (this.pos >= this.end || this.pos >= this.fileEnd) return null;
    if (this.pos < this.bufStart || this.pos > this.bufStart + this.bufLen) {
      this.bufStart = this.pos;
      this.bufLen = 0;
      this.eof = false;
    }
    let searchFrom = this.pos - this.bufStart;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, searchFrom);
      if (nl >= 0 && nl < this.bufLen) return this.take(nl, false);
      if (this.eof) return this.bufStart + this.bufLen > this.pos ? this.take(this.bufLen, true) : null;
      this.compact();
      searchFrom = this.bufLen;
      if (this.bufLen >= this.maxLine) return this.skipLongLine();
      this.fill();
    }
  }

  private take(lineEnd: number, unterminated: boolean): Line {
    const s = this.pos - this.bufStart;
    if (lineEnd - s > this.maxLine) {
      // Whole line already buffered but over the limit: report it the same way as a streamed one.
      const head = Buffer.from(this.buf.subarray(s, s + 200));
      const offset = this.pos;
      this.pos = this.bufStart + lineEnd + 1;
      return { offset, buf: head, s: 0, e: head.length, unterminated, tooLong: true };
    }
    let e = lineEnd;
    if (e > s && this.buf[e - 1] === 0x0d) e--;
    // One Line object, rewritten for every line: no allocation per record.
    const line = this.line;
    line.offset = this.pos;
    line.buf = this.buf;
    line.s = s;
    line.e = e;
    line.unterminated = unterminated;
    line.tooLong = false;
    this.pos = this.bufStart + lineEnd + 1;
    return line;
  }

  private skipLongLine(): Line {
    const offset = this.pos;
    const head = Buffer.from(this.buf.subarray(0, 200));
    const next = this.findNewlineFrom(this.bufStart + this.bufLen);
    this.pos = next;
    this.bufStart = next;
    this.bufLen = 0;
    this.eof = false;
    return { offset, buf: head, s: 0, e: head.length, unterminated: false, tooLong: true };
  }

  close(): void {
    closeSync(this.fd);
  }
}
