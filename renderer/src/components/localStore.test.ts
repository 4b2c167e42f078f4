import { afterEach, describe, expect, it } from 'vitest';
import { loadRecent, saveRecent } from '../app/dataset/recentPaths';
import { localStore } from './localStore';

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  else delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('localStore', () => {
  it('is undefined when the browser blocks storage, so the recent list reads as empty instead of throwing', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(localStore()).toBeUndefined();
    expect(loadRecent()).toEqual([]);
    expect(() => saveRecent(['/data/run'])).not.toThrow();
  });
});
