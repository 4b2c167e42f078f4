/** A numeric condition: `iter:2`, `iter:>=2`, `iter:1..3`, `iter:1,3`. */
export interface NumberCond {
  op: '=' | '>' | '>=' | '<' | '<=' | 'range';
  value: number;
  /** Upper bound (inclusive) for 'range'. */
  to?: number;
}

/** One `key:value` term. Several values of one term are OR-ed; terms are AND-ed. */
export type FacetFilter =
  | { field: 'iteration' | 'sample_index' | 'rationaleChars'; negate: boolean; conds: NumberCond[] }
  | { field: 'split' | 'model' | 'problem_id'; negate: boolean; values: string[] }
  | { field: 'passed'; negate: boolean; values: Array<boolean | null> }
  | { field: 'grounding'; negate: boolean; values: Array<'contradicted' | 'consistent' | 'unverifiable' | 'unchecked'> }
  /** Label filters are parsed now and evaluated by a hook once labels exist. */
  | { field: 'label'; negate: boolean; values: string[] };

/** A free-text word or "quoted phrase", matched case-insensitively in the raw record. */
export interface TextTerm {
  text: string;
  negate: boolean;
}

export interface ParsedQuery {
  filters: FacetFilter[];
  text: TextTerm[];
}
