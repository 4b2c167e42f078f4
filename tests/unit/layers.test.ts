import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering rule of the house style (VS Code's common/node/browser split):
// shared/ is pure, renderer/ never reaches Node or Electron, and only the
// Electron shell (electron/main, electron/preload) imports electron.
const root = join(__dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|mts)$/.test(name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs;
}

function violations(dir: string, isForbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(join(root, dir)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => isForbidden(spec, file))
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

describe('layering', () => {
  it('shared/ imports nothing platform-specific (no node:*, electron, react, electron/ or renderer/)', () => {
    const bad = violations('shared', (spec) => {
      const pkg = spec.split('/')[0];
      return (
        NODE_BUILTINS.has(spec) ||
        NODE_BUILTINS.has(pkg) ||
        pkg === 'electron' ||
        pkg === 'react' ||
        pkg === 'react-dom' ||
        /(^|\/)(electron|renderer)\//.test(spec.replace(/^(\.\.\/)+/, ''))
      );
    });
    expect(bad).toEqual([]);
  });

  it('renderer/ never imports Node built-ins, electron or the electron/ folder', () => {
    const bad = violations('renderer', (spec) => {
      const pkg = spec.split('/')[0];
      return NODE_BUILTINS.has(spec) || pkg === 'electron' || /^(\.\.\/)+electron\//.test(spec);
    });
    expect(bad).toEqual([]);
  });

  it('only electron/main and electron/preload import electron itself', () => {
    const bad = violations('electron', (spec, file) => {
      const rel = relative(join(root, 'electron'), file);
      return spec === 'electron' && !rel.startsWith('main') && !rel.startsWith('preload');
    });
    expect(bad).toEqual([]);
  });

  it('the rule itself catches a violation', () => {
    // Guard against a regex that silently matches nothing.
    expect(importsOf(join(root, 'electron', 'main', 'main.ts'))).toContain('electron');
    expect(importsOf(join(root, 'tests', 'unit', 'layers.test.ts'))).toContain('node:fs');
  });
});
