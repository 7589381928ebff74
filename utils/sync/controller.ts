import type { LensDatabase } from '../db/database';
import type { SyncSetupRecord } from '../db/sync-records';
import { createBridge, type Bridge, type SealedDoc } from './bridge';
import { keysFrom } from './crypto';
import { unlockServer, WrongPassphraseError } from './key-check';
import type { Replica, ReplicaMaker, ReplicationEvents } from './pouch';
import { syncTarget, type SyncSetupInput, type SyncTarget } from './setup';
import type { SyncStatus } from './status';

export interface SyncDeps {
  db: LensDatabase;
  /** PouchDB: pouchdb-browser in the extension. */
  Replica: ReplicaMaker;
  now: () => number;
  /** Highlights arrived from another device: open tabs and pages show them. */
  filed: () => void;
  /** The local replica's name and adapter (tests keep it in memory). */
  local?: { name: string; adapter?: string };
  /** Keeps the background running (or lets it sleep) while sync is on (or off). */
  keepAwake?: (on: boolean) => void;
}

export interface SyncController {
  /** Picks sync up where it was when the background last stopped. */
  resume(): Promise<void>;
  turnOn(input: SyncSetupInput): Promise<{ ok: true; status: SyncStatus } | { ok: false; error: string }>;
  /** Stops syncing and forgets the server, its keys and the local replica; highlights stay. */
  turnOff(): Promise<void>;
  /** Tries again at once (an offline wait is cut short), sending and filing everything. */
  syncNow(): Promise<SyncStatus>;
  status(): SyncStatus;
  /** Highlights were written or deleted here (utils/sync/outbox.ts). */
  changed(ids: string[] | 'all'): void;
}

const SETUP_ID = 'sync';
const LOCAL = { name: 'interview-lens-sync' };
/** The first retry after a failure, doubling to the longest wait. */
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 5 * 60_000;
/** Writes close together go out together. */
const PUSH_DELAY_MS = 100;

/** PouchDB's and fetch's failures in the reader's words. */
export function failureWords(error: unknown): string {
  const { status, message, reason } = (error ?? {}) as { status?: number; message?: string; reason?: string };
  if (status === 401) return 'the server refused the user name or password';
  if (status === 403) return 'this user may not use that database';
  if (status === 404) return 'there is no CouchDB database at that address';
  if (!status || error instanceof TypeError) return 'no answer from the server';
  return `the server answered ${status}${reason || message ? ` (${reason || message})` : ''}`;
}

interface Running {
  setup: SyncSetupRecord;
  host: string;
  local: Replica<SealedDoc>;
  remote: Replica;
  bridge: Bridge;
  replication?: ReplicationEvents;
}

/**
 * Sync with the reader's own CouchDB: PouchDB replicates a local replica with the server, live and
 * with growing waits between retries; the bridge keeps the replica and the database in step.
 */
