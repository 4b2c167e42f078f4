import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { PythonInfo, TraceRunResult } from '../../../shared/contract/trace';
import { defaultSettings } from '../../../shared/settings/settings';
import { programLines } from '../../../shared/trace/next/render';
import type { StructuredTrace, TestTrace, TraceOutcome } from '../../../shared/trace/types';
import { Limiter } from './lru';
import { findPython } from './python';
import { killGroup, runTracer, type TracerLimits } from './runTracer';
import { TraceCache, traceKey, type CachedTrace } from './traceCache';

export interface TraceRequest {
  code: string;
  tests: string[];
  entry_point?: string;
  /** Code run untraced before the program: imports it expects, such as LeetCode's implicit ones. */
  setup?: string;
  timeoutMs?: number;
  maxSteps?: number;
  maxReprChars?: number;
  maxOutputBytes?: number;
  memoryMB?: number;
}

export interface TraceServiceOptions {
  /** Folder that contains `tracer/tracer.py` (see `tracerScriptPath`). */
  resourcesDir: string;
  /** Folder for the on-disk cache (`<userDataDir>/trace-cache`); null keeps the cache in memory only. */
  cacheDir: string | null;
  /** The interpreter path from Settings, read at each lookup so that a change applies at once. */
  pythonPath?: () => string | null | undefined;
  /** Traces run at once (default: half the cores, at least 1). */
  concurrency?: number;
  memoryEntries?: number;
  maxStdoutBytes?: number;
  /** Observes each tracer process (its pid is its process group). */
  onSpawn?: (pid: number) => void;
}

// The limits a request leaves out: the settings' defaults (one source), plus the output cap no setting exposes.
export const TRACE_DEFAULTS = { ...defaultSettings.trace, maxOutputBytes: 64 * 1024 };
// Outcomes that depend on the machine's load or set-up rather than the code: never cached.
const TRANSIENT: TraceOutcome[] = ['timeout', 'error'];

/** Where the shipped tracer lives under a resources folder (`electron/` in dev, `process.resourcesPath` when packaged). */
export function tracerScriptPath(resourcesDir: string): string {
  return join(resourcesDir, 'tracer', 'tracer.py');
}

/** A resources folder that holds the tracer, found from where this code runs (source tree, dist bundle or package). */
export function defaultResourcesDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [here, join(here, '..', '..'), join(here, '..', '..', 'electron'), join(here, '..', 'electron'), ...(packaged ? [packaged] : []), join(process.cwd(), 'electron')];
  return candidates.find((dir) => existsSync(tracerScriptPath(dir))) ?? candidates[0];
}

export class TraceService {
  private readonly cache: TraceCache;
  private readonly limiter: Limiter;
  private readonly inflight = new Map<string, Promise<TraceRunResult>>();
  private readonly running = new Set<number>();
  private readonly script: string;
  private tracerVersion: string | null = null;
  private pythonCache: { configured: string | null; info: Promise<PythonInfo> } | null = null;
  private disposed = false;

  constructor(private readonly options: TraceServiceOptions) {
    this.script = tracerScriptPath(options.resourcesDir);
    this.cache = new TraceCache(options.cacheDir, options.memoryEntries ?? 200);
    this.limiter = new Limiter(Math.max(1, options.concurrency ?? Math.floor(cpus().length / 2)));
  }

  /** Whether `path` works (for the Settings form), or the interpreter the current setting leads to (remembered). */
  python(path?: string): Promise<PythonInfo> {
    if (path) return findPython(path, true);
    const configured = this.options.pythonPath?.() || null;
    if (!this.pythonCache || this.pythonCache.configured !== configured) {
      const info = findPython(configured);
      this.pythonCache = { configured, info };
      // Only a working interpreter is remembered: after "none found", the next call looks again.
      void info.then((found) => {
        if (!found.ok && this.pythonCache?.info === info) this.pythonCache = null;
      });
    }
    return this.pythonCache.info;
  }

  /** Trace code against tests. Never throws: every failure is an outcome on each test. */
  async run(request: TraceRequest): Promise<TraceRunResult> {
    const { key, limits, timeoutMs } = this.keyOf(request);
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const work = this.lookupOrTrace(key, request, limits, timeoutMs).finally(() => this.inflight.delete(key));
    this.inflight.set(key, work);
    return work;
  }

