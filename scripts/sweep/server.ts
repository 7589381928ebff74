import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { serveFolder } from '../../tests/e2e/support/static-server';

/** Every `*.html` file under each folder (recursively), sorted within a folder, each file once. */
export function htmlFilesUnder(folders: string[]): string[] {
  const files = folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html'))
      .sort()
      .map((path) => join(folder, path)),
  );
  return [...new Set(files)];
}

export interface PageServer {
  origin: string;
  urlOf(file: string): string;
  close(): Promise<void>;
}

/**
 * Serves the files over http on 127.0.0.1. Each file's folder is mounted under a neutral prefix
 * (/f0/, /f1/…): the detector reads the address, and a folder named "interviews" would otherwise
 * vote for the answer. Files keep their own names and their neighbours (same-folder resources).
 */
export async function servePages(files: string[]): Promise<PageServer> {
  const folderOf = (file: string) => dirname(resolve(file));
  const folders = [...new Set(files.map(folderOf))];
  const prefixOf = new Map(folders.map((folder, k) => [folder, `/f${k}/`]));
  const server = await serveFolder(folders[0] ?? '.', {
    mounts: Object.fromEntries([...prefixOf].map(([folder, prefix]) => [prefix, folder])),
  });
  return {
    origin: server.origin,
    urlOf: (file) => `${server.origin}${prefixOf.get(folderOf(file))}${encodeURIComponent(basename(file))}`,
    close: server.close,
  };
}
