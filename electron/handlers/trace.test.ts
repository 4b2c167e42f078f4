import { afterAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../shared/contract/dispatch';
import { defaultSettings } from '../../shared/settings/settings';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import { NO_PYTHON } from '../services/trace/python';
import { defaultResourcesDir, TraceService } from '../services/trace/TraceService';
import { createTraceHandlers } from './trace';

const trace = new TraceService({ resourcesDir: defaultResourcesDir(), cacheDir: null });
afterAll(() => trace.dispose());
const settings = { get: () => ({ ...defaultSettings, trace: { ...defaultSettings.trace, maxSteps: 5 } }) } as unknown as Services['settings'];
const handlers = createTraceHandlers({} as BackendContext, { trace, settings }) as unknown as Handlers;
const call = { transport: 'ipc' as const };

describe('trace handlers', () => {
  it('trace:run traces through the contract, with the limits from Settings', async () => {
    const code = 'def count(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n';
    const res = await dispatch(handlers, 'trace:run', { code, tests: ['assert count(2) == 2', 'assert count(50) == 50'] }, call);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const value = res.value as Awaited<ReturnType<TraceService['run']>>;
    expect(value.tests.map((t) => t.outcome)).toEqual(['ok', 'step-limit']);
    expect(value.tests[1].events).toHaveLength(5);
    expect(value.python).toMatch(/python/);
  });

  it('trace:cached answers only what a run with the same arguments left in the cache, without running Python', async () => {
    const args = { code: 'def sq(n):\n    return n * n\n', tests: ['assert sq(3) == 9'], entry_point: 'sq' };
    expect(await dispatch(handlers, 'trace:cached', args, call)).toEqual({ ok: true, value: null });
    await dispatch(handlers, 'trace:run', args, call);
    const hit = await dispatch(handlers, 'trace:cached', args, call);
    expect(hit).toMatchObject({ ok: true, value: { cached: true, tests: [{ outcome: 'ok' }] } });
    // Other limits make another trace: no answer for them.
    expect(await dispatch(handlers, 'trace:cached', { ...args, maxSteps: 1 }, call)).toEqual({ ok: true, value: null });
  });

  it('trace:run refuses arguments out of bounds with a precise message', async () => {
    const none = await dispatch(handlers, 'trace:run', { code: 'x = 1', tests: [] }, call);
    const many = await dispatch(handlers, 'trace:run', { code: 'x = 1', tests: Array(51).fill('assert x') }, call);
    const slow = await dispatch(handlers, 'trace:run', { code: 'x = 1', tests: ['assert x'], timeoutMs: 10 }, call);
    for (const res of [none, many, slow]) expect(res).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!slow.ok) expect(slow.error.details!.join('\n')).toMatch(/^timeoutMs:/m);
  });

  it('trace:run answers "unavailable" with the fix when no interpreter is found', async () => {
    const missing = { python: async () => ({ ok: false as const, error: NO_PYTHON, tried: ['python3: not found'] }) } as unknown as TraceService;
    const lonely = createTraceHandlers({} as BackendContext, { trace: missing, settings }) as unknown as Handlers;
    const res = await dispatch(lonely, 'trace:run', { code: 'x = 1', tests: ['assert x'] }, call);
    expect(res).toMatchObject({ ok: false, error: { code: 'unavailable', message: NO_PYTHON, details: ['python3: not found'] } });
  });

  it('trace:python reports the interpreter and checks a given path', async () => {
    const found = await dispatch(handlers, 'trace:python', {}, call);
    expect(found).toMatchObject({ ok: true, value: { ok: true, version: expect.stringMatching(/^3\.\d+\.\d+$/) } });
    const bad = await dispatch(handlers, 'trace:python', { path: '/no/such/python' }, call);
    expect(bad).toMatchObject({ ok: true, value: { ok: false, error: '/no/such/python is not a usable Python 3 interpreter (/no/such/python: not found)' } });
  });
});
