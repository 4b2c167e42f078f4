// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { layoutStorage, storedFlag } from './storedPrefs';

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
function blockStorage() {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  localStorage.clear();
});

describe('storedFlag', () => {
  it('keeps the choice across sessions', () => {
    expect(storedFlag('t.flag').read()).toBe(false);
    storedFlag('t.flag').write(true);
    expect(localStorage.getItem('t.flag')).toBe('1');
    expect(storedFlag('t.flag').read()).toBe(true);
    storedFlag('t.flag').write(false);
    expect(storedFlag('t.flag').read()).toBe(false);
  });

  it('reads as off and accepts changes where the browser blocks storage', () => {
    localStorage.setItem('t.flag', '1');
    blockStorage();
    expect(storedFlag('t.flag').read()).toBe(false);
    expect(() => storedFlag('t.flag').write(true)).not.toThrow();
  });
});

describe('layoutStorage', () => {
  it('is localStorage when there is one, and a session store where it is blocked', () => {
    expect(layoutStorage()).toBe(localStorage);
    blockStorage();
    const storage = layoutStorage();
    storage.setItem('layout', '{"a":50}');
    expect(storage.getItem('layout')).toBe('{"a":50}');
    expect(layoutStorage()).toBe(storage);
  });
});
