// `npm run eval -- PAGES_DIR TRUTH_DIR [--json] [--floors FILE]`: runs the interview analysis over
// every saved page in PAGES_DIR (.html or .html.gz) under a neutral name, scores it against
// TRUTH_DIR/NAME.json, prints one line per page and a summary (per format and per language too).
// --json ends with one JSON object of the figures; --floors exits 1 when a figure is below its floor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import catalog from '../utils/catalog/catalog.json';
import type { CatalogEntry } from '../utils/catalog/schema';
import { analyzeInterview } from '../utils/interview/analyze';
import { toReport } from '../utils/interview/report';
import { belowFloors } from './eval/floors';
import { scorePage, summarise, type PageScore, type Truth } from './eval/score';
import { parsePage, readPageText } from './pages/load-page';

console.log =
  console.info =
  console.warn =
  console.debug =
    (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const json = args.includes('--json');
const floorsAt = args.indexOf('--floors');
const floorsFile = floorsAt >= 0 ? args[floorsAt + 1] : undefined;
const [pagesDir, truthDir] = args.filter((arg, k) => !arg.startsWith('--') && !(floorsAt >= 0 && k === floorsAt + 1));
if (!pagesDir || !truthDir) {
  process.stderr.write('Usage: npm run eval -- PAGES_DIR TRUTH_DIR [--json] [--floors FILE]\n');
  process.exit(2);
}

const files = readdirSync(pagesDir)
  .filter((file) => /\.html?(\.gz)?$/.test(file))
  .sort();
const out = (line: string) => process.stdout.write(`${line}\n`);
const results: Array<{ name: string; neutral: string; truth: Truth; score: PageScore }> = [];
let unreadable = 0;

for (const [k, file] of files.entries()) {
  const name = file.replace(/\.html?(\.gz)?$/, '');
  // The analyser never sees the file's name: the page is parsed from its text at its declared address.
  const neutral = `p${String(k + 1).padStart(4, '0')}`;
  let truth: Truth;
  try {
    truth = JSON.parse(readFileSync(join(truthDir, `${name}.json`), 'utf8')) as Truth;
  } catch (error) {
    unreadable++;
    out(`${neutral} ${name}: no truth (${(error as Error).message})`);
    continue;
  }
  const page = parsePage(await readPageText(join(pagesDir, file)));
  try {
    const score = scorePage(toReport(analyzeInterview(page.document, catalog as CatalogEntry[])), truth);
    results.push({ name, neutral, truth, score });
    out(describe(neutral, name, truth, score));
  } catch (error) {
    unreadable++;
    out(`${neutral} ${name}: analysis failed: ${(error as Error).message}`);
  } finally {
    await page.close();
  }
}

function describe(neutral: string, name: string, truth: Truth, score: PageScore): string {
  const verdict = truth.isInterview
    ? score.detected
      ? 'interview ✓'
      : 'interview MISSED'
    : score.detected
      ? 'not an interview, TAKEN FOR ONE'
      : 'not an interview ✓';
  if (!truth.isInterview) return `${neutral} ${name}: ${verdict}`;
  const { speakers, roles, quotes, projects } = score;
  return (
    `${neutral} ${name}: ${verdict} (${truth.format}, ${truth.lang ?? '?'}) · interviewer ${score.interviewerRight ? '✓' : '✗'}` +
    ` · speakers ${speakers.found}/${speakers.truth} (${speakers.reportedRight}/${speakers.reported} reported right)` +
    ` · roles ${roles.found}/${roles.truth} · quotes ${quotes.found}/${quotes.truth}, attributed ${quotes.attributed}, wrong ${quotes.wrong}` +
    ` · projects ${projects.found}/${projects.truth} (${projects.reportedRight}/${projects.reported} reported right)`
  );
}

const summary = summarise(results);
const interviews = results.filter((result) => result.truth.isInterview);
const line = (label: string, group: typeof results) => {
  const s = summarise(group);
  return `${label.padEnd(12)} pages ${String(group.length).padStart(3)} · detected ${s.detection.tp}/${s.detection.tp + s.detection.fn} · interviewer ${s.interviewerAccuracy}% · speakers ${s.speakerRecall}%/${s.speakerPrecision}% · roles ${s.roleRecall}% · quotes ${s.quoteRecall}% · attributed ${s.attributionAccuracy}% · wrong ${s.misattribution}% · projects ${s.projectRecall}%/${s.projectPrecision}%`;
};
const groups = (key: (truth: Truth) => string) => [...new Set(interviews.map((result) => key(result.truth)))].sort();
const byFormat = Object.fromEntries(
  groups((truth) => truth.format ?? '?').map((format) => [
    format,
    summarise(interviews.filter((result) => (result.truth.format ?? '?') === format)),
  ]),
);
const byLanguage = Object.fromEntries(
  groups((truth) => truth.lang ?? '?').map((lang) => [
    lang,
    summarise(interviews.filter((result) => (result.truth.lang ?? '?') === lang)),
  ]),
);

out('');
out(
  `${results.length} pages scored${unreadable ? `, ${unreadable} could not be` : ''}. Detection: ${summary.detection.tp} of ${summary.detection.tp + summary.detection.fn} interviews found, ${summary.detection.fp} of ${summary.detection.fp + summary.detection.tn} other pages taken for interviews.`,
);
out(line('all', interviews));
for (const format of Object.keys(byFormat))
  out(
    line(
      format,
      interviews.filter((result) => (result.truth.format ?? '?') === format),
    ),
  );
for (const lang of Object.keys(byLanguage))
  out(
    line(
      `lang ${lang}`,
      interviews.filter((result) => (result.truth.lang ?? '?') === lang),
    ),
  );
out('(speakers and projects: recall%/precision%)');

const missed = floorsFile ? belowFloors(summary, JSON.parse(readFileSync(floorsFile, 'utf8'))) : [];
for (const miss of missed) out(`below floor: ${miss}`);
if (json) out(JSON.stringify({ ...summary, byFormat, byLanguage }));
process.exitCode = unreadable || missed.length ? 1 : 0;