export function createSync({ db, Replica, now, filed, local = LOCAL, keepAwake }: SyncDeps): SyncController {
  let running: Running | undefined;
  let status: SyncStatus = { state: 'off' };
  let lastSyncAt: number | undefined;
  const pending = new Set<string>();
  // Turning on and off, resuming and "Sync now" run one at a time: an alarm waking the background
  // while it starts must not start a second replication beside the first.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  let pushTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (next: Omit<Extract<SyncStatus, { host: string }>, 'host' | 'lastSyncAt'>) => {
    if (running) status = { ...next, host: running.host, ...(lastSyncAt ? { lastSyncAt } : {}) };
  };

  const localReplica = () =>
    new Replica(local.name, local.adapter ? { adapter: local.adapter } : {}) as Replica<SealedDoc>;
  const remoteOf = (target: Pick<SyncTarget, 'address' | 'username' | 'password'>) =>
    new Replica(target.address, {
      ...(target.username ? { auth: { username: target.username, password: target.password ?? '' } } : {}),
    });

  function replicate(run: Running): void {
    let wait = 0;
    const replication = run.local.sync(run.remote, {
      live: true,
      retry: true,
      batch_size: 250,
      back_off_function: (delay) => {
        wait = delay === 0 ? FIRST_RETRY_MS : Math.min(delay * 2, LONGEST_RETRY_MS);
        if (status.state === 'offline') status = { ...status, retryAt: now() + wait };
        return wait;
      },
    });
    run.replication = replication;
    // Each direction pauses on its own, with the error when it could not reach the server: synced
    // is both paused without one.
    const failing = new Map<'push' | 'pull', unknown>();
    const idle = new Set<'push' | 'pull'>();
    const settle = () => {
      if (run !== running) return;
      const [error] = failing.values();
      if (failing.size)
        set({ state: 'offline', error: failureWords(error), retryAt: now() + (wait || FIRST_RETRY_MS) });
      else if (idle.size === 2) {
        lastSyncAt = now();
        void db.syncSetup.update(SETUP_ID, { lastSyncAt });
        set({ state: 'synced' });
      } else set({ state: 'syncing' });
    };
    for (const direction of ['push', 'pull'] as const) {
      replication[direction]
        .on('paused', (error) => {
          idle.add(direction);
          if (error) failing.set(direction, error);
          else failing.delete(direction);
          settle();
        })
        .on('active', () => {
          idle.delete(direction);
          settle();
        });
    }
    replication
      .on('change', (info) => {
        if (info.direction === 'pull') void run.bridge.pull().then(filed, (error) => fail(run, error));
      })
      .on('denied', (error) => fail(run, error))
      .on('error', (error) => fail(run, error));
  }

  function fail(run: Running, error: unknown) {
    if (run === running) set({ state: 'failed', error: failureWords(error) });
  }

  async function start(setup: SyncSetupRecord): Promise<void> {
    const keys = await keysFrom(setup.keyMaterial);
    const replica = localReplica();
    const checkpoint = {
      read: async () => (await db.syncSetup.get(SETUP_ID))?.checkpoint ?? 0,
      write: async (seq: number | string) => void (await db.syncSetup.update(SETUP_ID, { checkpoint: seq })),
    };
    const run: Running = {
      setup,
      host: new URL(setup.origin).host,
      local: replica,
      remote: remoteOf(setup),
      bridge: createBridge(db, replica, keys, checkpoint, now),
    };
    running = run;
    keepAwake?.(true);
    lastSyncAt = setup.lastSyncAt;
    set({ state: 'syncing' });
    // A new replica first takes what the server has, so this device's highlights already there
    // (sync turned off and on again) are recognised instead of sent again as rival versions.
    if (setup.checkpoint === 0) await firstRead(run);
    // What changed while the background was stopped goes out, what arrived is filed, then live.
    await run.bridge.pull();
    await run.bridge.push();
    if (run === running) replicate(run);
  }

  /** One pass of replication into the empty replica; an unreachable server is left to the live one. */
  const firstRead = (run: Running) =>
    new Promise<void>((resolve) => {
      run.local
        .sync(run.remote, { batch_size: 250 })
        .on('complete', () => resolve())
        .on('error', () => resolve());
    });

  async function stop(): Promise<Running | undefined> {
    const run = running;
    running = undefined;
    clearTimeout(pushTimer);
    pending.clear();
    run?.replication?.cancel();
    // Whatever the bridge is filing finishes first, and nothing is filed after: a wipe that
    // follows must not be refilled by a pull that was under way.
    await run?.bridge.close();
    return run;
  }

  return {
    resume: () =>
      serial(async () => {
        if (running) return;
        const setup = await db.syncSetup.get(SETUP_ID);
        if (setup) await start(setup).catch((error: unknown) => running && fail(running, error));
      }),

    turnOn: (input) =>
      serial(async () => {
        const checked = syncTarget(input);
        if (!checked.ok) return { ok: false as const, error: `Sync not turned on: ${checked.error}.` };
        const { target } = checked;
        let keyMaterial: Uint8Array;
        try {
          keyMaterial = await unlockServer(remoteOf(target), input.passphrase);
        } catch (error) {
          if (error instanceof WrongPassphraseError) return { ok: false as const, error: error.message };
          return { ok: false as const, error: `Sync not turned on: ${failureWords(error)}.` };
        }
        const previous = await stop();
        if (previous) await previous.local.destroy();
        await db.synced.clear();
        const setup: SyncSetupRecord = {
          id: SETUP_ID,
          origin: target.origin,
          address: target.address,
          ...(target.username ? { username: target.username } : {}),
          ...(target.password ? { password: target.password } : {}),
          keyMaterial,
          checkpoint: 0,
        };
        await db.syncSetup.put(setup);
        await start(setup).catch((error: unknown) => running && fail(running, error));
        return { ok: true as const, status };
      }),

    turnOff: () =>
      serial(async () => {
        const run = await stop();
        // The replica exists only if sync was ever set up (a setup the background could not start included).
        if (run) await run.local.destroy();
        else if (await db.syncSetup.count()) await localReplica().destroy();
        await db.transaction('rw', db.syncSetup, db.synced, () =>
          Promise.all([db.syncSetup.clear(), db.synced.clear()]),
        );
        status = { state: 'off' };
        lastSyncAt = undefined;
        keepAwake?.(false);
      }),

    syncNow: () =>
      serial(async () => {
        const run = running;
        if (!run) return status;
        run.replication?.cancel();
        set({ state: 'syncing' });
        try {
          await run.bridge.push();
          await run.bridge.pull();
        } finally {
          // Live again even when a step failed: the retries and the status go on from there.
          if (run === running) replicate(run);
        }
        return status;
      }),

    status: () => status,

    changed(ids) {
      const run = running;
      if (!run) return;
      if (ids === 'all') {
        void run.bridge.push();
        return;
      }
      for (const id of ids) pending.add(id);
      clearTimeout(pushTimer);
      pushTimer = setTimeout(() => {
        const batch = [...pending];
        pending.clear();
        void run.bridge.push(batch).catch((error: unknown) => fail(run, error));
      }, PUSH_DELAY_MS);
    },
  };
}
