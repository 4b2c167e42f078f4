import { localStore } from './localStore';

/**
 * A yes/no preference kept in localStorage as '1'/'0' (blind mode, the
 * program's model view). Reading is synchronous, so a store can start from
 * it without flashing the default; where the browser blocks or fills
 * storage, the flag reads as off and a change lasts for the session only.
 */
export function storedFlag(key: string): { read(): boolean; write(on: boolean): void } {
  return {
    read() {
      try {
        return localStore()?.getItem(key) === '1';
      } catch {
        return false;
      }
    },
    write(on) {
      try {
        localStore()?.setItem(key, on ? '1' : '0');
      } catch {
        // Storage refused (private window, quota): the store still holds the value for this session.
      }
    },
  };
}

/** What react-resizable-panels' `useDefaultLayout` reads and writes. */
export interface LayoutStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const memory = new Map<string, string>();
// One object, so that the layout hook's subscriptions stay put from render to render.
const sessionOnly: LayoutStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
};

/**
 * Storage for panel layouts. Given no storage, `useDefaultLayout` reaches
 * for `localStorage` itself, which throws where the browser blocks it; this
 * gives it an in-memory store instead (layouts then last for the session).
 */
export function layoutStorage(): LayoutStorage {
  return localStore() ?? sessionOnly;
}
