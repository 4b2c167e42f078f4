import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('names the dataset, the annotator and the minute, with path-unsafe characters replaced', () => {
    const name = exportFileName('runs/next v2', 'Ana María', 'csv', new Date('2026-03-04T05:06:59Z'));
    expect(name).toBe('labels-runs_next_v2-Ana_Mar_a-20260304-0506.csv');
  });

  it('says "all" when no annotator is chosen', () => {
    expect(exportFileName('demo', null, 'jsonl', new Date('2026-01-01T00:00:00Z'))).toBe('labels-demo-all-20260101-0000.jsonl');
  });
});
