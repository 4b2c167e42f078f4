import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh temp folder with the given files (string or bytes), for tests. */
export function tempDataset(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracelens-ds-'));
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/** One canonical sample line. */
export function sampleLine(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    problem_id: 'p1',
    split: 'train',
    iteration: 1,
    sample_index: 0,
    model: 'm',
    task: { description: 'add', buggy_code: 'def f(a, b):\n    return a - b', tests: ['assert f(1, 2) == 3'] },
    trace: 'def f(a, b): # (0) a=1; b=2\n    return a - b # (1) __return__=-1',
    rationale: 'The function subtracts instead of adding.',
    fixed_code: 'def f(a, b):\n    return a + b',
    passed: true,
    ...over,
  });
}
