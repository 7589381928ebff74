// `npm run analyze -- FILE.html [MORE.html …]`: runs the extension's own interview analysis in
// Node on saved pages and prints one JSON object per line, per file, in the order given. A file
// that cannot be read or parsed yields {"file", "error"}; the exit code is 1 only if one did.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import catalog from '../utils/catalog/catalog.json';
import type { CatalogEntry } from '../utils/catalog/entry';
import { analyzeInterview } from '../utils/interview/analyze';
import { toReport } from '../utils/interview/report';

// Whatever a page or the DOM library logs must not reach stdout, which carries only JSON lines.
console.log = console.info = console.warn = console.debug = (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);

async function analyzeFile(file: string): Promise<object> {
  const html = await readFile(file, 'utf8');
  const window = new Window({
    url: pathToFileURL(resolve(file)).href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    window.document.write(html);
    return { file, ...toReport(analyzeInterview(window.document as unknown as Document, catalog as CatalogEntry[])) };
  } finally {
    await window.happyDOM.close();
  }
}

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (!files.length) {
  process.stderr.write('Usage: npm run analyze -- FILE.html [MORE.html …]\n');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    process.stdout.write(`${JSON.stringify(await analyzeFile(file))}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: (error as Error).message || String(error) })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
