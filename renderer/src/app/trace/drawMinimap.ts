import type { Painter } from './painter';
import type { StepScale } from './StepScale';
import type { TimelineColors } from './themeColors';
import type { TimelineModel } from './timelineModel';

/** Event density over the whole trace, one bar per 2 px column, exceptions in the fail colour. */
export function drawMinimap(p: Painter, model: TimelineModel, full: StepScale, cssWidth: number, height: number, colors: TimelineColors): void {
  const width = Math.max(1, Math.floor(cssWidth));
  p.begin(width, height);
  p.rect(0, 0, width, height, colors.bgSubtle);
  const cols = Math.ceil(width / 2);
  const counts = new Float32Array(cols);
  const failed = new Uint8Array(cols);
  const { steps, kinds } = model;
  let max = 0;
  for (let i = 0; i < steps.length; i++) {
    const c = Math.min(cols - 1, Math.max(0, Math.floor(full.toPx(steps[i]) / 2)));
    const v = ++counts[c];
    if (v > max) max = v;
    if (kinds[i] === 3) failed[c] = 1;
  }
  if (max === 0) return;
  for (let c = 0; c < cols; c++) {
    if (counts[c] === 0) continue;
    // sqrt keeps sparse stretches visible next to tight loops.
    const h = Math.max(2, Math.sqrt(counts[c] / max) * (height - 4));
    p.rect(c * 2, height - h, 2, h, failed[c] ? colors.fail : colors.fgMuted);
  }
}
