import type { PageLike } from './page-actions';

/** A tab as both Playwright and Puppeteer expose it. */
export interface Tab extends PageLike {
  url(): string;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  /** A PNG of the window as it is drawn now (also saved at `path`, if given). */
  screenshot(options?: { path?: string }): Promise<Uint8Array>;
  bringToFront(): Promise<unknown>;
  close(): Promise<unknown>;
}

/** What a scenario needs from a browser with Interview Lens installed. */
export interface Harness {
  /** Appears in screenshot names. */
  browser: 'chromium' | 'firefox';
  /** Origin of the local server holding tests/fixtures/pages. */
  origin: string;
  newTab(): Promise<Tab>;
  /** Opens an extension page such as "popup.html?page=…". */
  openExtensionPage(path: string): Promise<Tab>;
  /** The extension's runtime id, as a page that guessed it would use it in forged events. */
  extensionId: string;
  /**
   * Presses the highlight shortcut (Alt+Shift+H) for the selection in `tab`, as close to a
   * reader's key press as the browser lets its driver come (each browser's file says how).
   */
  pressShortcut(tab: Tab): Promise<void>;
  /**
   * Right-clicks at `point` in `tab` and chooses “Highlight with Interview Lens” from the context
   * menu, as close to a reader's choice as the browser lets its driver come.
   */
  chooseFromContextMenu(tab: Tab, point: { x: number; y: number }): Promise<void>;
  /**
   * The text the lens shows in a tab, read through its closed shadow root (Chromium only: its
   * DevTools protocol pierces closed roots; pages and Firefox's driver cannot).
   */
  lensText?(tab: Tab): Promise<string>;
}
