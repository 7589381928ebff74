import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** More folders, by URL prefix ("/hostile/" → a folder). */
  mounts?: Record<string, string>;
  /** Pages built on request, by path ("/hostile/generated/deep-dom.html" → its HTML). */
  generated?: Record<string, () => string>;
}

/** Serves a folder on 127.0.0.1 (a random free port) for browsers under test. */
export async function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const built = new Map<string, string>(); // each generated page is built once per server
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const build = options.generated?.[path];
    if (build) {
      if (!built.has(path)) built.set(path, build());
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(built.get(path));
      return;
    }
    const [prefix, folder] = Object.entries(options.mounts ?? {}).find(([mount]) => path.startsWith(mount)) ?? [
      '/',
      root,
    ];
    const file = join(folder, path.slice(prefix.length - 1));
    if (!file.startsWith(folder + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // browsers keep idle connections open
      }),
  };
}
