import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = (...files: string[]) =>
  spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/analyze.ts', ...files], { cwd: ROOT, encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints one JSON line per file, in order, with the contract’s fields; a bad file gets an error and a non-zero exit', () => {
    const result = run(
      'tests/fixtures/pages/interviews/tns-why-pytorch-won.html',
      'missing.html',
      'tests/fixtures/pages/not-interviews/tutorial-kubernetes.html',
    );
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([
      'tests/fixtures/pages/interviews/tns-why-pytorch-won.html',
      'missing.html',
      'tests/fixtures/pages/not-interviews/tutorial-kubernetes.html',
    ]);
    expect(Object.keys(lines[0])).toEqual([
      'file',
      'isInterview',
      'confidence',
      'format',
      'reasons',
      'interviewer',
      'speakers',
      'projects',
      'quotes',
    ]);
    expect(lines[0]).toMatchObject({
      isInterview: true,
      format: 'narrative',
      interviewer: { name: 'Frederic Lardinois' },
      speakers: [{ name: 'Luca Antiga' }],
    });
    expect(lines[0].quotes.every((quote: { speaker: string }) => quote.speaker === 'Luca Antiga')).toBe(true);
    expect(lines[1]).toEqual({ file: 'missing.html', error: expect.stringContaining('ENOENT') });
    expect(lines[2]).toMatchObject({ isInterview: false, format: 'none' });
    expect(result.status).toBe(1);
  });

  it('exits 0 when every file was read', () => {
    expect(run('tests/fixtures/pages/interviews/panel-databases.html').status).toBe(0);
  });
});
