// PouchDB ships no types; utils/sync/pouch.ts describes what the code uses of it.
declare module 'pouchdb-browser' {
  const PouchDB: import('../utils/sync/pouch').ReplicaMaker;
  export default PouchDB;
}
declare module 'pouchdb-core' {
  const PouchDB: import('../utils/sync/pouch').ReplicaMaker & { plugin(plugin: unknown): typeof PouchDB };
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
