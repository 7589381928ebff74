import type { browser } from 'wxt/browser';

/**
 * What code that Playwright runs inside the extension (its service worker, its pages) finds on
 * `globalThis`. Such code is sent as text, so it cannot import `browser`: it reads the global.
 */
export type ExtensionGlobals = typeof globalThis & { browser: typeof browser };
