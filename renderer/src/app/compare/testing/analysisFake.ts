import { countCells } from '../../../../../shared/analysis/cells';
import { columnsFromSamples, type PlainSample } from '../../../../../shared/analysis/columns';
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
  const cols = columnsFromSamples(samples.map((s) => ({ ...s, rationaleChars: s.rationale?.length ?? 0 })));
  const cells = countCells(cols);
  return createFakeApi({
    'analysis:dashboard': () => ({ ...computeDashboard(cols, cells), computeMs: 1, indexing: false }),
    'analysis:flips': ({ from, to, split, kinds, limit }) => computeFlips(cols, cells, from, to, { split, kinds, limit }),
    'analysis:problem': ({ problemId }) => computeProblem(cols, cells, problemId),
    'analysis:paired': ({ a, b, split, resamples, seed }) => computePaired(cols, cells, a, b, split ?? null, { resamples, seed }),
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
