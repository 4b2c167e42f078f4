import path from 'node:path';

/**
 * Dataset ids are derived from paths and may hold any character; the file
 * name keeps the safe ones and adds a hash of the full id so that two ids
 * never share a journal.
 */
export function journalFileName(datasetId: string): string {
  const safe = datasetId.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 80);
  if (safe === datasetId) return `${safe}.jsonl`;
  let h = 0x811c9dc5;
  for (let i = 0; i < datasetId.length; i++) h = Math.imul(h ^ datasetId.charCodeAt(i), 0x01000193) >>> 0;
  return `${safe}-${h.toString(16).padStart(8, '0')}.jsonl`;
}

export function journalDir(userDataDir: string): string {
  return path.join(userDataDir, 'labels-journal');
}

export function journalPath(userDataDir: string, datasetId: string): string {
  return path.join(journalDir(userDataDir), journalFileName(datasetId));
}
