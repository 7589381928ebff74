import { defineConfig } from 'wxt';
import { DEFAULT_SHORTCUT, HIGHLIGHT_COMMAND } from './utils/triggers/ids';

// Fixed ids so Firefox e2e tests and users' data survive reinstalls.
export const GECKO_ID = 'interview-lens@interview-lens.dev';

// Requests only to a sync server the reader sets up (utils/sync): https anywhere, plain http on
// this machine. With sync off, nothing is requested at all.
/** Where a sync server may be: https anywhere, plain http on this machine (as the CSP below allows). */
const SYNC_SERVERS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

const EXTENSION_CSP =
  "script-src 'self'; object-src 'self'; connect-src https: http://localhost:* http://127.0.0.1:*; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every file imports what it uses: a reader of one file sees where each name comes from.
  imports: false,
  // Inlining constants across modules copied tldts's 69 kB table of suffix labels to each of its
  // three uses (+140 kB in the background and the popup); nothing else gains measurably from it.
  vite: () => ({
    build: {
      rolldownOptions: {
        optimization: { inlineConst: false },
        // zod and tldts in chunks of their own, so a page that does not use them before its
        // first screen (the popup) does not load them with Dexie. zod's chunk holds its no-eval
        // setting too (utils/validation/zod.ts), rather than a chunk of a few bytes beside it.
        output: {
          advancedChunks: {
            groups: [
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|utils[\\/]validation[\\/]zod\.ts$/ },
              { name: 'tldts', test: /node_modules[\\/]tldts/ },
            ],
          },
        },
      },
    },
  }),
  // The Firefox sources zip is for reviewers: code and build files, not local test output.
  zip: { excludeSources: ['artifacts/**', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'Interview Lens',
    description: 'Highlights and understands interviews: speakers, quotes and projects, kept on your device.',
    // alarms: wakes the background each minute while sync is on.
    permissions: ['scripting', 'contextMenus', 'alarms'],
    // The always-on detector reads every web page; the lens is injected into the same pages on demand.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The reader's sync server, asked for when sync is turned on (utils/sync): Firefox grants only
    // origins declared here, even ones the host permissions above cover.
    ...(manifestVersion === 3 ? { optional_host_permissions: SYNC_SERVERS } : { optional_permissions: SYNC_SERVERS }),
    // Extension pages and the background may run only the extension's own code (no eval, no remote
    // code) and reach only a sync server (see EXTENSION_CSP). The dev server needs its socket.
    ...(command === 'build'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_CSP } : EXTENSION_CSP }
      : {}),
    // The card's note editor is framed into pages; a dynamic URL keeps pages from probing for it.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : ['note-editor.html'],
    commands: {
      [HIGHLIGHT_COMMAND]: {
        suggested_key: { default: DEFAULT_SHORTCUT },
        description: 'Highlight the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
