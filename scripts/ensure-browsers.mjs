// Makes sure Debian's Chromium and Firefox ESR are there (Playwright's own browser downloads cannot
// work offline), and `unzip`, which the tests use to check exported archives independently.
// Installs them with apt when running as root on Debian/Ubuntu; otherwise stops at once with the
// exact command to run. Usage: node scripts/ensure-browsers.mjs [chromium] [firefox] [unzip]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium', env: 'CHROMIUM_PATH' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr', env: 'FIREFOX_PATH' },
  unzip: { path: '/usr/bin/unzip', apt: 'unzip' },
};

export function ensureBrowsers(names = Object.keys(BROWSERS)) {
  const missing = () => names.map((name) => BROWSERS[name]).filter((browser) => !existsSync(browser.path));
  let absent = missing();
  if (absent.length === 0) return;
  const packages = absent.map((browser) => browser.apt);
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Installing ${packages.join(' and ')} with apt (a few minutes on a fresh machine)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
    if (run(['update', '-qq']) && run(['install', '-y', '-qq', ...packages])) absent = missing();
  }
  if (absent.length > 0) {
    console.error(`\nInterview Lens needs ${absent.map((browser) => browser.apt).join(' and ')} to run.`);
    console.error(`Install with:\n\n  sudo ${command}\n`);
    const settable = absent.filter((browser) => browser.env).map((browser) => browser.env);
    if (settable.length) console.error(`Or point ${settable.join(' / ')} at an installed browser.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  ensureBrowsers(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
