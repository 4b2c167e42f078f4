import type { LabelRecord } from '../label';
import type { Rubric } from '../rubric';
import { bootstrapAgreement, type AgreementCI, type AgreementCIOptions } from './bootstrap';
import { cohensKappa, type KappaResult } from './cohen';
import { fleissKappa } from './fleiss';
import { krippendorffAlpha, type AlphaResult } from './krippendorff';

/** One row of the agreement table. */
export interface DimensionAgreement {
  dimension: string;
  label: string;
  kind: string;
  /** Samples with at least two annotators' values for this dimension. */
  items: number;
  annotators: number;
  /** Cohen's kappa for `pair` over the samples both rated (null pair: fewer than two annotators). */
  cohen: (KappaResult & { pair: [string, string] }) | null;
  /** Fleiss' kappa over the samples rated by every annotator. */
  fleiss: KappaResult | null;
  alphaNominal: AlphaResult;
  /** Only for ordinal dimensions. */
  alphaOrdinal: AlphaResult | null;
  /** Bootstrap intervals over samples, when asked for. */
  ci?: { cohen: AgreementCI | null; fleiss: AgreementCI | null; alphaNominal: AgreementCI | null; alphaOrdinal: AgreementCI | null };
}

/** The label fields agreement reads (a worker is sent only these). */
export type AgreementLabel = Pick<LabelRecord, 'sampleId' | 'annotator' | 'rubricId' | 'rubricVersion' | 'values'>;

/** Work done of the whole: one step per dimension, plus one per bootstrap resample when intervals are asked for. */
export type AgreementProgress = (done: number, total: number) => void;

/**
 * Agreement per rubric dimension over labels of one rubric version. Text
 * dimensions are skipped (no statistic applies). Labels of another rubric
 * version are ignored: their scales may differ.
 */
export function agreementByDimension(
  labels: readonly AgreementLabel[],
  rubric: Rubric,
  pair?: [string, string],
  ci?: AgreementCIOptions,
  onProgress?: AgreementProgress,
): DimensionAgreement[] {
  const own = labels.filter((l) => l.rubricId === rubric.id && l.rubricVersion === rubric.version);
  const rows: DimensionAgreement[] = [];
  const dims = rubric.dimensions.filter((d) => d.kind !== 'text');
  // Four intervals per dimension; one that does not apply counts as done at once.
  const resamples = ci?.resamples ?? 1000;
  const total = dims.length * (1 + (ci ? 4 * resamples : 0));
  let done = 0;
  const boot = <T>(items: readonly T[], stat: (s: T[]) => number | null): AgreementCI | null => {
    const base = done;
    const result = bootstrapAgreement(items, stat, { ...ci, onProgress: onProgress && ((r) => onProgress(base + r, total)) });
    done = base + resamples;
    return result;
  };
  const skip = (): null => {
    done += resamples;
    onProgress?.(done, total);
    return null;
  };
  for (const dim of dims) {
    // sampleId → annotator → value
    const units = new Map<string, Map<string, string>>();
    const seen = new Set<string>();
    for (const l of own) {
      const v = l.values[dim.id];
      if (v === null || v === undefined) continue;
      let u = units.get(l.sampleId);
      if (!u) units.set(l.sampleId, (u = new Map()));
      u.set(l.annotator, v);
      seen.add(l.annotator);
    }
    const annotators = [...seen].sort();
    const unitValues = [...units.values()].map((u) => [...u.values()]);
    const chosenPair = pair && pair[0] !== pair[1] && pair.every((a) => annotators.includes(a)) ? pair : busiestPair(units, annotators);
    const pairs = chosenPair
      ? [...units.values()].filter((u) => u.has(chosenPair[0]) && u.has(chosenPair[1])).map((u) => [u.get(chosenPair[0])!, u.get(chosenPair[1])!] as const)
      : [];
    const cohen = chosenPair ? { pair: chosenPair, ...cohensKappa(pairs) } : null;
    const complete = [...units.values()].filter((u) => u.size === annotators.length).map((u) => [...u.values()]);
    const order = dim.kind === 'ordinal' ? dim.options.map((o) => o.value) : undefined;
    const pairable = unitValues.filter((u) => u.length >= 2);
    rows.push({
      ...(ci && {
        ci: {
          cohen: chosenPair ? boot(pairs, (s) => cohensKappa(s).kappa) : skip(),
          fleiss: annotators.length >= 2 ? boot(complete, (s) => fleissKappa(s).kappa) : skip(),
          alphaNominal: boot(pairable, (s) => krippendorffAlpha(s, 'nominal').alpha),
          alphaOrdinal: order ? boot(pairable, (s) => krippendorffAlpha(s, 'ordinal', order).alpha) : skip(),
        },
      }),
      dimension: dim.id,
      label: dim.label,
      kind: dim.kind,
      items: unitValues.filter((u) => u.length >= 2).length,
      annotators: annotators.length,
      cohen,
      fleiss: annotators.length >= 2 ? fleissKappa(complete) : null,
      alphaNominal: krippendorffAlpha(unitValues, 'nominal'),
      alphaOrdinal: order ? krippendorffAlpha(unitValues, 'ordinal', order) : null,
    });
    onProgress?.(++done, total);
  }
  return rows;
}

/** The two annotators who share the most samples: the most informative default pair for Cohen's kappa. */
function busiestPair(units: Map<string, Map<string, string>>, annotators: string[]): [string, string] | null {
  let best: [string, string] | null = null;
  let bestCount = -1;
  for (let i = 0; i < annotators.length; i++) {
    for (let j = i + 1; j < annotators.length; j++) {
      const a = annotators[i]!;
      const b = annotators[j]!;
      let count = 0;
      for (const u of units.values()) if (u.has(a) && u.has(b)) count++;
      if (count > bestCount) [best, bestCount] = [[a, b], count];
    }
  }
  return best;
}
