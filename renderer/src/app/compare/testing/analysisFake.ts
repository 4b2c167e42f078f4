import { countCells } from '../../../../../shared/analysis/cells';
import { columnsFromSamples, selectRows, type PlainSample } from '../../../../../shared/analysis/columns';
import { parseQuery } from '../../../../../shared/query/parseQuery';
import { ApiError } from '../../../api/client';
import { computeDashboard } from '../../../../../shared/analysis/dashboard';
import { computeFlips } from '../../../../../shared/analysis/flips';
import { computePaired } from '../../../../../shared/analysis/paired';
import { computeProblem } from '../../../../../shared/analysis/problem';
import type { Sample } from '../../../../../shared/dataset/types';
import { createFakeApi } from '../../dataset/testing/fakeApi';

export type FullSample = PlainSample & Partial<Pick<Sample, 'rationale' | 'fixed_code' | 'test_results'>>;

/**
 * A fake backend answering the analysis requests with the real shared
 * computations over in-memory samples, and `dataset:sample` from the same
 * list, so component tests exercise what a user would see.
 */
export function createAnalysisFakeApi(samples: FullSample[]) {
  const all = columnsFromSamples(samples.map((s) => ({ ...s, rationaleChars: s.rationale?.length ?? 0 })));
  // Queries: split/problem/iteration equality only, which is all the component tests use.
  const view = (query = '') => {
    if (!query.trim()) return { cols: all, cells: countCells(all) };
    const parsed = parseQuery(query);
    if ('error' in parsed) throw new ApiError('bad-request', `Query not understood: ${parsed.error}`);
    const keep = samples.flatMap((s, i) =>
      parsed.filters.every((f) => {
        const v = f.field === 'iteration' ? s.iteration : f.field === 'split' ? s.split : f.field === 'problem_id' ? s.problem_id : null;
        if (v === null) return true;
        const hit = 'values' in f ? (f.values as unknown[]).includes(v) : f.conds.some((c) => c.value === v);
        return hit !== f.negate;
      })
        ? [i]
        : [],
    );
    const cols = selectRows(all, keep);
    return { cols, cells: countCells(cols) };
  };
  const { cols, cells } = view();
  return createFakeApi({
    'analysis:dashboard': ({ query }) => {
      const v = view(query);
      return { ...computeDashboard(v.cols, v.cells), computeMs: 1, indexing: false };
    },
    'analysis:flips': ({ from, to, split, kinds, limit, order, query }) => {
      const v = view(query);
      return computeFlips(v.cols, v.cells, from, to, { split, kinds, limit, order });
    },
    'analysis:problem': ({ problemId }) => computeProblem(cols, cells, problemId),
    'analysis:paired': ({ a, b, split, resamples, seed, query }) => {
      const v = view(query);
      return computePaired(v.cols, v.cells, a, b, split ?? null, { resamples, seed });
    },
    'dataset:sample': ({ index }) => {
      const s = samples[index]!;
      return {
        index,
        key: { problem_id: s.problem_id, split: s.split, iteration: s.iteration, sample_index: s.sample_index },
        contentHash: `h${index}`,
        source: { file: 'run.jsonl', line: index + 1 },
        warnings: [],
        sample: { ...s, passed: s.passed },
      };
    },
  });
}
