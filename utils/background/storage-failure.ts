/**
 * What the reader is told when the database itself fails. Dexie wraps IndexedDB's errors and
 * keeps their names; a rolled-back transaction has written nothing, so the message says so.
 */
export function storageFailure(error: unknown): string | null {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  if (names.includes('QuotaExceededError')) {
    return 'Nothing was saved: the browser has no more room for Interview Lens’s data. Free some space (or delete old highlights), then try again.';
  }
  if (
    names.some(
      (name) =>
        name === 'MissingAPIError' ||
        name === 'OpenFailedError' ||
        name === 'DatabaseClosedError' ||
        name === 'InvalidStateError',
    )
  ) {
    return 'Nothing was saved: the browser’s storage is not available to Interview Lens right now (private browsing or a storage setting can cause this).';
  }
  return null;
}
