import { describe, expect, it } from 'vitest';
import { addRecent, loadRecent, saveRecent } from './recentPaths';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('recent paths', () => {
  it('moves a reopened path to the front without duplicates and caps the list', () => {
    expect(addRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(addRecent(['/a', '/b'], '/c', 2)).toEqual(['/c', '/a']);
    expect(addRecent(['/a'], '   ')).toEqual(['/a']);
  });

  it('round-trips through storage and reads garbage as empty', () => {
    const s = memoryStorage();
    saveRecent(['/data/run1'], s);
    expect(loadRecent(s)).toEqual(['/data/run1']);
    expect(loadRecent(memoryStorage({ 'tracelens.recentDatasets': '{not json' }))).toEqual([]);
    expect(loadRecent(memoryStorage({ 'tracelens.recentDatasets': '[1,"/x",null]' }))).toEqual(['/x']);
  });
});
