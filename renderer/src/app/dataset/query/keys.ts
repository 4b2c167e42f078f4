/** One filter key of the search syntax, as the autocomplete and the help popover present it. */
export interface QueryKey {
  key: string;
  aliases: string[];
  description: string;
  example: string;
}

/**
 * The filter keys the engine understands (shared/query/parseQuery.ts parses
 * them); kept here as presentation data only — the engine stays the judge of validity
 * and answers `page.queryError` for anything else.
 */
export const queryKeys: QueryKey[] = [
  { key: 'iter', aliases: ['iteration', 'it'], description: 'Self-training iteration (0 = base model): 2, >=2, 1..3 or 1,3', example: 'iter:>=2' },
  { key: 'split', aliases: [], description: 'Split: train, dev, test or any name in the data', example: 'split:dev' },
  { key: 'passed', aliases: ['pass'], description: 'Whether the fixed program passed its tests: true, false, unknown', example: 'passed:false' },
  { key: 'is', aliases: [], description: 'Shorthand for the outcome: passed, failed, unknown', example: 'is:failed' },
  { key: 'problem', aliases: ['problem_id', 'pid'], description: 'Problem id, exact or a prefix ending in *', example: 'problem:mbpp/*' },
  { key: 'model', aliases: [], description: 'Model that wrote the sample', example: 'model:codellama-7b' },
  { key: 'sample', aliases: ['sample_index'], description: 'Sample number within its problem and iteration', example: 'sample:0' },
  { key: 'rationale', aliases: ['rationale_chars'], description: 'Rationale length in characters', example: 'rationale:>2000' },
  { key: 'label', aliases: [], description: 'Annotation status: labelled, unlabelled, or an annotator\'s name (labelled by them)', example: 'label:unlabelled' },
  { key: 'grounding', aliases: [], description: 'Trace-grounding of the rationale: contradicted, consistent, unverifiable, unchecked', example: 'grounding:contradicted' },
];

/** The canonical key for a name typed by the user (`iteration` → `iter`), or null if unknown. */
export function canonicalKey(name: string): string | null {
  const lower = name.toLowerCase();
  const found = queryKeys.find((k) => k.key === lower || k.aliases.includes(lower));
  return found ? found.key : null;
}
