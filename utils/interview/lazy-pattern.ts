/**
 * A pattern compiled on its first use. Patterns with Unicode letter classes take milliseconds to
 * compile, which the always-on detector must not spend on pages that never need them.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
