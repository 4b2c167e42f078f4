import { describe, expect, it } from 'vitest';
import type { IndexProgress } from '../../../../shared/contract';
import { isLaterSummary } from './summaryMerge';
import { makeSummary } from './testing/summaries';

const at = (bytesDone: number, phase?: IndexProgress['phase']) =>
  makeSummary({ state: 'indexing', records: 0, progress: { bytesDone, bytesTotal: 1000, records: 0, rateMBs: 1, etaSeconds: 1, elapsedMs: 1, ...(phase ? { phase } : {}) } });

describe('isLaterSummary', () => {
  it('puts indexing after decompression, though decompression has counted more (compressed) bytes', () => {
    expect(isLaterSummary(at(10, 'indexing'), at(900, 'decompressing'))).toBe(true);
    expect(isLaterSummary(at(900, 'decompressing'), at(10, 'indexing'))).toBe(false);
    expect(isLaterSummary(at(10), at(900, 'converting'))).toBe(true);
  });

  it('within one phase, more bytes is later', () => {
    expect(isLaterSummary(at(500, 'decompressing'), at(100, 'decompressing'))).toBe(true);
    expect(isLaterSummary(at(100, 'indexing'), at(500, 'indexing'))).toBe(false);
  });
});
