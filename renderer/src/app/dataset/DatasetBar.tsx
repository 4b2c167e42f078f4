import { IndexingProgress } from './IndexingProgress';
import { MappingPrompt } from './mapping/MappingPrompt';
import { OpenDatasetControl } from './OpenDatasetControl';
import { SkippedSummary } from './SkippedSummary';
import './dataset.css';

/** The dataset area of the top bar: open, indexing progress, skipped lines, unrecognised files. */
export function DatasetBar() {
  return (
    <div className="dataset-bar" data-testid="dataset-bar">
      <OpenDatasetControl />
      <IndexingProgress />
      <SkippedSummary />
      <MappingPrompt />
    </div>
  );
}
