import type { SortField } from './runQuery';
import type { OpenDataset } from '../openDataset';

/** Rank of each dictionary code in string order, so string sorts compare integers. */
function ranks(values: string[]): Uint32Array {
  const idx = values.map((_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
  const rank = new Uint32Array(values.length);
  idx.forEach((code, i) => (rank[code] = i));
  return rank;
}

/**
 * Sorts rows (given in file order) by a field; ties keep file order. Uses a
 * numeric key per row and, when the keys are small integers, a native sort of
 * packed (key, position) pairs, so a million rows sort without a JS comparator.
 */
export function sortRows(ds: OpenDataset, rows: Uint32Array, field: SortField, dir: 'asc' | 'desc'): Uint32Array {
  if (field === 'index') return dir === 'asc' ? rows : rows.slice().reverse();
  const c = ds.columns.cols;
  let key: (r: number) => number;
  switch (field) {
    case 'problem_id': {
      const rank = ranks(ds.columns.problems.values);
      key = (r) => rank[c.problem[r]];
      break;
    }
    case 'split': {
      const rank = ranks(ds.columns.splits.values);
      key = (r) => rank[c.split[r]];
      break;
    }
    case 'iteration':
      key = (r) => c.iteration[r];
      break;
    case 'sample_index':
      key = (r) => c.sampleIndex[r];
      break;
    case 'passed':
      key = (r) => c.passed[r];
      break;
    case 'rationaleChars':
      key = (r) => c.rationaleChars[r];
      break;
    case 'contradicted':
      key = (r) => c.gContradicted[r];
      break;
  }
  const n = rows.length;
  const keys = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = key(rows[i]);
    keys[i] = k;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const out = new Uint32Array(n);
  if (n > 0 && Number.isInteger(min) && Number.isInteger(max) && max - min < 2 ** 20 && n < 2 ** 32) {
    // Integer keys in a small range: pack (key, position) into one exact double and use the
    // native numeric sort (no comparator calls: a million rows sort in tens of milliseconds).
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (dir === 'asc' ? keys[i] - min : max - keys[i]) * 2 ** 32 + i;
    packed.sort();
    for (let i = 0; i < n; i++) out[i] = rows[packed[i] % 2 ** 32];
    return out;
  }
  const pos = new Uint32Array(n);
  for (let i = 0; i < n; i++) pos[i] = i;
  const sign = dir === 'asc' ? 1 : -1;
  pos.sort((a, b) => (keys[a] - keys[b]) * sign || a - b);
  for (let i = 0; i < n; i++) out[i] = rows[pos[i]];
  return out;
}
