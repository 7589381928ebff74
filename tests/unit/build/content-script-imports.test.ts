import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// Value imports and re-exports only: `import type` disappears from the bundle.
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

function resolveModule(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? resolve(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(isFile);
}

/** The packages and the project's own modules a module pulls into its bundle, through every module it imports for a value. */
function reached(entry: string): { packages: Set<string>; modules: Set<string> } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec!.startsWith('.') || spec!.startsWith('@/')) {
        const target = resolveModule(file, spec!.split('?')[0]!);
        if (target) visit(target);
      } else packages.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
    }
  };
  visit(resolve(ROOT, entry));
  return { packages, modules: new Set([...seen].map((file) => file.slice(ROOT.length + 1))) };
}
const packagesReached = (entry: string) => reached(entry).packages;

describe('what the content scripts bring into every page they run in', () => {
  it('the lens imports neither zod nor React: validation is the background’s, and its interface is a file of its own', () => {
    const lens = packagesReached('entrypoints/lens.content/index.ts');
    expect(lens).toContain('approx-string-match'); // the walk does follow the lens's imports
    expect(lens).not.toContain('zod');
    expect(lens).not.toContain('react');
    expect(lens).not.toContain('react-dom');
    const ui = packagesReached('entrypoints/lens-ui.content/index.tsx');
    expect(ui).toContain('react-dom');
    expect(ui).not.toContain('zod');
  });

  it('the always-on detector imports neither zod nor React', () => {
    const reached = packagesReached('entrypoints/detector.content.ts');
    expect(reached).not.toContain('zod');
    expect(reached).not.toContain('react');
    expect(reached).not.toContain('react-dom');
  });

  it('the always-on detector leaves the detection rules to the background: it only gathers', () => {
    const { modules } = reached('entrypoints/detector.content.ts');
    expect(modules).toContain('utils/interview/signals.ts');
    expect(modules).not.toContain('utils/interview/detect.ts');
    expect(modules).not.toContain('utils/interview/lexicon.ts');
  });
});
