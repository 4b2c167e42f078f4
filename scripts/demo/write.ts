import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folders the generator owns inside the output directory; anything else there is left alone. */
export const OWNED_DIRS = ['train', 'dev', 'broken'];

export function writeDemo(outDir: string, files: Map<string, string>): void {
  for (const d of OWNED_DIRS) rmSync(join(outDir, d), { recursive: true, force: true });
  for (const [rel, content] of files) {
    const target = join(outDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** One line per split × iteration: the fix rate the generator measured. */
export function summarise(files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [rel, content] of files) {
    const m = /^(train|dev)\/iter(\d)\.jsonl$/.exec(rel);
    if (!m) continue;
    const rows = content.trim().split('\n').map((l) => JSON.parse(l) as { passed: boolean });
    const passed = rows.filter((r) => r.passed).length;
    out.push(`${m[1]} iter${m[2]}: ${rows.length} samples, fix rate ${((100 * passed) / rows.length).toFixed(1)}%`);
  }
  return out;
}
