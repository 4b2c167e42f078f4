import { describe, expect, it } from 'vitest';
import { describeProgress, formatBytes, formatCompact, formatCount, formatEta, progressPercent } from './format';

describe('format', () => {
  it('groups counts and picks readable byte units', () => {
    expect(formatCount(100000)).toBe('100,000');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 * 1024 * 1024)).toBe('3.0 GB');
  });

  it('says how long is left, or that it is still estimating', () => {
    expect(formatEta(null)).toBe('estimating…');
    expect(formatEta(12.4)).toBe('12 s left');
    expect(formatEta(185)).toBe('3 min 5 s left');
    expect(formatEta(3720)).toBe('1 h 2 min left');
  });

  it('describes indexing progress on one line and never shows 100% early', () => {
    const p = { bytesDone: 999, bytesTotal: 1000, records: 1234, rateMBs: 118.26, etaSeconds: 1, elapsedMs: 10 };
    expect(progressPercent(p)).toBe(99);
    expect(describeProgress(p)).toBe('99% · 118.3 MB/s · 1,234 records · 1 s left');
    expect(progressPercent({ ...p, bytesTotal: 0 })).toBe(0);
  });

  it('names the file being decompressed, without a record count before any is indexed', () => {
    const p = { bytesDone: 34, bytesTotal: 100, records: 0, rateMBs: 120, etaSeconds: 8, elapsedMs: 3000, phase: 'decompressing' as const, file: 'HumanEval.jsonl.gz' };
    expect(describeProgress(p)).toBe('Decompressing HumanEval.jsonl.gz — 34% · 120.0 MB/s · 8 s left');
    expect(describeProgress({ ...p, phase: 'converting', file: 'runs/a.json', etaSeconds: null })).toBe('Converting runs/a.json — 34% · 120.0 MB/s · estimating…');
    expect(describeProgress({ ...p, phase: 'indexing', file: undefined })).toBe('34% · 120.0 MB/s · 0 records · 8 s left');
  });

  it('says how many records are ready to browse while the rest is still decompressed', () => {
    const p = { bytesDone: 34, bytesTotal: 100, records: 12345, rateMBs: 120, etaSeconds: 8, elapsedMs: 3000, phase: 'decompressing' as const, file: 'big.jsonl.gz' };
    expect(describeProgress(p)).toBe('Decompressing big.jsonl.gz — 34% · 120.0 MB/s · 8 s left · 12,345 records ready');
  });

  it('abbreviates lengths for narrow rows', () => {
    expect(formatCompact(999)).toBe('999');
    expect(formatCompact(1234)).toBe('1.2k');
    expect(formatCompact(45_000)).toBe('45k');
    expect(formatCompact(2_500_000)).toBe('2.5M');
  });
});
