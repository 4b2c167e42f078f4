import { ZOOM_STEP } from './interaction';
import { Legend } from './Legend';

interface Props {
  step: number | null;
  first: number;
  last: number;
  count: number;
  lanesOn: boolean;
  onLanes(on: boolean): void;
  onZoom(factor: number): void;
  onFit(): void;
}

/** Position readout, zoom buttons, the lanes toggle and the legend. */
export function TimelineToolbar({ step, first, last, count, lanesOn, onLanes, onZoom, onFit }: Props) {
  return (
    <div className="tl-toolbar">
      <span className="tl-position" data-testid="timeline-position" aria-live="polite">
        {step === null ? `${count} steps` : `step ${step} of ${first}–${last}`}
      </span>
      <button type="button" onClick={() => onZoom(1 / ZOOM_STEP)} title="Zoom out (-)" aria-label="Zoom out">−</button>
      <button type="button" onClick={() => onZoom(ZOOM_STEP)} title="Zoom in (+)" aria-label="Zoom in">+</button>
      <button type="button" onClick={onFit} title="Show the whole trace (0)">Fit</button>
      <label className="tl-toggle">
        <input type="checkbox" checked={lanesOn} onChange={(e) => onLanes(e.target.checked)} />
        Variable lanes
      </label>
      <Legend />
    </div>
  );
}
