import type { LabelRecord } from '../annotation/label';
import type { Rubric, RubricDimension } from '../annotation/rubric';
import { meanCI } from './ci';
import type { MeanCI } from './types';

/** Numeric label scores of one rubric dimension in one split × iteration. */
export interface LabelScores {
  dimension: string;
  dimensionLabel: string;
  split: string;
  iteration: number;
  values: number[];
  /** The scale's ends, for the chart's axis: ordinal 1..k, boolean 0..1. */
  scale: [number, number];
  /** How answers became numbers, for the chart's subtitle: "yes = 3, partly = 2, no = 1". */
  scoring: string;
}

export interface LabelAverage extends Omit<LabelScores, 'values'> {
  ci: MeanCI | null;
}

/**
 * Turns human labels into numbers per dimension × split × iteration. An
 * ordinal dimension whose option values are numbers ("1".."5") scores those
 * numbers; otherwise its options are taken as ordered best to worst (the
 * rubric convention: yes, partly, no) and score k..1. Booleans score 1/0.
 * Categorical and free-text dimensions have no mean and are left out; so are
 * stale labels (they judged content that has since changed) and labels made
 * with another rubric or version.
 */
export function labelScores(labels: readonly LabelRecord[], rubric: Rubric): LabelScores[] {
  const groups = new Map<string, LabelScores>();
  const scorers = new Map<string, Scorer>();
  for (const d of rubric.dimensions) {
    const scorer = scorerFor(d);
    if (scorer) scorers.set(d.id, scorer);
  }
  for (const label of labels) {
    if (label.stale || label.rubricId !== rubric.id || label.rubricVersion !== rubric.version) continue;
    for (const dim of rubric.dimensions) {
      const v = label.values[dim.id];
      if (v == null) continue;
      const scorer = scorers.get(dim.id);
      if (!scorer) continue;
      const score = scorer.score(v);
      if (score === null) continue;
      const key = JSON.stringify([dim.id, label.key.split, label.key.iteration]);
      let g = groups.get(key);
      if (!g) {
        g = { dimension: dim.id, dimensionLabel: dim.label, split: label.key.split, iteration: label.key.iteration, values: [], scale: scorer.scale, scoring: scorer.scoring };
        groups.set(key, g);
      }
      g.values.push(score);
    }
  }
  return [...groups.values()].sort((a, b) => a.dimension.localeCompare(b.dimension) || a.split.localeCompare(b.split) || a.iteration - b.iteration);
}

/** Mean and 95% t interval of each group (no interval from a single label). */
export function labelAverages(scores: readonly LabelScores[]): LabelAverage[] {
  return scores.map(({ values, ...rest }) => ({ ...rest, ci: meanCI(values) }));
}

interface Scorer {
  score(value: string): number | null;
  scale: [number, number];
  scoring: string;
}

function scorerFor(dim: RubricDimension): Scorer | null {
  if (dim.kind === 'boolean') {
    return { score: (v) => (v === 'true' ? 1 : v === 'false' ? 0 : null), scale: [0, 1], scoring: 'yes = 1, no = 0' };
  }
  if (dim.kind !== 'ordinal') return null;
  const numeric = dim.options.map((o) => Number(o.value));
  if (numeric.every((x) => Number.isFinite(x))) {
    const byValue = new Map(dim.options.map((o, i) => [o.value, numeric[i]!]));
    return { score: (v) => byValue.get(v) ?? null, scale: [Math.min(...numeric), Math.max(...numeric)], scoring: `${Math.min(...numeric)}–${Math.max(...numeric)} as labelled` };
  }
  const k = dim.options.length;
  const byValue = new Map(dim.options.map((o, i) => [o.value, k - i]));
  return { score: (v) => byValue.get(v) ?? null, scale: [1, k], scoring: dim.options.map((o, i) => `${o.label} = ${k - i}`).join(', ') };
}

