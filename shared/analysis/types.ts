/**
 * Results of the analysis requests (`analysis:*`). Every rate that cannot be
 * computed is `null` ("n/a" on screen), never NaN: an empty iteration, a
 * problem seen in one iteration only, or pass@5 with one sample per problem.
 */

/** A proportion with its 95% Wilson score interval. */
export interface Proportion {
  value: number;
  lo: number;
  hi: number;
  /** Successes and trials it was computed from. */
  successes: number;
  trials: number;
}

/** A mean with its 95% confidence interval (Student t). `lo`/`hi` are null when n < 2. */
export interface MeanCI {
  mean: number;
  lo: number | null;
  hi: number | null;
  n: number;
}

/** Five-number summary for a box plot, plus the mean. */
export interface BoxStats {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
  n: number;
}

export interface PassAtKCell {
  /** Mean unbiased pass@k over the problems with at least k known outcomes; null when none has. */
  value: number | null;
  /** Problems that entered the mean. */
  problems: number;
  /**
   * 95% t interval over problems (the unit that is sampled), clipped to
   * [0, 1]; null with fewer than two problems.
   */
  lo: number | null;
  hi: number | null;
}

export interface GroundingTotals {
  consistent: number;
  contradicted: number;
  unverifiable: number;
  /** Samples that carry a grounding check. */
  samplesChecked: number;
}

/** One split × iteration cell of the dashboard. */
export interface DashboardGroup {
  split: string;
  iteration: number;
  samples: number;
  /** Samples whose outcome is unknown (no tests run): left out of every rate. */
  unknown: number;
  problems: number;
  /** Fraction of samples (with a known outcome) whose fix passes the tests. */
  fixRate: Proportion | null;
  /** Problems with at least one passing sample. */
  solved: number;
  passAtK: { '1': PassAtKCell; '5': PassAtKCell; '10': PassAtKCell };
  /** Rationale length in characters, over samples with a rationale; null when none has one. */
  rationale: BoxStats | null;
  /** Counts per bin of `DashboardResult.rationaleBins`. */
  rationaleHistogram: number[];
  grounding: GroundingTotals | null;
}

export interface DashboardResult {
  totalSamples: number;
  splits: string[];
  /** Iterations that have at least one sample, ascending. */
  iterations: number[];
  /** Inclusive ranges missing between the smallest and largest iteration present (e.g. [4, 16] when 3 is followed by 17). */
  missingIterations: Array<[number, number]>;
  /** Every split × present iteration, including pairs with no samples (then `samples` is 0). */
  groups: DashboardGroup[];
  /** Shared bin edges (chars) for every group's rationale histogram: bins[i]..bins[i+1]; the last bin also holds everything longer. */
  rationaleBins: number[];
  /** True when any sample carries a grounding check. */
  hasGrounding: boolean;
  /** Wall time of the computation in the backend, for the status line. */
  computeMs: number;
  /** True while the dataset is still being indexed: the figures will grow. */
  indexing: boolean;
}

/** A problem's pass rate in one iteration. */
export interface RateCell {
  samples: number;
  passed: number;
  /** passed / samples with a known outcome; null when none is known. */
  rate: number | null;
}

export type FlipKind = 'fail-to-pass' | 'pass-to-fail' | 'improved' | 'regressed';

export interface Flip {
  problem_id: string;
  split: string;
  from: RateCell;
  to: RateCell;
  /** to.rate - from.rate. */
  delta: number;
  /**
   * fail-to-pass: no sample passed before, some do now; pass-to-fail: the
   * reverse; improved/regressed: the rate moved but the problem was solved in both.
   */
  kind: FlipKind;
}

export interface FlipsResult {
  from: number;
  to: number;
  /** Problems with a known rate in both iterations. */
  compared: number;
  counts: Record<FlipKind, number> & { unchanged: number; onlyInFrom: number; onlyInTo: number };
  /** Total flips before `limit` cut the list. */
  total: number;
  flips: Flip[];
}

export interface ProblemSampleCell {
  /** Dataset index: the handle for `dataset:sample`. */
  index: number;
  sample_index: number;
  passed: boolean | null;
  rationaleChars: number;
  grounding: { consistent: number; contradicted: number; unverifiable: number } | null;
}

export interface ProblemIterationRow {
  split: string;
  iteration: number;
  samples: ProblemSampleCell[];
  rate: RateCell;
}

export interface ProblemResult {
  problem_id: string;
  /** Rows for every iteration present in the dataset (a row with no samples shows that truthfully). */
  rows: ProblemIterationRow[];
  /** Largest number of samples in one row (the grid's width). */
  maxSamples: number;
  found: boolean;
}

export interface PairedResult {
  a: number;
  b: number;
  split: string | null;
  /** Problems with a known pass rate in both iterations. */
  pairs: number;
  onlyInA: number;
  onlyInB: number;
  /** Mean of (rate_b - rate_a) over paired problems; null when there are none. */
  meanDiff: number | null;
  /** Percentile bootstrap interval over problems; null with fewer than 2 pairs. */
  ci: { lo: number; hi: number; level: number; resamples: number; seed: number } | null;
  improved: number;
  regressed: number;
  unchanged: number;
  /** Two-sided exact sign test on improved vs regressed; null when both are 0. */
  signTestP: number | null;
  meanRateA: number | null;
  meanRateB: number | null;
}
