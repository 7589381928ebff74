/** Saves text or bytes as a file through a temporary object URL (no downloads permission needed). */
export function download(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Today's date for file names, e.g. interview-lens-2026-11-26.json. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
