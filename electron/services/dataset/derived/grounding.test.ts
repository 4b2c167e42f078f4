import { afterEach, describe, expect, it } from 'vitest';
import type { Sample } from '../../../../shared/dataset/types';
import { sumInline } from '../../../../shared/grounding/fixtures.test-data';
import { groundingCounts, installGroundingColumn } from './grounding';
import { groundingProvider, registerGroundingProvider } from './registry';

const base: Sample = { problem_id: 'p', split: 'train', iteration: 1, sample_index: 0 };

describe('grounding column', () => {
  afterEach(() => registerGroundingProvider(null));

  it('counts claims of a record with an inline NExT trace', () => {
    const sample = { ...base, trace: sumInline, rationale: 'On line 2 `total` is 0. The function returns 10.', task: { tests: ['assert sum_to(4) == 10'] } };
    expect(groundingCounts(sample)).toEqual({ consistent: 2, contradicted: 1, unverifiable: 0 });
  });

  it('has nothing to check without a rationale, and counts claims as unverifiable without a trace', () => {
    expect(groundingCounts(base)).toBeNull();
    expect(groundingCounts({ ...base, rationale: '`x` is 3' })).toEqual({ consistent: 0, contradicted: 0, unverifiable: 1 });
    expect(groundingCounts({ ...base, rationale: '`x` is 3', trace: '# (0) broken' })).toEqual({ consistent: 0, contradicted: 0, unverifiable: 1 });
  });

  it('registers itself with the engine', () => {
    installGroundingColumn();
    expect(groundingProvider()?.name).toBe('grounding');
  });
});
