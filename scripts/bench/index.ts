// `npm run bench`: performance figures measured in real headless Chromium, with targets and
// ratios against a peer measured in the same run. `--json` prints one JSON object as the last line;
// `--check` exits 1 when a figure misses its target. `--only=hostile,extension` runs only those
// suites (anchoring, interview, library, extension, popup, hostile, always-on, sync).
import { alwaysOnRows, alwaysOnSuite } from './always-on';
import { anchoringRows, anchoringSuite } from './anchoring';
import { extensionRows, extensionSuite } from './extension';
import { hostileRows, hostileSuite } from './hostile';
import { interviewRows, interviewSuite } from './interview';
import { libraryRows, librarySuite } from './library';
import { popupRows, popupSuite } from './popup';
import { syncRows, syncSuite } from './sync';
import type { Figures, Suite } from './rows';
// @ts-expect-error plain ES module without types
import { ensureBrowsers } from '../ensure-browsers.mjs';

const json = process.argv.includes('--json');
const check = process.argv.includes('--check');
const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

ensureBrowsers(['chromium']);
const suites: Record<string, Suite> = {
  anchoring: { measure: () => anchoringSuite({ runs: quick ? 3 : 7, peerRuns: quick ? 1 : 3 }), rows: anchoringRows },
  interview: { measure: () => interviewSuite({ runs: quick ? 3 : 9 }), rows: interviewRows },
  library: { measure: () => librarySuite({ runs: quick ? 3 : 5, slowRuns: quick ? 1 : 3 }), rows: libraryRows },
  extension: { measure: () => extensionSuite(), rows: extensionRows },
  popup: { measure: () => popupSuite({ runs: quick ? 3 : 5 }), rows: popupRows },
  hostile: { measure: () => hostileSuite(), rows: hostileRows },
  'always-on': { measure: () => alwaysOnSuite({ quick }), rows: alwaysOnRows },
  sync: { measure: () => syncSuite(), rows: syncRows },
};
const chosen = Object.entries(suites).filter(([name]) => !only || only.includes(name));
// A figure of a suite left out by --only reads as NaN.
const figures: Figures = new Proxy({}, { get: (measured: Figures, key: string) => measured[key] ?? NaN });
for (const [, suite] of chosen) Object.assign(figures, await suite.measure());
const rows = chosen.flatMap(([, suite]) => suite.rows(figures));

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('figure', 30)} ${pad('value', 12)} target`);
for (const row of rows) {
  const mark = row.ok === undefined ? ' ' : row.ok ? '✓' : '✗';
  console.log(
    `${pad(row.key, 30)} ${pad(`${(row.value ?? NaN).toFixed(2)} ${row.unit}`, 12)} ${mark} ${row.target ?? ''}`,
  );
}
const missed = rows.filter((row) => row.ok === false).map((row) => row.key);
if (check) console.log(missed.length ? `\nMissed targets: ${missed.join(', ')}` : '\nEvery target met.');
if (json) console.log(JSON.stringify(figures));
if (check && missed.length) process.exitCode = 1;
