import { useEffect, useState } from 'react';
import type { InterviewReport } from '@/utils/interview/report';
import { currentPageAddress, pageSummary } from '@/utils/popup/current-page';
import { highlightShortcut } from '@/utils/triggers/shortcut';

interface CurrentPage {
  /** The tab's normalised address: undefined until known, null when the tab is not a web page. */
  address: string | null | undefined;
  /** What the page's scripts make of it, once they answered. */
  summary: Partial<InterviewReport> | null;
  /** The reader's highlight shortcut, for the empty page's hint. */
  shortcut: string | null;
}

/** The page the popup is about, read once when it opens. */
export function useCurrentPage(): CurrentPage {
  const [address, setAddress] = useState<string | null | undefined>(undefined);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [summary, setSummary] = useState<Partial<InterviewReport> | null>(null);
  useEffect(() => {
    void currentPageAddress(location.search).then((found) => {
      setAddress(found);
      if (found) void pageSummary(found).then(setSummary);
    });
    void highlightShortcut().then(setShortcut);
  }, []);
  return { address, summary, shortcut };
}
