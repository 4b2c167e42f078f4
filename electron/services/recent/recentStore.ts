import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecentEntry } from '../../../shared/contract/app';

const MAX_RECENT = 15;

/** Recently opened datasets, newest first, in `<userData>/recent.json`. */
export class RecentStore {
  constructor(private readonly dir: string) {}

  private file(): string {
    return join(this.dir, 'recent.json');
  }

  list(): RecentEntry[] {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file(), 'utf8'));
    } catch {
      return []; // none yet, or unreadable: an empty list is the honest answer
    }
    if (!Array.isArray(raw)) return [];
    return raw
      .filter((e): e is { path: string; openedAt: number } => typeof e?.path === 'string' && typeof e?.openedAt === 'number')
      .slice(0, MAX_RECENT)
      .map((e) => ({ path: e.path, openedAt: e.openedAt, exists: existsSync(e.path) }));
  }

  add(path: string, now = Date.now()): RecentEntry[] {
    const next = [{ path, openedAt: now }, ...this.list().filter((e) => e.path !== path)].slice(0, MAX_RECENT);
    this.write(next);
    return this.list();
  }

  remove(path: string): RecentEntry[] {
    this.write(this.list().filter((e) => e.path !== path));
    return this.list();
  }

  clear(): void {
    this.write([]);
  }

  private write(entries: { path: string; openedAt: number }[]): void {
    const tmp = `${this.file()}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries.map(({ path, openedAt }) => ({ path, openedAt })), null, 2));
    renameSync(tmp, this.file());
  }
}
