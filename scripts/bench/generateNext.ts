import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../../shared/analysis/prng';

const WORDS = 'the loop variable index returns list value off by one boundary condition wrong operator missing case empty input sum count result should because trace shows step line after before fixed'.split(' ');

function words(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += (i ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
  return s;
}

/** A NExT-style record of about 4 KB: program with inline trace, rationale, fix, test results. */
function record(i: number, rand: () => number): string {
  // 32 samples per problem and iteration; 800 problems per iteration, iterations 0-3 repeating.
  const problem = Math.floor(i / 32) % 800;
  const iteration = Math.floor(i / (32 * 800)) % 4;
  const passed = rand() < 0.3 + iteration * 0.1;
  const body = Array.from({ length: 14 }, (_, k) => `    x${k} = x${k > 0 ? k - 1 : 0} + arr[${k}] if ${k} < len(arr) else 0`).join('\n');
  const buggy = `def solve(arr, n):\n    total = 0\n${body}\n    for i in range(1, n):\n        total += arr[i]\n    return total`;
  const trace = buggy
    .split('\n')
    .map((line, k) => `${line} # (${k}) total=${Math.floor(rand() * 100)}; i=${k}; arr=[1, 2, 3, 4]`)
    .join('\n');
  return JSON.stringify({
    problem_id: `mbpp/${problem}`,
    split: i % 10 === 0 ? 'dev' : 'train',
    iteration,
    sample_index: i % 32,
    model: iteration === 0 ? 'base-7b' : `next-7b-it${iteration}`,
    task: {
      description: `Write a function to ${words(rand, 40)}.`,
      buggy_code: buggy,
      tests: ['assert solve([1, 2, 3], 3) == 6', 'assert solve([], 0) == 0', 'assert solve([5], 1) == 5'],
      entry_point: 'solve',
    },
    trace,
    rationale: `The trace shows "total" ${words(rand, 120)}.`,
    fixed_code: buggy.replace('range(1, n)', 'range(n)'),
    test_results: [
      { test: 'assert solve([1, 2, 3], 3) == 6', passed, error: passed ? null : 'AssertionError' },
      { test: 'assert solve([], 0) == 0', passed: true, error: null },
      { test: 'assert solve([5], 1) == 5', passed, error: passed ? null : 'AssertionError' },
    ],
    passed,
    meta: { temperature: 0.8, seed: i },
  });
}

/** Writes `n` records to `file`; returns its size in bytes. */
export async function generateNext(file: string, n: number): Promise<number> {
  // Seeded so that every run writes the same file.
  const rand = mulberry32(42);
  const out = createWriteStream(file);
  let bytes = 0;
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += record(i, rand) + '\n';
    if (chunk.length > 4 * 1024 * 1024) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += Buffer.byteLength(chunk);
  out.end(chunk);
  await once(out, 'finish');
  return bytes;
}
