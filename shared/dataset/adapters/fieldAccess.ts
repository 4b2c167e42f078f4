import { NESTED, type ScanOut } from '../scan/scanRecord';
import type { FieldAccess } from './types';

/** Field access over a fast scan result. */
export function scanAccess(out: ScanOut): FieldAccess {
  return {
    full: false,
    get: (key) => out.value(key),
    chars: (key) => out.chars(key),
  };
}

/** Field access over a parsed record; nested values are reported as NESTED like the scanner does. */
export function recordAccess(record: Record<string, unknown>): FieldAccess {
  return {
    full: true,
    record,
    get: (key) => {
      const v = record[key];
      return v !== null && typeof v === 'object' ? NESTED : v;
    },
    chars: (key) => {
      const v = record[key];
      return typeof v === 'string' ? v.length : undefined;
    },
  };
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A non-negative integer, or undefined. */
export function asIndex(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Collects warnings for fields of the wrong type while copying the good ones. */
export class Checker {
  readonly warnings: string[] = [];
  string(name: string, v: unknown): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.warnings.push(`${name} should be a string, found ${typeName(v)}`);
    return undefined;
  }
  index(name: string, v: unknown): number | undefined {
    if (v === undefined || v === null) return undefined;
    const n = asIndex(v);
    if (n === undefined) this.warnings.push(`${name} should be an integer ≥ 0, found ${JSON.stringify(v)?.slice(0, 40)}`);
    return n;
  }
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
