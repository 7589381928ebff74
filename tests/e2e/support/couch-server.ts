import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POUCHDB_SERVER = join(import.meta.dirname, '../../../node_modules/pouchdb-server/bin/pouchdb-server');

/** A CouchDB-compatible server on this machine, for sync tests; nothing else is ever reached. */
export interface CouchServer {
  /** The address the extension is given (http://localhost:port): a relay to the server, so it can go down and come back. */
  url: string;
  /** Every document of a database, with its content and any conflicting revisions, as the server stores it. */
  allDocs(database: string): Promise<Array<Record<string, unknown>>>;
  /** The server stops answering (connections refused); what it holds is kept. */
  goDown(): Promise<void>;
  comeBack(): Promise<void>;
  close(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`pouchdb-server did not start: ${said}`)), 30_000);
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('has started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => reject(new Error(`pouchdb-server exited (${code}): ${said}`)));
  });
}

/**
 * Starts `pouchdb-server --in-memory` on a free loopback port, behind a relay on another: closing
 * the relay is a server that went away (the in-memory server itself would lose everything if
 * stopped).
 */
export async function startCouch(): Promise<CouchServer> {
  const [serverPort, relayPort] = [await freePort(), await freePort()];
  // pouchdb-server writes its config and log into the folder it runs in.
  const folder = mkdtempSync(join(tmpdir(), 'couch-'));
  const child = spawn(process.execPath, [POUCHDB_SERVER, '--in-memory', '--port', String(serverPort)], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await started(child);

  const sockets = new Set<Socket>();
  let relay: Server | undefined;
  const open = () =>
    new Promise<void>((resolve) => {
      relay = createServer((incoming) => {
        const outgoing = connect(serverPort, '127.0.0.1');
        for (const socket of [incoming, outgoing]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        incoming.pipe(outgoing).pipe(incoming);
      });
      relay.listen(relayPort, '127.0.0.1', resolve);
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (relay) relay.close(() => resolve());
      else resolve();
      relay = undefined;
    });
  await open();

  const direct = `http://127.0.0.1:${serverPort}`;
  return {
    url: `http://localhost:${relayPort}`,
    async allDocs(database) {
      const response = await fetch(`${direct}/${database}/_all_docs?include_docs=true&conflicts=true`);
      const body = (await response.json()) as { rows?: Array<{ doc: Record<string, unknown> }> };
      return (body.rows ?? []).map((row) => row.doc);
    },
    goDown: shut,
    comeBack: open,
    async close() {
      await shut();
      child.kill();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
