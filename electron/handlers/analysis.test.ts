import { describe, expect, it } from 'vitest';
import { columnsFromSamples } from '../../shared/analysis/columns';
import { dispatch, type Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import { createAnalysisService } from '../services/analysis/analysisService';
import { createAnalysisHandlers } from './analysis';

const columns = columnsFromSamples([
  { problem_id: 'a', split: 'dev', iteration: 0, sample_index: 0, passed: false },
  { problem_id: 'a', split: 'dev', iteration: 1, sample_index: 0, passed: true },
]);
const services = { analysis: createAnalysisService({ columns: (id) => (id === 'x' ? { columns, version: 1, indexing: false } : null) }) };
const handlers = createAnalysisHandlers({} as BackendContext, services) as unknown as Handlers;
const ctx = { transport: 'http' as const };

describe('analysis handlers', () => {
  it('apply the contract defaults (2,000 resamples, seed 1) to a paired comparison', async () => {
    const res = await dispatch(handlers, 'analysis:paired', { datasetId: 'x', a: 0, b: 1 }, ctx);
    expect(res).toMatchObject({ ok: true, value: { pairs: 1, improved: 1, meanDiff: 1 } });
  });
  it('refuse malformed arguments with a precise message', async () => {
    const res = await dispatch(handlers, 'analysis:flips', { datasetId: 'x', from: 'zero', to: 1 }, ctx);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('bad-request');
      expect(res.error.details!.join('\n')).toMatch(/^from:/m);
    }
    const tooFew = await dispatch(handlers, 'analysis:paired', { datasetId: 'x', a: 0, b: 1, resamples: 10 }, ctx);
    expect(tooFew).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('answer not-found for a dataset that is not open', async () => {
    const res = await dispatch(handlers, 'analysis:dashboard', { datasetId: 'closed' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
