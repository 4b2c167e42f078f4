import type { SampleColumns } from '../../../shared/analysis/columns';

type NumberArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/**
 * A copy of the first `length` rows of every column, in fresh buffers that
 * can be transferred to the worker. The engine's arrays cannot be handed
 * over themselves: they are longer than `length`, indexing appends to them
 * and the grounding pass rewrites its columns in place, while the worker
 * needs an immutable snapshot. A typed array's `slice` is a memcpy
 * (about 30 bytes a row).
 */
export function copyColumns(c: SampleColumns): { columns: SampleColumns; transfer: ArrayBuffer[] } {
  const n = c.length;
  const transfer: ArrayBuffer[] = [];
  const copy = (a: ArrayLike<number>): NumberArray => {
    const out = ArrayBuffer.isView(a) ? (a as NumberArray).slice(0, n) : Float64Array.from({ length: n }, (_, i) => a[i]!);
    transfer.push(out.buffer as ArrayBuffer);
    return out;
  };
  const g = c.grounding;
  const columns: SampleColumns = {
    length: n,
    problem: copy(c.problem),
    problems: c.problems,
    split: copy(c.split),
    splits: c.splits,
    iteration: copy(c.iteration),
    sampleIndex: copy(c.sampleIndex),
    passed: copy(c.passed),
    rationaleChars: copy(c.rationaleChars),
    ...(c.rowIds ? { rowIds: copy(c.rowIds) } : {}),
    grounding: g ? { consistent: copy(g.consistent), contradicted: copy(g.contradicted), unverifiable: copy(g.unverifiable) } : null,
  };
  return { columns, transfer };
}
