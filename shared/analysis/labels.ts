import type { LabelRecord } from '../annotation/label';
import type { Rubric } from '../annotation/rubric';
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
}

export interface LabelAverage extends Omit<LabelScores, 'values'> {
  ci: MeanCI | null;
}

/**
 * Turns human labels into numbers per dimension × split × iteration: an
 * ordinal answer scores its position (1 = first option), a boolean 1/0.
 * Categorical and free-text dimensions have no mean and are left out; so are
 * stale labels (they judged content that has since changed) and labels made
 * with another rubric or version.
 */
export function labelScores(labels: readonly LabelRecord[], rubric: Rubric): LabelScores[] {
  const groups = new Map<string, LabelScores>();
  for (const label of labels) {
    if (label.stale || label.rubricId !== rubric.id || label.rubricVersion !== rubric.version) continue;
    for (const dim of rubric.dimensions) {
      const v = label.values[dim.id];
      if (v == null) continue;
      let score: number | null = null;
      let scale: [number, number];
      if (dim.kind === 'ordinal') {
        const at = dim.options.findIndex((o) => o.value === v);
        score = at < 0 ? null : at + 1;
        scale = [1, dim.options.length];
      } else if (dim.kind === 'boolean') {
        score = v === 'true' ? 1 : v === 'false' ? 0 : null;
        scale = [0, 1];
      } else continue;
      if (score === null) continue;
      const key = JSON.stringify([dim.id, label.key.split, label.key.iteration]);
      let g = groups.get(key);
      if (!g) {
        g = { dimension: dim.id, dimensionLabel: dim.label, split: label.key.split, iteration: label.key.iteration, values: [], scale };
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
