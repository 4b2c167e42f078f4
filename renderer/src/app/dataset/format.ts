import type { IndexProgress } from '../../../../shared/contract';

const countFormat = new Intl.NumberFormat('en-US');

/** 100000 → "100,000": counts are read at a glance, so always grouped. */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** Bytes in the largest unit that keeps the number readable (1 decimal above KB). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Seconds left as "12 s", "3 min 5 s", "1 h 2 min"; null (no rate yet) as "estimating…". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating…';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s left`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s left`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min left`;
}

/** Share of bytes read, 0–100, rounded down so it never shows 100 before the end. */
export function progressPercent(p: IndexProgress): number {
  if (p.bytesTotal <= 0) return 0;
  return Math.min(100, Math.floor((p.bytesDone / p.bytesTotal) * 100));
}

/** What the bar measures now: "Decompressing", "Converting" (a JSON array to JSONL) or "Indexing". */
export function phaseLabel(p: IndexProgress | null): string {
  if (p?.phase === 'decompressing') return 'Decompressing';
  if (p?.phase === 'converting') return 'Converting';
  return 'Indexing';
}

/**
 * The one-line status beside the bar: "42% · 118.3 MB/s · 1,234 records · 12 s left";
 * while a file is decompressed, "Decompressing HumanEval.jsonl.gz — 34% · 120.0 MB/s · 8 s left"
 * (the bytes are the compressed file's), then "· 1,234 records ready" once the lines
 * decompressed so far are indexed and can be browsed.
 */
export function describeProgress(p: IndexProgress): string {
  const { phase, file, figures, ready } = progressParts(p);
  if (!phase) return figures;
  return `${file ? `${phase} ${file}` : phase} — ${figures}${ready ? ` · ${ready}` : ''}`;
}

/**
 * `describeProgress` in parts, for a bar that shortens the file name first:
 * the phase ("Decompressing"; null while indexing), the file, the figures and
 * the records already browsable (null until there are some).
 */
export function progressParts(p: IndexProgress): { phase: string | null; file: string | null; figures: string; ready: string | null } {
  if (p.phase === 'decompressing' || p.phase === 'converting') {
    const ready = p.records > 0 ? `${formatCount(p.records)} records ready` : null;
    return { phase: phaseLabel(p), file: p.file ?? null, figures: [`${progressPercent(p)}%`, `${p.rateMBs.toFixed(1)} MB/s`, formatEta(p.etaSeconds)].join(' · '), ready };
  }
  return { phase: null, file: null, figures: indexingFigures(p), ready: null };
}

function indexingFigures(p: IndexProgress): string {
  return [`${progressPercent(p)}%`, `${p.rateMBs.toFixed(1)} MB/s`, `${formatCount(p.records)} records`, formatEta(p.etaSeconds)].join(' · ');
}

/** "1.2k" for rationale lengths in narrow list rows. */
export function formatCompact(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}
