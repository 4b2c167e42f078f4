import { cutAt, scanTopLevel } from '../next/scan';

/**
 * LeetCode problems (DebugBench) ship examples, not tests:
 * `Input: nums = [2,7,11,15], target = 9` / `Output: [0,1]`. These turn them
 * into asserts on `Solution().<method>(...)`, so that a DebugBench sample can
 * be traced like an MBPP one.
 */

/** What LeetCode's judge imports implicitly (solutions use `List[int]`, `deque`, `heapq`... unimported). */
export const LEETCODE_SETUP = [
  'from typing import *',
  'from collections import *',
  'from heapq import *',
  'from bisect import *',
  'from itertools import *',
  'from functools import *',
  'from math import *',
  'import collections, heapq, bisect, itertools, functools, math, string, re, operator, random',
].join('\n');

export interface LeetCodeExample {
  /** Argument values as Python expressions, in order (the example's names may differ from the code's). */
  args: string[];
  expected: string;
}

/** JSON-style literals in LeetCode examples (`true`, `null`) as Python, leaving strings alone. */
export function toPython(value: string): string {
  return value.replace(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|\b(true|false|null)\b/g, (m, str: string | undefined, word: string | undefined) =>
    str ? m : word === 'true' ? 'True' : word === 'false' ? 'False' : 'None',
  );
}

/** Parse one `Input: a = 1, b = [2]\nOutput: 3` example, or null when it does not have that shape. */
export function parseExample(text: string): LeetCodeExample | null {
  const input = /Input:\s*([\s\S]*?)\n\s*Output:\s*(.+)/.exec(text);
  if (!input) return null;
  const body = input[1].trim();
  const scan = scanTopLevel(body);
  if (!scan.balanced) return null;
  const commas = scan.separators.filter((at) => body[at] === ',' && /^\s*[A-Za-z_]\w*\s*=/.test(body.slice(at + 1)));
  const args: string[] = [];
  for (const part of cutAt(body, commas, ',')) {
    const m = /^\s*[A-Za-z_]\w*\s*=\s*([\s\S]+)$/.exec(part);
    if (!m) return null;
    args.push(toPython(m[1].trim()));
  }
  const expected = toPython(input[2].trim());
  return args.length && expected ? { args, expected } : null;
}

/** The examples in a problem description (`Example 1:` blocks, as the DebugBench adapter writes them). */
export function examplesFromDescription(description: string): string[] {
  return description
    .split(/\n(?=Example \d+:)/)
    .filter((block) => /^Example \d+:/.test(block) && /Input:/.test(block))
    .map((block) => block.replace(/^Example \d+:\s*/, ''));
}

export type LeetCodeTests = { ok: true; method: string; tests: string[] } | { ok: false; reason: string };

interface Method {
  name: string;
  required: number;
  signature: string;
  returns: string;
}

/** The methods of the code's classes, with how many arguments each requires. */
function methods(code: string): Method[] {
  const found: Method[] = [];
  const pattern = /^[ \t]+def\s+([A-Za-z]\w*)\s*\(\s*self\b\s*,?([^)]*)\)\s*(?:->\s*([^:]+))?:/gm;
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) {
    const params = m[2].trim() ? cutAt(m[2], scanTopLevel(m[2]).separators, ',').map((p) => p.trim()).filter(Boolean) : [];
    const required = params.filter((p) => !p.includes('=') && !p.startsWith('*')).length;
    found.push({ name: m[1], required, signature: m[2], returns: (m[3] ?? '').trim() });
  }
  return found;
}

/**
 * The method the judge calls: one whose arity matches the examples, preferring
 * one the class never calls itself (helpers are called as `self.helper(`), then the last.
 */
function entryMethod(code: string, arity: number): Method | undefined {
  const all = methods(code);
  const fitting = all.filter((m) => m.required === arity);
  const pool = fitting.length ? fitting : all;
  const uncalled = pool.filter((m) => !new RegExp(`self\\.${m.name}\\s*\\(`).test(code));
  return (uncalled.length ? uncalled : pool).at(-1);
}

/** Asserts for `class Solution` code from its examples, or why there can be none. */
export function leetCodeTests(code: string, examples: string[]): LeetCodeTests {
  const source = code.replace(/\r\n?/g, '\n');
  if (!/^class Solution\b/m.test(source)) return { ok: false, reason: 'the code has no class Solution method to call' };
  const parsed = examples.map(parseExample).filter((e): e is LeetCodeExample => e !== null);
  if (!parsed.length) return { ok: false, reason: 'no example in the "Input: ... Output: ..." form' };
  const method = entryMethod(source, parsed[0].args.length);
  if (!method) return { ok: false, reason: 'the code has no class Solution method to call' };
  if (/\b(ListNode|TreeNode|Node)\b/.test(`${method.signature} ${method.returns}`)) {
    return { ok: false, reason: 'the method takes or returns linked lists or trees, which the examples only describe' };
  }
  if (method.returns === 'None') return { ok: false, reason: 'the method changes its input in place; the examples cannot be checked as a return value' };
  return { ok: true, method: method.name, tests: parsed.map((e) => `assert Solution().${method.name}(${e.args.join(', ')}) == ${e.expected}`) };
}
