/**
 * The part of PouchDB's API sync uses, typed here: the DefinitelyTyped package declares a global
 * `Buffer` that breaks Node's own. The background builds replicas from pouchdb-browser, tests from
 * pouchdb-core with the in-memory adapter; both fit this.
 */
export interface PouchDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

export interface WriteResult {
  ok?: boolean;
  id: string;
  rev: string;
  error?: string;
}

/** One direction of a sync: its pauses carry the error that caused them (the sync's own do not). */
export interface OneWayEvents {
  on(event: 'paused', listener: (error?: unknown) => void): this;
  on(event: 'active', listener: () => void): this;
}

export interface ReplicationEvents {
  on(event: 'change', listener: (info: { direction?: 'push' | 'pull' }) => void): this;
  on(event: 'complete', listener: () => void): this;
  on(event: 'denied' | 'error', listener: (error: unknown) => void): this;
  push: OneWayEvents;
  pull: OneWayEvents;
  cancel(): void;
}

export interface SyncOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  back_off_function?: (delay: number) => number;
}

export interface Replica<Doc extends object = object> {
  allDocs(options: { keys?: string[]; include_docs?: boolean }): Promise<{
    rows: Array<{ key: string; value?: { rev: string; deleted?: boolean }; doc?: Doc & PouchDoc; error?: string }>;
  }>;
  bulkDocs(docs: object[]): Promise<WriteResult[]>;
  changes(options: { since: number | string; limit: number; include_docs: true; conflicts: true }): Promise<{
    results: Array<{ id: string; doc?: Doc & PouchDoc }>;
    last_seq: number | string;
  }>;
  get(id: string): Promise<Doc & PouchDoc>;
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok?: Doc & PouchDoc; missing?: string }>>;
  put(doc: object): Promise<WriteResult>;
  sync(remote: Replica, options: SyncOptions): ReplicationEvents;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface ReplicaOptions {
  adapter?: string;
  auth?: { username: string; password: string };
  /** For a remote database: do not create it when missing. */
  skip_setup?: boolean;
}

export type ReplicaMaker = new (name: string, options?: ReplicaOptions) => Replica;

/** PouchDB's error for a missing document. */
export const isMissing = (error: unknown): boolean => (error as { status?: number })?.status === 404;
