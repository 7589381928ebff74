/**
 * Content scripts of one extension share a global scope per frame; this flag lets the detector
 * know the lens is already there, and stops a second injection from starting a second lens.
 */
const KEY = Symbol.for('interview-lens.lens-loaded');
type Flagged = typeof globalThis & { [KEY]?: boolean };

export const isLensLoaded = (): boolean => (globalThis as Flagged)[KEY] === true;

/** Marks the lens as loaded; returns false if it already was. */
export function claimLens(): boolean {
  if (isLensLoaded()) return false;
  (globalThis as Flagged)[KEY] = true;
  return true;
}
