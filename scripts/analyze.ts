// `npm run analyze -- FILE.html [MORE.html …]`: runs the extension's own interview analysis in
// Node on saved pages (.html or .html.gz) and prints one JSON object per line, per file, in the
// order given. A file that cannot be read or parsed yields {"file", "error"}; the exit code is 1
// only if one did.
import catalog from '../utils/catalog/catalog.json';
import type { CatalogEntry } from '../utils/catalog/schema';
import { analyzeInterview } from '../utils/interview/analyze';
import { toReport } from '../utils/interview/report';
import { parsePage, readPageText } from './pages/load-page';

// Whatever a page or the DOM library logs must not reach stdout, which carries only JSON lines.
console.log =
  console.info =
  console.warn =
  console.debug =
    (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);

async function analyzeFile(file: string): Promise<object> {
  const page = parsePage(await readPageText(file));
  try {
    return { file, ...toReport(analyzeInterview(page.document, catalog as CatalogEntry[])) };
  } finally {
    await page.close();
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
