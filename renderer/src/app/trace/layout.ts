/** Vertical layout of the event area: source-line rows, then variable lanes. */
export interface TimelineLayout {
  rowHeight: number;
  rowCount: number;
  laneTop: number;
  laneHeight: number;
  laneCount: number;
  height: number;
}

const LANE_GAP = 6;

export function timelineLayout(rowCount: number, laneCount: number, rowHeight: number): TimelineLayout {
  const rowsHeight = rowCount * rowHeight;
  const laneHeight = rowHeight + 2;
  const laneTop = rowsHeight + (laneCount > 0 ? LANE_GAP : 0);
  return { rowHeight, rowCount, laneTop, laneHeight, laneCount, height: Math.max(rowHeight, laneTop + laneCount * laneHeight) };
}

/** What lies under a y coordinate: a source-line row, a lane, or nothing. */
export function rowAtY(layout: TimelineLayout, y: number): { kind: 'row' | 'lane'; index: number } | null {
  if (y < 0) return null;
  const row = Math.floor(y / layout.rowHeight);
  if (row < layout.rowCount) return { kind: 'row', index: row };
  const lane = Math.floor((y - layout.laneTop) / layout.laneHeight);
  if (y >= layout.laneTop && lane < layout.laneCount) return { kind: 'lane', index: lane };
  return null;
}
