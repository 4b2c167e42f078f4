import { safeFileName } from '../../components/download';

/** `labels-<dataset>-<annotator|all>-<yyyymmdd-hhmm>.<ext>` with unsafe characters replaced. */
export function exportFileName(datasetName: string, who: string | null, ext: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return safeFileName(`labels-${datasetName}-${who ?? 'all'}-${stamp}.${ext}`);
}
