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

test('Sync: a note made on one Chromium reaches another, edits and deletes come back, the server reads nothing', async ({
  extension,
  server,
}) => {
  const second = await launchChromiumWithExtension();
  try {
    const a: Device = {
      name: 'Chromium A',
      harness: chromiumHarness(extension.context, extension.extensionId, server.origin),
    };
    const b: Device = {
      name: 'Chromium B',
      harness: chromiumHarness(second.context, second.extensionId, server.origin),
    };
    await syncBetweenDevices(a, b, couch, 'chromium-pair');
  } finally {
    await second.context.close();
  }
});

test('Sync: both devices edit a note while the server is down; both versions survive and the reader chooses', async ({
  extension,
  server,
}) => {
  const second = await launchChromiumWithExtension();
  try {
    const a: Device = {
      name: 'Chromium A',
      harness: chromiumHarness(extension.context, extension.extensionId, server.origin),
    };
    const b: Device = {
      name: 'Chromium B',
      harness: chromiumHarness(second.context, second.extensionId, server.origin),
    };
    await editsWhileServerDown(a, b, couch, 'while-down');
  } finally {
    await second.context.close();
  }
});

test('Sync: the server stops while a second device receives 1,000 highlights; once back, it has every one', async ({
  extension,
  server,
}) => {
  const second = await launchChromiumWithExtension();
  try {
    const a: Device = {
      name: 'Chromium A',
      harness: chromiumHarness(extension.context, extension.extensionId, server.origin),
    };
    const b: Device = {
      name: 'Chromium B',
      harness: chromiumHarness(second.context, second.extensionId, server.origin),
    };
    await serverStopsMidSync(a, b, couch, 'mid-sync');
  } finally {
    await second.context.close();
  }
});

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
