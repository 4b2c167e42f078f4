/** Saves text as a file through the browser's download (works in Electron and in serve mode). */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `labels-<dataset>-<annotator|all>-<yyyymmdd-hhmm>.<ext>` with unsafe characters replaced. */
export function exportFileName(datasetName: string, who: string | null, ext: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `labels-${datasetName}-${who ?? 'all'}-${stamp}.${ext}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}
