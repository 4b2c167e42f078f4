import type { RowFacets } from '../../../../shared/dataset/adapters';
import type { RawIssue, ScanBatch } from './protocol';

/** Fixed-capacity column slices for one batch; strings are coded through a batch-local dictionary. */
export class BatchBuilder {
  count = 0;
  readonly issues: RawIssue[] = [];
  private offsets: Float64Array;
  private lengths: Uint32Array;
  private relLines: Uint32Array;
  private problem: Uint32Array;
  private split: Uint32Array;
  private model: Int32Array;
  private iteration: Int32Array;
  private sampleIndex: Int32Array;
  private passed: Int8Array;
  private rationaleChars: Uint32Array;
  private dict: string[] = [];
  private codes = new Map<string, number>();

  constructor(
    private readonly jobId: number,
    private readonly capacity: number,
  ) {
    this.offsets = new Float64Array(capacity);
    this.lengths = new Uint32Array(capacity);
    this.relLines = new Uint32Array(capacity);
    this.problem = new Uint32Array(capacity);
    this.split = new Uint32Array(capacity);
    this.model = new Int32Array(capacity);
    this.iteration = new Int32Array(capacity);
    this.sampleIndex = new Int32Array(capacity);
    this.passed = new Int8Array(capacity);
    this.rationaleChars = new Uint32Array(capacity);
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  private code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.dict.length;
      this.dict.push(s);
      this.codes.set(s, c);
    }
    return c;
  }

  add(offset: number, length: number, relLine: number, f: RowFacets): void {
    const i = this.count++;
    this.offsets[i] = offset;
    this.lengths[i] = length;
    this.relLines[i] = relLine;
    this.problem[i] = this.code(f.problem_id);
    this.split[i] = this.code(f.split);
    this.model[i] = f.model === null ? -1 : this.code(f.model);
    this.iteration[i] = f.iteration;
    this.sampleIndex[i] = f.sample_index;
    this.passed[i] = f.passed === null ? -1 : f.passed ? 1 : 0;
    this.rationaleChars[i] = f.rationaleChars;
  }

  finish(bytesDone: number, lines: number): ScanBatch {
    const n = this.count;
    return {
      kind: 'batch',
      jobId: this.jobId,
      count: n,
      offsets: this.offsets.slice(0, n),
      lengths: this.lengths.slice(0, n),
      relLines: this.relLines.slice(0, n),
      problem: this.problem.slice(0, n),
      split: this.split.slice(0, n),
      model: this.model.slice(0, n),
      iteration: this.iteration.slice(0, n),
      sampleIndex: this.sampleIndex.slice(0, n),
      passed: this.passed.slice(0, n),
      rationaleChars: this.rationaleChars.slice(0, n),
      dict: this.dict,
      issues: this.issues,
      bytesDone,
      lines,
    };
  }
}

/** The buffers to transfer (not copy) to the main thread. */
export function batchTransferList(b: ScanBatch): ArrayBuffer[] {
  return [b.offsets, b.lengths, b.relLines, b.problem, b.split, b.model, b.iteration, b.sampleIndex, b.passed, b.rationaleChars].map((a) => a.buffer as ArrayBuffer);
}
