import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { structuredTraceSchema } from '../../../shared/trace/schema';
import { testTraceSchema } from '../../../shared/trace/schema';
import type { StructuredTrace, TestTrace, TraceOutcome } from '../../../shared/trace/types';

export interface TracerLimits {
  maxSteps: number;
  maxReprChars: number;
  maxOutputBytes: number;
  memoryMB: number;
}

export interface TracerRun {
  python: string;
  script: string;
  code: string;
  tests: string[];
  entry_point?: string;
  setup?: string;
  limits: TracerLimits;
  timeoutMs: number;
  /** Most bytes of JSON accepted from the child before it is killed. */
  maxStdoutBytes: number;
  /** Told the child's pid (= its process group) once spawned; for tests and dispose. */
  onSpawn?: (pid: number) => void;
  onExit?: (pid: number) => void;
}

export type TracerResult =
  | { ok: true; trace: StructuredTrace }
  /** `finished`: the tests that completed before the failure (reported on fd 3 as they finished). */
  | { ok: false; outcome: TraceOutcome; message: string; finished?: TestTrace[] };

const STDERR_CAP = 64 * 1024;

/** CPU seconds allowed to the tracer: a little over the wall-clock limit, a backstop for it. */
const cpuSeconds = (timeoutMs: number) => Math.ceil(timeoutMs / 1000) + 1;

/** SIGKILL the whole process group; a group that is already gone is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: nothing left to kill
  }
}

/**
 * Run tracer.py once in a fresh temporary folder, in its own process group,
 * under a wall-clock timeout. Every way this can go wrong becomes a result:
 * it never throws and never outlives its timeout.
 */
export async function runTracer(run: TracerRun): Promise<TracerResult> {
  let dir: string;
  try {
    dir = await mkdtemp(join(tmpdir(), 'tracelens-trace-'));
  } catch (err) {
    return { ok: false, outcome: 'error', message: `Could not create a temporary folder: ${(err as Error).message}` };
  }
  try {
    return await runIn(dir, run);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function runIn(dir: string, run: TracerRun): Promise<TracerResult> {
  const request = {
    code: run.code,
    tests: run.tests,
    ...(run.entry_point ? { entry_point: run.entry_point } : {}),
    ...(run.setup ? { setup: run.setup } : {}),
    limits: {
      ...run.limits,
      // The tracer stops a runaway test itself a little before the hard kill, so other tests still report.
      wallSeconds: Math.max(0.05, (run.timeoutMs - 300) / 1000),
      deadline: (Date.now() + run.timeoutMs - 300) / 1000,
      cpuSeconds: cpuSeconds(run.timeoutMs),
    },
  };
  return new Promise<TracerResult>((resolve) => {
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let timedOut = false;
    let overflow = false;
    let spawnError: NodeJS.ErrnoException | null = null;
    const child = spawn(run.python, ['-I', run.script], {
      cwd: dir,
      detached: true, // its own process group, so that one kill reaches everything it started
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'], // fd 3: one JSON line per finished test
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: dir, TMPDIR: dir },
      windowsHide: true,
    });
    const pid = child.pid;
    if (pid !== undefined) run.onSpawn?.(pid);
    // Process groups are POSIX; elsewhere only the child itself can be killed.
    const kill = () => (pid !== undefined && process.platform !== 'win32' ? killGroup(pid) : child.kill('SIGKILL'));
    const started = Date.now();
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, run.timeoutMs);
    child.on('error', (err) => {
      spawnError = err;
    });
    child.stdin.on('error', () => undefined); // EPIPE when the child died before reading
    child.stdin.end(JSON.stringify(request));
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > run.maxStdoutBytes) {
        overflow = true;
        kill();
        return;
      }
      stdout.push(chunk);
    });
    const progress: Buffer[] = [];
    let progressBytes = 0;
    (child.stdio[3] as NodeJS.ReadableStream | null)?.on('data', (chunk: Buffer) => {
      progressBytes += chunk.length;
      if (progressBytes <= run.maxStdoutBytes) progress.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_CAP) stderr += chunk.toString('utf8').slice(0, STDERR_CAP - stderr.length);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      kill(); // anything left in the group goes with it
      if (pid !== undefined) run.onExit?.(pid);
      const elapsedMs = Date.now() - started;
      const result = interpret({ code, signal, timedOut, overflow, spawnError, stderr, elapsedMs, stdout: Buffer.concat(stdout).toString('utf8'), run });
      resolve(result.ok ? result : { ...result, finished: finishedTests(Buffer.concat(progress).toString('utf8')) });
    });
  });
}

/** The complete, valid lines of the progress stream; a line cut by the kill is dropped. */
function finishedTests(text: string): TestTrace[] {
  const tests: TestTrace[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const checked = testTraceSchema.safeParse(JSON.parse(line));
      if (!checked.success) break;
      tests.push(checked.data);
    } catch {
      break;
    }
  }
  return tests;
}

interface Ending {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  overflow: boolean;
  spawnError: NodeJS.ErrnoException | null;
  stderr: string;
  stdout: string;
  elapsedMs: number;
  run: TracerRun;
}

function interpret(end: Ending): TracerResult {
  const fail = (outcome: TraceOutcome, message: string): TracerResult => ({ ok: false, outcome, message });
  if (end.spawnError) {
    const missing = end.spawnError.code === 'ENOENT';
    return fail('error', missing ? `No Python 3 interpreter at ${end.run.python}` : `Could not start Python: ${end.spawnError.message}`);
  }
  if (end.timedOut) return fail('timeout', `Timed out after ${end.run.timeoutMs} ms; the tracer process was killed`);
  if (end.overflow) return fail('error', `The tracer produced more than ${Math.round(end.run.maxStdoutBytes / 1048576)} MB of output and was stopped`);
  if (/MemoryError/.test(end.stderr)) return fail('memory', `Memory limit reached (${end.run.limits.memoryMB} MB)`);
  if (end.signal === 'SIGKILL' && end.elapsedMs < cpuSeconds(end.run.timeoutMs) * 1000) {
    // Too early for the CPU limit's hard kill: the system's out-of-memory killer.
    return fail('memory', `The tracer was killed by the system after ${end.elapsedMs} ms, most likely for lack of memory`);
  }
  if (end.signal === 'SIGXCPU' || end.signal === 'SIGKILL') return fail('timeout', `CPU time limit reached (the tracer was stopped by ${end.signal})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(end.stdout);
  } catch {
    const detail = end.stderr.trim().split('\n').slice(-1)[0] || `exit code ${end.code ?? end.signal}`;
    return fail('error', `The tracer did not return a result (${detail})`);
  }
  if (parsed && typeof parsed === 'object' && 'fatal' in parsed) {
    const fatal = parsed as { fatal: string; message?: string };
    return fail(fatal.fatal === 'memory' ? 'memory' : 'error', fatal.message ?? 'The tracer failed');
  }
  const checked = structuredTraceSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail('error', `The tracer returned a malformed trace (${issue.path.join('.')}: ${issue.message})`);
  }
  return { ok: true, trace: checked.data };
}