  /**
   * The cached result of exactly this request, or null: never runs Python. A
   * sample traced before shows its traces at once when it is opened again.
   */
  async cached(request: TraceRequest): Promise<TraceRunResult | null> {
    try {
      const hit = await this.cache.get(this.keyOf(request).key);
      return hit ? { ...hit, cached: true } : null;
    } catch {
      return null;
    }
  }

  /** The cache key of a request: the tracer's sources, the inputs and the limits (defaults filled in). */
  private keyOf(request: TraceRequest): { key: string; limits: TracerLimits; timeoutMs: number } {
    const timeoutMs = request.timeoutMs ?? TRACE_DEFAULTS.timeoutMs;
    const limits: TracerLimits = {
      maxSteps: request.maxSteps ?? TRACE_DEFAULTS.maxSteps,
      maxReprChars: request.maxReprChars ?? TRACE_DEFAULTS.maxReprChars,
      maxOutputBytes: request.maxOutputBytes ?? TRACE_DEFAULTS.maxOutputBytes,
      memoryMB: request.memoryMB ?? TRACE_DEFAULTS.memoryMB,
    };
    const key = traceKey({ tracer: this.version(), code: request.code, tests: request.tests, entry_point: request.entry_point ?? null, setup: request.setup ?? null, limits, timeoutMs });
    return { key, limits, timeoutMs };
  }

  private async lookupOrTrace(key: string, request: TraceRequest, limits: TracerLimits, timeoutMs: number): Promise<TraceRunResult> {
    try {
      const hit = await this.cache.get(key);
      if (hit) return { ...hit, cached: true };
      const fresh = await this.limiter.run(() => this.trace(request, limits, timeoutMs));
      if (fresh.tests.every((t) => !TRANSIENT.includes(t.outcome))) await this.cache.set(key, fresh);
      return { ...fresh, cached: false };
    } catch (err) {
      // Defensive: runTracer does not throw, but nothing may escape the service.
      return { ...failed(request, 'error', `Tracing failed: ${(err as Error).message}`), durationMs: 0, python: '', cached: false };
    }
  }

  private async trace(request: TraceRequest, limits: TracerLimits, timeoutMs: number): Promise<CachedTrace> {
    const started = Date.now();
    const info = await this.python();
    if (!info.ok) return { ...failed(request, 'error', info.error), durationMs: 0, python: '' };
    if (this.disposed) return { ...failed(request, 'error', 'The trace service has shut down'), durationMs: 0, python: '' };
    const result = await runTracer({
      python: info.executable,
      script: this.script,
      code: request.code,
      tests: request.tests,
      entry_point: request.entry_point,
      setup: request.setup,
      limits,
      timeoutMs,
      maxStdoutBytes: this.options.maxStdoutBytes ?? 64 * 1024 * 1024,
      onSpawn: (pid) => {
        this.running.add(pid);
        this.options.onSpawn?.(pid);
      },
      onExit: (pid) => this.running.delete(pid),
    });
    if (this.disposed) return { ...failed(request, 'error', 'The trace service shut down during the run'), durationMs: Date.now() - started, python: '' };
    const trace = result.ok ? result.trace : failed(request, result.outcome, result.message, result.finished);
    return { ...trace, durationMs: Date.now() - started, python: `${info.executable} (${info.version})` };
  }

  /** Hash of the tracer's sources: a new tracer invalidates old cache entries. */
  private version(): string {
    if (this.tracerVersion === null) {
      const dir = join(this.options.resourcesDir, 'tracer');
      let files: string[] = [];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
      } catch {
        // no tracer: runs will report it; the key only has to be stable
      }
      this.tracerVersion = traceKey(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    }
    return this.tracerVersion;
  }

  /** Kill every running tracer; later runs answer an error outcome. */
  async dispose(): Promise<void> {
    this.disposed = true;
    for (const pid of this.running) killGroup(pid);
    this.running.clear();
  }
}

/** The same failure on every test that did not finish (all of them when the tracer never ran). */
function failed(request: TraceRequest, outcome: TraceOutcome, message: string, finished: TestTrace[] = []): StructuredTrace {
  const code = request.code.replace(/\r\n?/g, '\n');
  let next = programLines(code).length + 1;
  return {
    format: 'tracelens.trace/v1',
    code,
    tests: request.tests.map((test, i) => {
      const testLine = next;
      next += test.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').length;
      return finished[i] ?? { test, testLine, outcome, passed: false, events: [], truncated: false, stdout: '', message };
    }),
  };
}
