import { DATABASE_NAME } from './name';

/**
 * Starts opening the database with the browser's own API, before a page's code has loaded: a cold
 * open reads the database's files from disk, and this lets that overlap loading the scripts.
 * Returns a function that closes this early connection, to call once Dexie holds its own. It never
 * creates or changes the database: if there is none yet, the open is cancelled and Dexie creates it,
 * and the connection steps aside for a schema upgrade.
 */
export function openEarly(name = DATABASE_NAME): () => void {
  let released = false;
  let connection: IDBDatabase | undefined;
  const request = indexedDB.open(name);
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    connection = request.result;
    connection.onversionchange = () => connection?.close();
    if (released) connection.close();
  };
  return () => {
    released = true;
    connection?.close();
  };
}
