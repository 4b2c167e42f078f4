import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { registerTraceCommand } from './trace';

const dir = mkdtempSync(join(tmpdir(), 'tracelens-cli-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function cli(source: string | null, ...args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  const file = join(dir, 'program.py');
  if (source !== null) writeFileSync(file, source);
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  const program = new Command().exitOverride();
  registerTraceCommand(program);
  await program.parseAsync(['node', 'tracelens', 'trace', source === null ? join(dir, 'missing.py') : file, ...args]);
  return { out: out.join('\n'), err: err.join('\n'), code: process.exitCode as number | undefined };
}

describe('tracelens trace', () => {
  it('prints the NExT rendering and exits 1 when a test fails', async () => {
    const { out, code } = await cli('def double(x):\n    y = x + x\n    return y\n', '--test', 'assert double(2) == 4', '--test', 'assert double(3) == 7');
    expect(out).toContain('# test 1/2: passed\ndef double(x):  # (0) x=2\n    y = x + x  # (1) y=4\n    return y  # (2) __return__=4\nassert double(2) == 4');
    expect(out).toContain('# test 2/2: FAILED');
    expect(out).toContain('assert double(3) == 7  # (3) __exception__ = AssertionError()');
    expect(code).toBe(1);
  });

  it('exits 0 when every test passes, and prints JSON on request', async () => {
    const { out, code } = await cli('def inc(x):\n    return x + 1\n', '-t', 'assert inc(1) == 2', '--format', 'json');
    const parsed = JSON.parse(out);
    expect(parsed.tests[0]).toMatchObject({ outcome: 'ok', passed: true });
    expect(code).toBe(0);
  });

  it('reports a program that does not compile', async () => {
    const { out, code } = await cli('def f(:\n    pass\n', '-t', 'f()');
    expect(out).toMatch(/SYNTAX-ERROR — The program does not compile: SyntaxError: .*\(line 1\)/);
    expect(code).toBe(1);
  });

  it('says clearly when a run timed out', async () => {
    const { out, code } = await cli('import itertools\ndef spin():\n    return sum(itertools.count())\n', '-t', 'spin()', '--timeout', '600');
    expect(out).toContain('TIMEOUT — Timed out after 600 ms');
    expect(code).toBe(1);
  });

  it('refuses bad usage with exit code 2', async () => {
    expect((await cli('x = 1\n')).err).toMatch(/give at least one --test/);
    expect((await cli('x = 1\n', '-t', 'x', '--format', 'xml')).code).toBe(2);
    expect((await cli('x = 1\n', '-t', 'x', '--timeout', 'soon')).err).toMatch(/--timeout must be/);
    const missing = await cli(null, '-t', 'x');
    expect(missing.err).toMatch(/cannot read .*missing\.py: ENOENT/);
    expect(missing.code).toBe(2);
  });
});
