import type { SampleColumns } from '../../../shared/analysis/columns';
import type { DatasetService } from '../dataset/datasetService';
import type { ColumnsSnapshot, ColumnsSource } from './columnsSource';

/**
 * Reads the dataset engine's column index in place (no copy): the typed
 * arrays are longer than the row count while indexing grows them, so
 * `length` bounds every scan. The version changes with the row count and
 * with the engine's generation (bumped by the background grounding pass),
 * and with the labels when `labelsVersion` is given (`label:` filters).
 */
export function datasetColumnsSource(datasets: Pick<DatasetService, 'get'>, labelsVersion: (datasetId: string) => number = () => 0): ColumnsSource {
  return {
    async rows(datasetId, query) {
      const entry = datasets.get(datasetId);
      if (!entry) return { rows: [], error: `no open dataset ${datasetId}` };
      return entry.runner.rows({ query });
    },
    columns(datasetId): ColumnsSnapshot | null {
      const entry = datasets.get(datasetId);
      if (!entry) return null;
      const { ds } = entry;
      const index = ds.columns;
      const c = index.cols;
      const columns: SampleColumns = {
        length: index.count,
        problem: c.problem,
        problems: index.problems.values,
        split: c.split,
        splits: index.splits.values,
        iteration: c.iteration,
        sampleIndex: c.sampleIndex,
        passed: c.passed,
        rationaleChars: c.rationaleChars,
        grounding: { consistent: c.gConsistent, contradicted: c.gContradicted, unverifiable: c.gUnverifiable },
      };
      return { columns, version: `${ds.generation}:${index.count}:${ds.state}:${labelsVersion(datasetId)}`, indexing: ds.state === 'indexing' };
    },
  };
}
