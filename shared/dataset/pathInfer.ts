/**
 * Split and iteration implied by a file's path, used when a record does not
 * say (`runs/iter2/dev.jsonl` → iteration 2, split dev). The last path
 * segment that names one wins, so `train/iter0/eval/dev.jsonl` is `dev`.
 */
export interface PathFacts {
  split?: string;
  iteration?: number;
}

const SPLIT_WORDS: Record<string, string> = {
  train: 'train',
  training: 'train',
  dev: 'dev',
  valid: 'dev',
  val: 'dev',
  validation: 'dev',
  test: 'test',
  eval: 'test',
  evaluation: 'test',
};

// `iter2`, `iter_2`, `iter-2`, `iteration2`, `iteration_2`, `it2`, `round_3`, `step1` are all iteration numbers.
const ITERATION_RE = /^(?:iter|iteration|it|round|rnd)[-_]?(\d{1,6})$/;

/** Splits a segment like `dev_iter2.jsonl.gz` into lower-case words: ['dev', 'iter2']. */
function words(segment: string): string[] {
  const base = segment.replace(/\.gz$/i, '').replace(/\.(jsonl|json|ndjson)$/i, '');
  return base.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function inferPathFacts(path: string): PathFacts {
  const facts: PathFacts = {};
  const segments = path.split(/[\\/]+/).filter(Boolean);
  for (const segment of segments) {
    const ws = words(segment);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      // `iter_2` arrives as ['iter', '2']: glue it back.
      const glued = /^\d+$/.test(ws[i + 1] ?? '') ? w + ws[i + 1] : null;
      const m = ITERATION_RE.exec(w) ?? (glued ? ITERATION_RE.exec(glued) : null);
      if (m) {
        facts.iteration = Number(m[1]);
        if (!ITERATION_RE.test(w)) i++;
        continue;
      }
      if (SPLIT_WORDS[w]) facts.split = SPLIT_WORDS[w];
    }
  }
  return facts;
}
