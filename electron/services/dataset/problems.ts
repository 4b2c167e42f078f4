import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputIssue, Task } from '../../../shared/dataset/types';

/**
 * Reads `problems.jsonl`: one problem per line, either `{problem_id, task: {...}}`
 * or the task fields at the top level (`{problem_id, description, buggy_code, tests, entry_point}`).
 * Problems files are small (one line per problem), so they are held in memory.
 */
export async function loadProblems(path: string, relPath: string, into: Map<string, Task>, issues: InputIssue[]): Promise<number> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  let count = 0;
  for await (const raw of rl) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(text);
    } catch (err) {
      issues.push({ file: relPath, line, reason: `invalid JSON: ${(err as Error).message}`, excerpt: text.slice(0, 200) });
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec) || typeof rec.problem_id !== 'string') {
      issues.push({ file: relPath, line, reason: 'problem without a string problem_id', excerpt: text.slice(0, 200) });
      continue;
    }
    const src = (rec.task && typeof rec.task === 'object' ? rec.task : rec) as Record<string, unknown>;
    const task: Task = {};
    for (const k of ['description', 'buggy_code', 'entry_point', 'reference_code'] as const) if (typeof src[k] === 'string') task[k] = src[k] as string;
    if (Array.isArray(src.tests)) task.tests = src.tests.filter((t): t is string => typeof t === 'string');
    into.set(rec.problem_id, task);
    count++;
  }
  return count;
}

/** The record's own task fields win; the problem fills the gaps. */
export function joinTask(own: Task | undefined, problem: Task | undefined): Task | undefined {
  if (!problem) return own;
  return { ...problem, ...Object.fromEntries(Object.entries(own ?? {}).filter(([, v]) => v !== undefined)) };
}
