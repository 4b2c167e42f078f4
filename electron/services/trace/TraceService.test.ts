import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_PYTHON } from './python';
import { defaultResourcesDir, TraceService, type TraceServiceOptions } from './TraceService';

const cacheDir = mkdtempSync(join(tmpdir(), 'tracelens-trace-cache-test-'));
const services: TraceService[] = [];
function service(extra: Partial<TraceServiceOptions> = {}): TraceService {
  const created = new TraceService({ resourcesDir: defaultResourcesDir(), cacheDir: null, concurrency: 2, ...extra });
  services.push(created);
  return created;
}
const tracer = service();

afterAll(async () => {
  for (const s of services) await s.dispose();
  rmSync(cacheDir, { recursive: true, force: true });
});

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('TraceService with the real python3', () => {
  it('traces a normal function: arguments at step 0, changed variables, return value', async () => {
    const result = await tracer.run({ code: 'def add(a, b):\n    c = a + b\n    return c\n', tests: ['assert add(2, 3) == 5'] });
    const [test] = result.tests;
    expect(test).toMatchObject({ outcome: 'ok', passed: true, testLine: 4, truncated: false });
    expect(test.events.map((e) => [e.step, e.line, e.kind, e.changed, e.returnValue])).toEqual([
      [0, 1, 'call', { a: '2', b: '3' }, undefined],
      [1, 2, 'line', { c: '5' }, undefined],
      [2, 3, 'return', {}, '5'],
    ]);
    expect(result.python).toMatch(/\(3\.\d+\.\d+\)$/);
    expect(result.cached).toBe(false);
  });

  it('records each recursive call on the def line and each return', async () => {
    const code = 'def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n';
    const [test] = (await tracer.run({ code, tests: ['assert fact(3) == 6'] })).tests;
    expect(test.events.filter((e) => e.kind === 'call').map((e) => [e.line, e.changed.n])).toEqual([[1, '3'], [1, '2'], [1, '1']]);
    expect(test.events.filter((e) => e.kind === 'return').map((e) => [e.line, e.returnValue])).toEqual([[3, '1'], [4, '2'], [4, '6']]);
  });

  it('reports an exception with its type and message, where it was raised and on the test line', async () => {
    const [test] = (await tracer.run({ code: 'def inv(x):\n    return 1 / x\n', tests: ['inv(0)'] })).tests;
    expect(test).toMatchObject({ outcome: 'exception', passed: false, exception: { type: 'ZeroDivisionError', message: 'division by zero' } });
    expect(test.events.filter((e) => e.kind === 'exception').map((e) => e.line)).toEqual([2, 3]);
  });

  it('marks a failed assertion as failed, not as an exception', async () => {
    const [test] = (await tracer.run({ code: 'def f(x):\n    return x + 1\n', tests: ['assert f(2) == 4'] })).tests;
    expect(test.outcome).toBe('failed');
    expect(test.events.at(-1)).toMatchObject({ line: 3, kind: 'exception', exception: { type: 'AssertionError' } });
  });

  it('reports a syntax error with its line for every test', async () => {
    const result = await tracer.run({ code: 'def f(x):\n    return x +\n', tests: ['f(1)', 'f(2)'] });
    for (const test of result.tests) {
      expect(test.outcome).toBe('syntax-error');
      expect(test.message).toMatch(/line 2/);
      expect(test.events[0]).toMatchObject({ line: 2, kind: 'exception', exception: { type: 'SyntaxError' } });
    }
  });

  it('kills an endless computation at the timeout, and its process group is gone', async () => {
    const pids: number[] = [];
    const watched = service({ onSpawn: (pid) => pids.push(pid) });
    // sum() over an endless iterator never returns to the interpreter loop: only the hard kill stops it.
    const code = 'import itertools\ndef spin(n):\n    if n:\n        return sum(itertools.count())\n    return n\n';
    const result = await watched.run({ code, tests: ['assert spin(0) == 0', 'spin(1)'], timeoutMs: 2500 });
    // The test that finished before the kill keeps its trace.
    expect(result.tests[0]).toMatchObject({ outcome: 'ok', passed: true, events: [{ kind: 'call', changed: { n: '0' } }, { kind: 'return', returnValue: '0' }] });
    expect(result.tests[1]).toMatchObject({ outcome: 'timeout', passed: false });
    expect(result.tests[1].message).toMatch(/Timed out after 2500 ms/);
    expect(pids).toHaveLength(1);
    expect(groupAlive(pids[0])).toBe(false);
  });

  it('stops a test that loops forever and still runs the next test', async () => {
    const code = 'def f(x):\n    while x:\n        pass\n    return 1\n';
    const result = await tracer.run({ code, tests: ['assert f(1) == 1', 'assert f(0) == 1'], timeoutMs: 2500 });
    expect(result.tests.map((t) => t.outcome)).toEqual(['timeout', 'ok']);
  });

  it('abandons a program that keeps catching the stop, and still answers', async () => {
    const code = 'def stubborn():\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n';
    const result = await tracer.run({ code, tests: ['stubborn()', 'assert 1 + 1 == 2'], timeoutMs: 3000 });
    expect(result.tests[0].outcome).toBe('timeout');
    // Reported by the tracer itself, not by the hard kill that would lose every test.
    expect(result.tests[0].message).not.toMatch(/Timed out after/);
    expect(['ok', 'error']).toContain(result.tests[1].outcome);
  });

  it('keeps comprehension internals out of the trace and shows yields as __yield__', async () => {
    const code = 'def evens(n):\n    for i in range(n):\n        yield i * 2\ndef f(n):\n    ys = [y + 1 for y in evens(n)]\n    return ys\n';
    const [test] = (await tracer.run({ code, tests: ['assert f(2) == [1, 3]'] })).tests;
    expect(test.events.map((e) => [e.line, e.kind, e.changed, e.returnValue])).toEqual([
      [4, 'call', { n: '2' }, undefined],
      [1, 'call', { n: '2' }, undefined],
      [2, 'line', { i: '0' }, undefined],
      [3, 'line', { __yield__: '0' }, undefined],
      [2, 'line', { i: '1' }, undefined],
      [3, 'line', { __yield__: '2' }, undefined],
      [2, 'return', {}, 'None'],
      [5, 'line', { ys: '[1, 3]' }, undefined],
      [6, 'return', {}, '[1, 3]'],
    ]);
  });

  it('runs setup code untraced before the program, without shifting its lines', async () => {
    const code = 'class Solution:\n    def total(self, nums: List[int]) -> int:\n        return sum(nums)\n';
    const bare = await tracer.run({ code, tests: ['assert Solution().total([1, 2]) == 3'] });
    expect(bare.tests[0]).toMatchObject({ outcome: 'exception', exception: { type: 'NameError' } });
    const [test] = (await tracer.run({ code, setup: 'from typing import *', tests: ['assert Solution().total([1, 2]) == 3'] })).tests;
    expect(test).toMatchObject({ outcome: 'ok', testLine: 4 });
    expect(test.events[0]).toMatchObject({ line: 2, kind: 'call', changed: { self: '<Solution object>', nums: '[1, 2]' } });
  });

  it('refuses a fork bomb', async () => {
    const [test] = (await tracer.run({ code: 'import os\ndef bomb():\n    while True:\n        os.fork()\n', tests: ['bomb()'] })).tests;
    expect(test.outcome).toBe('exception');
    expect(test.exception).toEqual({ type: 'PermissionError', message: expect.stringMatching(/process creation is not allowed \(os\.fork\)/) });
  });

  it('refuses writes outside its temporary folder, which is removed afterwards', async () => {
    const code = "import os\ndef f(path):\n    open(path, 'w').write('x')\n    return os.getcwd()\n";
    const outside = join(cacheDir, 'escape.txt');
    const [refused, allowed] = (await tracer.run({ code, tests: [`f(${JSON.stringify(outside)})`, "f('inside.txt')"] })).tests;
    expect(refused.exception?.message).toMatch(/writing outside the working folder is not allowed/);
    expect(existsSync(outside)).toBe(false);
    const cwd = allowed.events.find((e) => e.kind === 'return')!.returnValue!.slice(1, -1);
    expect(cwd).toContain('tracelens-trace-');
    expect(existsSync(cwd)).toBe(false);
  });

  it('reports a 1 GB allocation as a memory outcome', async () => {
    const [test] = (await tracer.run({ code: 'def hog():\n    block = bytearray(1024 ** 3)\n    return len(block)\n', tests: ['hog()'] })).tests;
    expect(test.outcome).toBe('memory');
  });

  it('caps printed output', async () => {
    const [test] = (await tracer.run({ code: "def chatty():\n    while True:\n        print('x' * 1000)\n", tests: ['chatty()'] })).tests;
    expect(test.outcome).toBe('output-limit');
    expect(test.stdout.length).toBe(64 * 1024);
  });

  it('truncates a 1 MB repr and names the variable', async () => {
    const [test] = (await tracer.run({ code: "def grow(s):\n    t = s + 'b'\n    return len(t)\n", tests: ["assert grow('a' * 10**6) == 10**6 + 1"] })).tests;
    expect(test.outcome).toBe('ok');
    const call = test.events[0];
    expect(call.truncated).toEqual(['s']);
    expect(call.changed.s).toBe(`'${'a'.repeat(199)}...`);
  });

  it('stops at the step cap and marks the trace truncated', async () => {
    const code = 'def count():\n    i = 0\n    while True:\n        i += 1\n';
    const [test] = (await tracer.run({ code, tests: ['count()'], maxSteps: 500 })).tests;
    expect(test).toMatchObject({ outcome: 'step-limit', truncated: true });
    expect(test.events).toHaveLength(500);
    expect(test.events.at(-1)!.changed.i).toBe('498');
  });

  it('handles a huge argument without a huge trace, computed or written out in the test', async () => {
    const literal = `[${Array(50_000).fill('1').join(', ')}]`; // a 150 kB test line
    const result = await tracer.run({ code: 'def total(xs):\n    return sum(xs)\n', tests: ['assert total(list(range(10**6))) == 499999500000', `assert total(${literal}) == 50000`] });
    for (const test of result.tests) {
      expect(test.outcome).toBe('ok');
      expect(test.events[0].changed.xs.length).toBeLessThanOrEqual(203);
      expect(test.events[0].truncated).toEqual(['xs']);
    }
    expect(result.tests[0].events[0].changed.xs.startsWith('[0, 1, 2, 3')).toBe(true);
  });

  it('answers identical requests from the cache, also across restarts through the disk cache', async () => {
    const request = { code: 'def sq(x):\n    return x * x\n', tests: ['assert sq(3) == 9'] };
    const first = await service({ cacheDir }).run(request);
    const again = await service({ cacheDir }).run(request);
    expect([first.cached, again.cached]).toEqual([false, true]);
    expect(again.tests).toEqual(first.tests);
  });

  it('explains that no interpreter was found, without throwing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const lonely = service({ pythonPath: () => '/nonexistent/python3' });
      const info = await lonely.python();
      expect(info).toMatchObject({ ok: false, error: NO_PYTHON });
      const result = await lonely.run({ code: 'x = 1', tests: ['assert x == 1'] });
      expect(result.tests[0]).toMatchObject({ outcome: 'error', message: NO_PYTHON });
      expect(result.python).toBe('');
    } finally {
      process.env.PATH = path;
    }
  });
});
