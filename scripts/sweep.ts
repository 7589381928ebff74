// `npm run sweep -- DIR [MORE_DIRS…]`: loads every HTML page under the folders in headless
// Chromium with the built extension, one at a time, and prints one JSON line per page: what the
// extension decided, the main-thread time its scripts took, its long tasks and its errors.
// Progress goes to stderr. Exits non-zero if a page failed to load or the extension logged an error.
import { statSync } from 'node:fs';
import { launchExtension } from './sweep/extension';
import { probePage } from './sweep/probe';
import { htmlFilesUnder, servePages } from './sweep/server';
// @ts-expect-error plain ES module without types
import { ensureBrowsers } from './ensure-browsers.mjs';

// stdout carries the JSON lines only; helpers that print progress with console.log go to stderr.
const writeLine = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
console.log = console.error;

const folders = process.argv.slice(2);
const notFolders = folders.filter((folder) => !statSync(folder, { throwIfNoEntry: false })?.isDirectory());
if (folders.length === 0 || notFolders.length > 0) {
  console.error(
    notFolders.length > 0 ? `Not a folder: ${notFolders.join(', ')}` : 'Usage: npm run sweep -- DIR [MORE_DIRS…]',
  );
  process.exit(2);
}
ensureBrowsers(['chromium']);
const files = htmlFilesUnder(folders);
const server = await servePages(files);
const session = await launchExtension(server.origin);
let failed = false;
for (const [k, file] of files.entries()) {
  console.error(`[${k + 1}/${files.length}] ${file}`);
  const report = await probePage(session, file, server.urlOf(file));
  failed ||= 'error' in report || report.errors.length > 0;
  writeLine(report);
}
await session.close();
await server.close();
process.exitCode = failed ? 1 : 0;
