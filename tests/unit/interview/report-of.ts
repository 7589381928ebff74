import catalog from '@/utils/catalog/catalog.json';
import type { CatalogEntry } from '@/utils/catalog/schema';
import { analyzeInterview } from '@/utils/interview/analyze';
import { toReport } from '@/utils/interview/report';

/** The analyser's report on a page written inline: `html` is what goes inside the <html> element. */
export function reportOf(html: string) {
  document.documentElement.innerHTML = html;
  return toReport(analyzeInterview(document, catalog as CatalogEntry[]));
}
