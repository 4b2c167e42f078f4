import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The packaging configuration is only exercised by `npm run dist` on a
// machine that can download Electron; this test keeps it honest everywhere.
const root = join(__dirname, '..', '..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it('builds AppImage and deb on Linux, dmg on macOS, NSIS on Windows', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
  });

  it('ships the Python tracer and the demo dataset as extra resources that exist', () => {
    const froms = config.extraResources.map((r: { from: string; to: string }) => [r.from, r.to]);
    expect(froms).toContainEqual(['electron/tracer', 'tracer']);
    expect(froms).toContainEqual(['datasets/demo', 'datasets/demo']);
    expect(existsSync(join(root, 'electron', 'tracer', 'tracer.py'))).toBe(true);
    expect(existsSync(join(root, 'datasets', 'demo'))).toBe(true);
  });

  it('declares the tracelens:// protocol and the .jsonl / .jsonl.gz file associations', () => {
    expect(config.protocols.flatMap((p: { schemes: string[] }) => p.schemes)).toContain('tracelens');
    expect(config.fileAssociations.map((f: { ext: string }) => f.ext)).toEqual(expect.arrayContaining(['jsonl', 'jsonl.gz']));
    expect(config.linux.mimeTypes).toContain('x-scheme-handler/tracelens');
  });

  it('points at icons that exist at every size a desktop needs', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(existsSync(join(root, 'build', 'icons', `${size}x${size}.png`)), `${size}px icon`).toBe(true);
    }
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(existsSync(join(root, config.mac.icon))).toBe(true);
    // A PNG really is a PNG (not a placeholder text file).
    expect(readFileSync(join(root, 'build', 'icons', '256x256.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('packages the bundles the app starts from, and `npm run dist` builds first', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*']));
    expect(pkg.scripts.dist).toMatch(/npm run build && electron-builder/);
  });
});
