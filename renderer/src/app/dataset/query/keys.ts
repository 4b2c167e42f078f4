/** One filter key of the search syntax, as the autocomplete and the help popover present it. */
export interface QueryKey {
  key: string;
  aliases: string[];
  description: string;
  example: string;
}

/**
 * The filter keys the engine understands (shared/query parses them); kept
 * here as presentation data only — the engine stays the judge of validity
 * and answers `page.queryError` for anything else.
 */
export const queryKeys: QueryKey[] = [
  { key: 'iter', aliases: ['iteration', 'it'], description: 'Self-training iteration (0 = base model); ranges like >=2', example: 'iter:2' },
  { key: 'split', aliases: [], description: 'Split: train, dev, test or any name in the data', example: 'split:dev' },
  { key: 'passed', aliases: ['pass'], description: 'Whether the fixed program passed its tests', example: 'passed:false' },
  { key: 'problem', aliases: ['problem_id'], description: 'Problem id (exact)', example: 'problem:mbpp/12' },
  { key: 'model', aliases: [], description: 'Model that wrote the sample', example: 'model:codellama-7b' },
  { key: 'grounding', aliases: [], description: 'Trace-grounding outcome of the rationale', example: 'grounding:contradicted' },
];

/** The canonical key for a name typed by the user (`iteration` → `iter`), or null if unknown. */
export function canonicalKey(name: string): string | null {
  const lower = name.toLowerCase();
  const found = queryKeys.find((k) => k.key === lower || k.aliases.includes(lower));
  return found ? found.key : null;
}
