import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertInsideRoots } from './roots';

describe('assertInsideRoots', () => {
  const base = mkdtempSync(join(tmpdir(), 'tl-roots-'));
  const root = join(base, 'data');
  mkdirSync(join(root, 'train'), { recursive: true });
  writeFileSync(join(root, 'train', 'iter0.jsonl'), '{}\n');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'link.jsonl'));

  it('allows the root itself and files below it', () => {
    expect(assertInsideRoots([root], root)).toBe(root);
    expect(assertInsideRoots([root], join(root, 'train', 'iter0.jsonl'))).toBe(join(root, 'train', 'iter0.jsonl'));
  });

  it('refuses paths outside, traversal and a sibling with the same prefix', () => {
    expect(() => assertInsideRoots([root], '/etc/passwd')).toThrow(/Not inside/);
    expect(() => assertInsideRoots([root], join(root, '..', 'secret.txt'))).toThrow(/Not inside/);
    mkdirSync(`${root}-other`, { recursive: true });
    expect(() => assertInsideRoots([root], `${root}-other`)).toThrow(/Not inside/);
  });

  it('refuses a symlink inside a root that points outside it', () => {
    expect(() => assertInsideRoots([root], join(root, 'link.jsonl'))).toThrow(/Not inside/);
  });

  it('allows anything when there are no roots (desktop app)', () => {
    expect(assertInsideRoots([], join(base, 'secret.txt'))).toBe(join(base, 'secret.txt'));
  });
});
