import { NESTED } from '../scan/scanRecord';
import type { Sample, Task, TestResult } from '../types';
import { asIndex, Checker, recordAccess, typeName } from './fieldAccess';
import type { Adapter, AdapterContext, FieldAccess, FacetResult } from './types';

/** Split used when neither the record nor its path names one. */
export const UNKNOWN_SPLIT = 'unknown';

const WANTED = ['problem_id', 'split', 'iteration', 'sample_index', 'model', 'passed', 'test_results'];

function canonicalFacets(f: FieldAccess, ctx: AdapterContext): FacetResult {
  const pid = f.get('problem_id');
  if (pid === undefined || pid === null) return { error: 'missing required field problem_id' };
  if (typeof pid !== 'string' && typeof pid !== 'number') return { error: `problem_id should be a string, found ${pid === NESTED ? 'an object or array' : typeName(pid)}` };
  const split = f.get('split');
  const iteration = f.get('iteration');
  let passed = f.get('passed');
  if (typeof passed !== 'boolean') {
    // `passed` may be left out when `test_results` says it: that needs the parsed record.
    if (f.get('test_results') === NESTED && !f.full) return null;
    passed = f.record ? derivePassed(f.record) : null;
  }
  const model = f.get('model');
  return {
    problem_id: String(pid),
    split: typeof split === 'string' && split ? split : (ctx.pathFacts.split ?? UNKNOWN_SPLIT),
    iteration: asIndex(iteration) ?? ctx.pathFacts.iteration ?? 0,
    sample_index: asIndex(f.get('sample_index')) ?? 0,
    model: typeof model === 'string' ? model : null,
    passed: passed as boolean | null,
    rationaleChars: f.chars('rationale') ?? 0,
  };
}

function normaliseTask(raw: unknown, c: Checker): Task | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    c.warnings.push(`task should be an object, found ${typeName(raw)}`);
    return undefined;
  }
  const t = raw as Record<string, unknown>;
  const task: Task = {};
  const description = c.string('task.description', t.description);
  if (description !== undefined) task.description = description;
  const buggy = c.string('task.buggy_code', t.buggy_code);
  if (buggy !== undefined) task.buggy_code = buggy;
  const entry = c.string('task.entry_point', t.entry_point);
  if (entry !== undefined) task.entry_point = entry;
  const ref = c.string('task.reference_code', t.reference_code);
  if (ref !== undefined) task.reference_code = ref;
  if (Array.isArray(t.tests)) task.tests = t.tests.filter((x): x is string => typeof x === 'string');
  else if (typeof t.tests === 'string') task.tests = t.tests.split(/\r?\n/).filter((l) => l.trim());
  else if (t.tests !== undefined) c.warnings.push(`task.tests should be a list of assert statements, found ${typeName(t.tests)}`);
  return task;
}

function normaliseResults(raw: unknown, c: Checker): TestResult[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    c.warnings.push(`test_results should be a list, found ${typeName(raw)}`);
    return undefined;
  }
  const out: TestResult[] = [];
  raw.forEach((r, i) => {
    if (r && typeof r === 'object' && typeof (r as TestResult).passed === 'boolean') {
      const { test, passed, error } = r as Record<string, unknown>;
      out.push({ test: typeof test === 'string' ? test : '', passed: passed as boolean, error: typeof error === 'string' ? error : null });
    } else c.warnings.push(`test_results[${i}] needs a boolean "passed"`);
  });
  return out;
}

/** Canonical samples: the Tracelens format documented in datasets/README.md. */
export const canonicalAdapter: Adapter = {
  name: 'canonical',
  spec: { wanted: new Set(WANTED), counted: new Set(['rationale']) },
  facets: canonicalFacets,
  normalise(record, ctx) {
    const c = new Checker();
    const f = canonicalFacets(recordAccess(record), ctx);
    const sample: Sample = {
      problem_id: f && !('error' in f) ? f.problem_id : String(record.problem_id ?? ''),
      split: f && !('error' in f) ? f.split : UNKNOWN_SPLIT,
      iteration: f && !('error' in f) ? f.iteration : 0,
      sample_index: f && !('error' in f) ? f.sample_index : 0,
    };
    c.index('iteration', record.iteration);
    c.index('sample_index', record.sample_index);
    const model = c.string('model', record.model);
    if (model !== undefined) sample.model = model;
    const task = normaliseTask(record.task, c);
    if (task) sample.task = task;
    const trace = record.trace;
    if (typeof trace === 'string' || (trace && typeof trace === 'object' && !Array.isArray(trace))) sample.trace = trace as Sample['trace'];
    else if (trace !== undefined && trace !== null) c.warnings.push(`trace should be a string or an object, found ${typeName(trace)}`);
    const rationale = c.string('rationale', record.rationale);
    if (rationale !== undefined) sample.rationale = rationale;
    const fixed = c.string('fixed_code', record.fixed_code);
    if (fixed !== undefined) sample.fixed_code = fixed;
    const results = normaliseResults(record.test_results, c);
    if (results) sample.test_results = results;
    if (record.passed !== undefined && record.passed !== null && typeof record.passed !== 'boolean') {
      c.warnings.push(`passed should be a boolean, found ${typeName(record.passed)}`);
    }
    sample.passed = derivePassed(record);
    if (record.meta && typeof record.meta === 'object' && !Array.isArray(record.meta)) sample.meta = record.meta as Record<string, unknown>;
    return { sample, warnings: c.warnings };
  },
};

/** `passed` as stated, else all of `test_results` passed, else unknown. */
export function derivePassed(record: Record<string, unknown>): boolean | null {
  const r = record.test_results;
  if (typeof record.passed === 'boolean') return record.passed;
  if (!Array.isArray(r) || r.length === 0) return null;
  return r.every((x) => x && typeof x === 'object' && (x as TestResult).passed === true);
}
