interface Props {
  /** False when the popup's tab is not a web page (a new tab, browser settings…). */
  onWebPage: boolean;
  shortcut: string | null;
}

/** Tells a new reader exactly how to make a first highlight. */
export function EmptyState({ onWebPage, shortcut }: Props) {
  if (!onWebPage) {
    return (
      <div className="empty">
        <p className="empty-title">Open an article to highlight it</p>
        <p>Interview Lens works on web pages. Open an interview, select a sentence, and save it here.</p>
      </div>
    );
  }
  return (
    <div className="empty">
      <p className="empty-title">No highlights on this page yet</p>
      <ol>
        <li>Select a sentence in the article.</li>
        <li>
          Click <strong>Highlight</strong> in the small toolbar that appears above it
          {shortcut ? (
            <>
              , or press <kbd>{shortcut}</kbd>
            </>
          ) : null}
          , or right-click and choose <em>Highlight with Interview Lens</em>.
        </li>
        <li>It is saved on this device and comes back every time you open the page.</li>
      </ol>
    </div>
  );
}
