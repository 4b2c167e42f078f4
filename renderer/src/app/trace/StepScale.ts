/**
 * Step ↔ pixel conversion for the timeline, after Perfetto's TimeScale: one
 * small immutable value. Every zoom or pan returns a new, clamped instance, so
 * React can compare scales by reference and a bad gesture can never leave the
 * view outside the trace.
 *
 * `bounds` is the whole trace (in steps, fractional so that the first and last
 * event get half a step of margin); the visible domain always lies inside it
 * and spans at least `minSpan` steps (or the whole trace when it is shorter).
 */
export class StepScale {
  private constructor(
    readonly start: number,
    readonly end: number,
    readonly left: number,
    readonly right: number,
    readonly bounds: readonly [number, number],
    readonly minSpan: number,
  ) {}

  /** The whole trace fitted into [left, right] px. */
  static fit(bounds: readonly [number, number], range: readonly [number, number], minSpan = 8): StepScale {
    const [b0, b1] = bounds[1] > bounds[0] ? bounds : [bounds[0] - 0.5, bounds[0] + 0.5];
    const right = Math.max(range[0] + 1, range[1]);
    return new StepScale(b0, b1, range[0], right, [b0, b1], Math.max(1e-6, minSpan));
  }

  /** Scale covering the events from `first` to `last` step with half a step of margin. */
  static forSteps(first: number, last: number, range: readonly [number, number], minSpan?: number): StepScale {
    return StepScale.fit([first - 0.5, last + 0.5], range, minSpan);
  }

  get span(): number {
    return this.end - this.start;
  }

  get width(): number {
    return this.right - this.left;
  }

  get pxPerStep(): number {
    return this.width / this.span;
  }

  /** True when the whole trace is visible. */
  get isFull(): boolean {
    return this.start <= this.bounds[0] && this.end >= this.bounds[1];
  }

  toPx(step: number): number {
    return this.left + (step - this.start) * this.pxPerStep;
  }

  toStep(px: number): number {
    return this.start + (px - this.left) / this.pxPerStep;
  }

  contains(step: number): boolean {
    return step >= this.start && step <= this.end;
  }

  /** A scale showing [start, end], clamped to the trace and the minimum span. */
  withDomain(start: number, end: number): StepScale {
    const [b0, b1] = this.bounds;
    const full = b1 - b0;
    let span = Math.min(full, Math.max(Math.min(this.minSpan, full), end - start));
    if (!Number.isFinite(span)) span = full;
    const centre = Number.isFinite(start + end) ? (start + end) / 2 : (b0 + b1) / 2;
    let s = centre - span / 2;
    s = Math.min(Math.max(s, b0), b1 - span);
    if (s === this.start && s + span === this.end) return this;
    return new StepScale(s, s + span, this.left, this.right, this.bounds, this.minSpan);
  }

  /** Same visible steps drawn into a new pixel range (e.g. after a resize). */
  withRange(left: number, right: number): StepScale {
    if (left === this.left && right === this.right) return this;
    return new StepScale(this.start, this.end, left, Math.max(left + 1, right), this.bounds, this.minSpan);
  }

  /** Zoom by `factor` (>1 zooms in) keeping the step under `anchorPx` fixed. */
  zoom(factor: number, anchorPx = (this.left + this.right) / 2): StepScale {
    if (!(factor > 0)) return this;
    const anchor = this.toStep(anchorPx);
    const span = this.span / factor;
    const [b0, b1] = this.bounds;
    const clampedSpan = Math.min(b1 - b0, Math.max(Math.min(this.minSpan, b1 - b0), span));
    const frac = (anchorPx - this.left) / this.width;
    const start = anchor - frac * clampedSpan;
    return this.withDomain(start, start + clampedSpan);
  }

  /** Move the content by `dx` px (positive drags it right, showing earlier steps). */
  pan(dx: number): StepScale {
    const ds = dx / this.pxPerStep;
    return this.withDomain(this.start - ds, this.end - ds);
  }

  /** Same zoom, centred on `step` (clamped at the ends). */
  centerOn(step: number): StepScale {
    return this.withDomain(step - this.span / 2, step + this.span / 2);
  }

  /** Smallest zoom-in factor from the full trace to the minimum span. */
  get maxZoom(): number {
    const full = this.bounds[1] - this.bounds[0];
    return Math.max(1, full / Math.min(this.minSpan, full));
  }

  /** This view as a d3-zoom transform {k, x} relative to the full trace in the same range. */
  toTransform(): { k: number; x: number } {
    const full = this.bounds[1] - this.bounds[0];
    const k = full / this.span;
    const fullPx = this.left + ((this.start - this.bounds[0]) / full) * this.width;
    return { k, x: this.left - k * fullPx };
  }

  /** Inverse of `toTransform`: the view a d3-zoom transform shows. */
  fromTransform(k: number, x: number): StepScale {
    const full = this.bounds[1] - this.bounds[0];
    const fullStep = (px: number) => this.bounds[0] + ((px - this.left) / this.width) * full;
    const s = fullStep((this.left - x) / k);
    const e = fullStep((this.right - x) / k);
    return this.withDomain(s, e);
  }

  /**
   * Integer step ticks at a 1/2/5×10ⁿ interval, about one per `minPx` pixels.
   * Steps are whole numbers, so the interval never goes below 1.
   */
  ticks(minPx = 80): number[] {
    const wanted = Math.max(1, this.width / minPx);
    const raw = this.span / wanted;
    const pow = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    const interval = [1, 2, 5, 10].map((m) => m * pow).find((v) => v >= raw) ?? 10 * pow;
    const first = Math.ceil(this.start / interval) * interval + 0; // + 0 turns -0 into 0 for labels
    const out: number[] = [];
    for (let t = first; t <= this.end && out.length < 1000; t += interval) out.push(t);
    return out;
  }
}
