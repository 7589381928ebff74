import { z } from '../validation/zod';

/** Loopback hosts, the one place a server may be reached over plain http (a CouchDB on this machine). */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** Where a server may be: https anywhere, http on this machine only; credentials in the address are taken out. */
const ServerSchema = z
  .string()
  .trim()
  .max(2000, 'the server address has at most 2,000 characters')
  .refine((text) => URL.canParse(text), 'the server address should look like https://couch.example.com')
  .transform((text) => new URL(text))
  .refine(
    (url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)),
    'the server must use https (plain http only for a server on this computer)',
  );

/**
 * What the reader gives to turn sync on, as the options page sends it. Validated in the background
 * like every message; the user name and password may also come inside the server's address.
 */
export const SyncSetupInputSchema = z.strictObject({
  server: z.string().max(2000),
  database: z
    .string()
    .trim()
    .max(200, 'the database name has at most 200 characters')
    .regex(
      /^[a-z][a-z0-9_$()+/-]*$/,
      'the database name starts with a lower-case letter and has only a-z, 0-9 and _ $ ( ) + - /',
    ),
  username: z.string().max(200).optional(),
  password: z.string().max(1000).optional(),
  passphrase: z
    .string()
    .min(10, 'the passphrase needs at least 10 characters: it is all that guards your notes on the server')
    .max(1000),
});
export type SyncSetupInput = z.infer<typeof SyncSetupInputSchema>;

/** A server to sync with, once checked: its address without credentials, and the credentials apart. */
export interface SyncTarget {
  /** The server's origin, for the host permission. */
  origin: string;
  /** The database's full address (no credentials). */
  address: string;
  username?: string;
  password?: string;
}

/** The host permission for a server: match patterns carry no port, so this covers the server's host on any. */
export const permissionFor = (origin: string): string => {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
};

/** The target the reader's input names, or the reason it does not name one. */
export function syncTarget(
  input: Pick<SyncSetupInput, 'server' | 'database' | 'username' | 'password'>,
): { ok: true; target: SyncTarget } | { ok: false; error: string } {
  const parsed = ServerSchema.safeParse(input.server);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'the server address is not valid' };
  const url = parsed.data;
  const username = input.username || decodeURIComponent(url.username) || undefined;
  const password = input.password || decodeURIComponent(url.password) || undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const base = url.href.replace(/\/+$/, '');
  return {
    ok: true,
    target: {
      origin: url.origin,
      address: `${base}/${encodeURIComponent(input.database)}`,
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
    },
  };
}
