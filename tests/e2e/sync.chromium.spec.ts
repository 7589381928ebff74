import type { BrowserContext } from '@playwright/test';
import { chromiumHarness, launchChromiumWithExtension, test } from './support/chromium';
import { startCouch, type CouchServer } from './support/couch-server';
import { firefoxHarness, launchFirefoxWithExtension } from './support/firefox';
import { editsWhileServerDown, serverStopsMidSync, syncBetweenDevices, type Device } from './support/sync-scenario';

// Two browser profiles are two devices: the worker's Chromium is the first, a second profile (or
// Firefox) the other. Each test has its own CouchDB database on one server started for the file.
let couch: CouchServer;
test.beforeAll(async () => {
  couch = await startCouch();
});
test.afterAll(async () => {
  await couch?.close();
});

/** The worker's Chromium as the first device and a second Chromium profile as the other, for one scenario. */
async function withTwoChromiums(
  extension: { context: BrowserContext; extensionId: string },
  origin: string,
  scenario: (a: Device, b: Device) => Promise<void>,
): Promise<void> {
  const second = await launchChromiumWithExtension();
  try {
    await scenario(
      { name: 'Chromium A', harness: chromiumHarness(extension.context, extension.extensionId, origin) },
      { name: 'Chromium B', harness: chromiumHarness(second.context, second.extensionId, origin) },
    );
  } finally {
    await second.context.close();
  }
}

test('Sync: a note made on one Chromium reaches another, edits and deletes come back, the server reads nothing', ({
  extension,
  server,
}) => withTwoChromiums(extension, server.origin, (a, b) => syncBetweenDevices(a, b, couch, 'chromium-pair')));

test('Sync: both devices edit a note while the server is down; both versions survive and the reader chooses', ({
  extension,
  server,
}) => withTwoChromiums(extension, server.origin, (a, b) => editsWhileServerDown(a, b, couch, 'while-down')));

test('Sync: the server stops while a device receives 2,000 highlights from another; once back, it has every one', ({
  extension,
  server,
}) => withTwoChromiums(extension, server.origin, (a, b) => serverStopsMidSync(a, b, couch, 'mid-sync')));

test('Sync: Firefox as the second device', async ({ extension, server }) => {
  const firefox = await launchFirefoxWithExtension();
  try {
    const a: Device = {
      name: 'Chromium',
      harness: chromiumHarness(extension.context, extension.extensionId, server.origin),
    };
    const b: Device = { name: 'Firefox', harness: firefoxHarness(firefox, server.origin) };
    await syncBetweenDevices(a, b, couch, 'with-firefox');
  } finally {
    await firefox.close();
  }
});
