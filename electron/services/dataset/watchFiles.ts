import { watch, type FSWatcher } from 'node:fs';

/**
 * Calls `onChange` (debounced) when any of the files, or the folder holding
 * them, changes on disk — a training run appending to its JSONL, a file added
 * to the dataset folder. Returns the function that stops watching. Files that
 * cannot be watched (removed, unsupported file system) are left out silently:
 * reopening the dataset still notices a change through size and mtime.
 */
export function watchFiles(paths: string[], onChange: () => void, debounceMs = 750): () => void {
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | null = null;
  const fire = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
    timer.unref();
  };
  for (const p of new Set(paths)) {
    try {
      const w = watch(p, { persistent: false }, fire);
      w.on('error', () => w.close());
      watchers.push(w);
    } catch {
      // not watchable: see above
    }
  }
  return () => {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
