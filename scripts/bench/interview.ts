import { readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { bundle, withChromiumPage } from './browser-page';
import type { Figures, Row } from './rows';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SEED = join(PAGES, 'interviews/tns-why-pytorch-won.html');
const DETECTOR = join(ROOT, '.output/chrome-mv3/content-scripts/detector.js');

type BenchWindow = Window & {
  timeDetector: (samples: number) => { detector: number[]; walk: number[] };
  timeReading: (runs: number) => Promise<number[]>;
  isInterview: () => boolean;
};

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: number[], q: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(values.length * q))]!;

/** A ~1 MB interview: the seed-like article with its body repeated. */
export function megabyteInterview(): string {
  const html = readFileSync(SEED, 'utf8');
  const body = html.match(/<div class="entry-content">([\s\S]*?)<\/div>\s*<footer/)?.[1] ?? '';
  const copies = Math.ceil(1_000_000 / Math.max(1, body.length));
  return html.replace(body, Array.from({ length: copies }, () => body).join('\n'));
}

async function load(page: Page, html: string, script: string): Promise<void> {
  await page.setContent(html);
  await page.addScriptTag({ content: script });
}

/** Detection on every look-alike page, and the lens's reading of the seed-like and a 1 MB interview. */
export async function interviewSuite(options: { runs: number }): Promise<Record<string, number>> {
  const script = await bundle(resolve(import.meta.dirname, 'interview.page.ts'));
  const lookAlikes = readdirSync(join(PAGES, 'not-interviews')).filter((file) => file.endsWith('.html'));
  return withChromiumPage(async (page) => {
    const detector: number[] = [];
    const walk: number[] = [];
    let falsePositives = 0;
    for (const file of lookAlikes) {
      await load(page, readFileSync(join(PAGES, 'not-interviews', file), 'utf8'), script);
      const timings = await page.evaluate(
        (samples) => (window as unknown as BenchWindow).timeDetector(samples),
        options.runs,
      );
      detector.push(...timings.detector);
      walk.push(...timings.walk);
      if (await page.evaluate(() => (window as unknown as BenchWindow).isInterview())) falsePositives++;
    }
    const read = (runs: number) => page.evaluate((n) => (window as unknown as BenchWindow).timeReading(n), runs);
    // Cold: the first analysis in a freshly loaded page (nothing compiled, no cached matcher), as a reader gets it.
    const cold = async (html: string) => {
      const firsts: number[] = [];
      for (let run = 0; run < options.runs; run++) {
        await load(page, html, script);
        firsts.push((await read(1))[0]!);
      }
      return firsts;
    };
    const seedHtml = readFileSync(SEED, 'utf8');
    const seedCold = await cold(seedHtml);
    await load(page, seedHtml, script);
    const seed = await read(options.runs);
    const megabyte = megabyteInterview();
    const largeCold = await cold(megabyte);
    await load(page, megabyte, script);
    // As many runs as the seed page; the first, before the JIT has compiled anything, is reported too.
    const large = await read(options.runs);

    if (!statSync(DETECTOR, { throwIfNoEntry: false }))
      spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    return {
      detector_median_ms: quantile(detector, 0.5),
      detector_p95_ms: quantile(detector, 0.95),
      peer_text_walk_median_ms: quantile(walk, 0.5),
      detector_false_positives: falsePositives,
      analyze_seed_ms: quantile(seed, 0.5),
      analyze_seed_cold_ms: quantile(seedCold, 0.5),
      analyze_1mb_cold_ms: quantile(largeCold, 0.5),
      analyze_1mb_ms: quantile(large, 0.5),
      analyze_1mb_first_run_ms: large[0]!,
      analyze_1mb_bytes: megabyte.length,
      always_on_script_gzip_bytes: gzipSync(readFileSync(DETECTOR)).length,
    };
  });
}

/** What the detection and reading figures are held to. */
export function interviewRows(f: Figures): Row[] {
  return [
    {
      key: 'detector_median_ms',
      value: f.detector_median_ms,
      unit: 'ms',
      target: `≤ 1 ms; a plain text walk of the same pages: ${f.peer_text_walk_median_ms!.toFixed(3)} ms`,
      ok: f.detector_median_ms! <= 1,
    },
    {
      key: 'detector_p95_ms',
      value: f.detector_p95_ms,
      unit: 'ms',
      target: `≤ 5 ms; false positives on look-alikes: ${f.detector_false_positives}`,
      ok: f.detector_p95_ms! <= 5 && f.detector_false_positives === 0,
    },
    {
      key: 'analyze_seed_ms',
      value: f.analyze_seed_ms,
      unit: 'ms',
      target: '≤ 15 ms (analysis + underlines, seed-like page)',
      ok: f.analyze_seed_ms! <= 15,
    },
    {
      key: 'analyze_seed_cold_ms',
      value: f.analyze_seed_cold_ms,
      unit: 'ms',
      target: '≤ 15 ms (the first analysis in a freshly loaded page, median of loads)',
      ok: f.analyze_seed_cold_ms! <= 15,
    },
    {
      key: 'analyze_1mb_cold_ms',
      value: f.analyze_1mb_cold_ms,
      unit: 'ms',
      target: 'the same on the 1 MB interview (paced on a real page: see lens_longest_task_1mb_ms)',
    },
    {
      key: 'analyze_1mb_ms',
      value: f.analyze_1mb_ms,
      unit: 'ms',
      target: `≤ 100 ms (${(f.analyze_1mb_bytes! / 1e6).toFixed(1)} MB interview, median; first run ${f.analyze_1mb_first_run_ms!.toFixed(0)} ms)`,
      ok: f.analyze_1mb_ms! <= 100,
    },
    {
      key: 'always_on_script_gzip_bytes',
      value: f.always_on_script_gzip_bytes,
      unit: 'B',
      target: '≤ 15 KB',
      ok: f.always_on_script_gzip_bytes! <= 15_000,
    },
  ];
}
