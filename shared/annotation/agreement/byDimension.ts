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

/**
 * Agreement per rubric dimension over labels of one rubric version. Text
 * dimensions are skipped (no statistic applies). Labels of another rubric
 * version are ignored: their scales may differ.
 */
export function agreementByDimension(
  labels: readonly LabelRecord[],
  rubric: Rubric,
  pair?: [string, string],
  ci?: AgreementCIOptions,
): DimensionAgreement[] {
  const own = labels.filter((l) => l.rubricId === rubric.id && l.rubricVersion === rubric.version);
  const rows: DimensionAgreement[] = [];
  for (const dim of rubric.dimensions) {
    if (dim.kind === 'text') continue;
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
          cohen: chosenPair ? bootstrapAgreement(pairs, (s) => cohensKappa(s).kappa, ci) : null,
          fleiss: annotators.length >= 2 ? bootstrapAgreement(complete, (s) => fleissKappa(s).kappa, ci) : null,
          alphaNominal: bootstrapAgreement(pairable, (s) => krippendorffAlpha(s, 'nominal').alpha, ci),
          alphaOrdinal: order ? bootstrapAgreement(pairable, (s) => krippendorffAlpha(s, 'ordinal', order).alpha, ci) : null,
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
