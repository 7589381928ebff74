/** What the background keeps to sync: where, with which keys, and how far it read. One row. */
export interface SyncSetupRecord {
  id: 'sync';
  /** The server's origin (for its host permission) and the database's address, without credentials. */
  origin: string;
  address: string;
  username?: string;
  password?: string;
  /** Key material derived from the passphrase (utils/sync/crypto.ts); the passphrase is not kept. */
  keyMaterial: Uint8Array;
  /** How far the bridge has read the local replica's changes. */
  checkpoint: number | string;
  lastSyncAt?: number;
}

/** The version of a highlight last exchanged with the local replica, by the replica's document id. */
export interface SyncedRecord {
  docId: string;
  highlightId: string;
  rev: string;
  /** The exchanged version's `updatedAt` (or deletion time): a saved highlight newer than this is sent. */
  updatedAt: number;
  deleted?: true;
  /** What is saved here holds more than that version (other notes merged in at the same time): it is sent. */
  unsent?: true;
}
