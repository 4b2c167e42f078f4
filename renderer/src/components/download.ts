/**
 * Saves a blob through the browser's download: the one way to write a file
 * that works both in Electron (it shows its save dialog) and in serve mode.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  // Firefox only follows a click on a link that is in the document.
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(new Blob([text], { type: mime }), fileName);
}

/** A name every file system accepts: runs of anything but letters, digits, `.`, `_` and `-` become `_`. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}
