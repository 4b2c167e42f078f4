import { describe, expect, it } from 'vitest';
import { RpcError } from './errors';
import { dispatch, type Handlers } from './dispatch';

// Only the two app requests matter here; the others are never reached.
const handlers = {
  'app:ping': ({ message }: { message: string }) => {
    if (message === 'boom') throw new Error('kaboom');
    if (message === 'missing') throw new RpcError('not-found', 'no such thing');
    return { pong: message, at: 1 };
  },
} as unknown as Handlers;

const ctx = { transport: 'http' as const };

describe('dispatch', () => {
  it('runs the handler with validated arguments', async () => {
    expect(await dispatch(handlers, 'app:ping', { message: 'hi' }, ctx)).toEqual({ ok: true, value: { pong: 'hi', at: 1 } });
  });

  it('answers an unknown request with a typed bad-request error', async () => {
    const r = await dispatch(handlers, 'app:explode', {}, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'Unknown request: app:explode' } });
  });

  it('refuses inherited names such as __proto__ or toString', async () => {
    for (const name of ['__proto__', 'toString', 'constructor']) {
      expect(await dispatch(handlers, name, {}, ctx)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('answers invalid arguments with the failing fields', async () => {
    const r = await dispatch(handlers, 'app:ping', { message: 42, extra: true }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad-request');
    expect(r.error.details?.join('\n')).toMatch(/message/);
  });

  it('turns a thrown RpcError into its code and any other throw into internal', async () => {
    expect(await dispatch(handlers, 'app:ping', { message: 'missing' }, ctx)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such thing' },
    });
    expect(await dispatch(handlers, 'app:ping', { message: 'boom' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'app:ping failed: kaboom' },
    });
  });
});
