import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { LensDatabase } from '@/utils/db/database';
import { createBridge, type Bridge, type SealedDoc } from '@/utils/sync/bridge';
import { keysFrom, type SyncKeys } from '@/utils/sync/crypto';
import { createSync } from '@/utils/sync/controller';
import type { Replica, ReplicaMaker } from '@/utils/sync/pouch';

PouchDB.plugin(memory).plugin(http).plugin(replication);
let count = 0;

/** PouchDB as the background has it, but keeping local replicas in memory. */
export const MemoryPouch = PouchDB as unknown as ReplicaMaker;

/** The background's sync, off until a test turns it on, with its replica in memory. */
export const testSync = (db: LensDatabase, filed: () => void = () => {}) =>
  createSync({
    db,
    Replica: MemoryPouch,
    now: Date.now,
    filed,
    local: { name: `replica-${++count}`, adapter: 'memory' },
  });

/** A replica in memory, as the background's is in IndexedDB. */
export const memoryReplica = (name: string) =>
  new PouchDB(`${name}-${++count}`, { adapter: 'memory' }) as unknown as Replica<SealedDoc>;

/** Keys from fixed material: the passphrase's derivation is tested apart (600,000 rounds each time would be slow). */
export const testKeys = (seed = 7): Promise<SyncKeys> => keysFrom(new Uint8Array(64).fill(seed));

export interface Device {
  db: LensDatabase;
  replica: Replica<SealedDoc>;
  bridge: Bridge;
}

export async function device(name: string, keys: SyncKeys, clock: () => number = Date.now): Promise<Device> {
  const db = new LensDatabase(`sync-${name}-${++count}`);
  const replica = memoryReplica(name);
  let seq: number | string = 0;
  const checkpoint = { read: async () => seq, write: async (next: number | string) => void (seq = next) };
  return { db, replica, bridge: createBridge(db, replica, keys, checkpoint, clock) };
}

/** One round of replication between a device and the server, both ways, to completion. */
export const exchange = (from: Replica<SealedDoc>, server: Replica<SealedDoc>): Promise<void> =>
  new Promise((resolve, reject) => {
    from.sync(server, {}).on('complete', resolve).on('error', reject);
  });

/** A device's whole turn: send what changed, exchange with the server, file what came. */
export async function syncDevice(device: Device, server: Replica<SealedDoc>, ids?: string[]): Promise<void> {
  await device.bridge.push(ids);
  await exchange(device.replica, server);
  await device.bridge.pull();
}
