import { localStore } from '../../components/localStore';

const STORAGE_KEY = 'tracelens.recentDatasets';
export const MAX_RECENT = 8;

/** The list after opening `path`: it moves to the front, duplicates go, the oldest fall off. */
export function addRecent(list: readonly string[], path: string, max = MAX_RECENT): string[] {
  const trimmed = path.trim();
  if (!trimmed) return [...list];
  return [trimmed, ...list.filter((p) => p !== trimmed)].slice(0, max);
}

/** Recent paths from localStorage; anything malformed (hand-edited, old version) reads as empty. */
export function loadRecent(storage: Storage | undefined = localStore()): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export function saveRecent(list: readonly string[], storage: Storage | undefined = localStore()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled (private window): recent paths are a convenience, not data.
  }
}
