/**
 * End-to-end encryption of what goes to the sync server: everything is sealed with AES-GCM under a
 * key derived from the reader's passphrase, and record ids become keyed hashes, so the server holds
 * random-looking ids and ciphertext only. WebCrypto throughout: nothing home-made but the framing.
 */

/** PBKDF2-SHA256 rounds (OWASP's 2023 figure for SHA-256): a guess at the passphrase costs as much. */
export const KEY_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** The two keys one passphrase gives: one seals documents, the other names them. */
export interface SyncKeys {
  seal: CryptoKey;
  name: CryptoKey;
}

/** A sealed value as stored on the server: base64 nonce and ciphertext (with its GCM tag). */
export interface Sealed {
  iv: string;
  data: string;
}

export class WrongKeyError extends Error {
  constructor() {
    super('This data was sealed with another passphrase.');
    this.name = 'WrongKeyError';
  }
}

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export const newSalt = (): string => toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));

/** The key material for a passphrase and salt: 64 bytes, kept by the background so the passphrase itself is not. */
export async function deriveKeyMaterial(
  passphrase: string,
  salt: string,
  iterations = KEY_ITERATIONS,
): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    base,
    512,
  );
  return new Uint8Array(bits);
}

/** Usable keys from the material: non-extractable, so nothing can read them back out. */
export async function keysFrom(material: Uint8Array): Promise<SyncKeys> {
  const bytes = Uint8Array.from(material);
  const [seal, name] = await Promise.all([
    crypto.subtle.importKey('raw', bytes.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', bytes.slice(32, 64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  ]);
  return { seal, name };
}

/** Seals `value`, bound to `context` (the document's id): opened under another, it fails. */
export async function seal(keys: SyncKeys, value: unknown, context: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
      keys.seal,
      plain,
    ),
  );
  return { iv: toBase64(iv), data: toBase64(data) };
}

/** The sealed value, parsed; a WrongKeyError when the key, the context or the data does not match. */
export async function unseal(keys: SyncKeys, sealed: Sealed, context: string): Promise<unknown> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: new TextEncoder().encode(context) },
      keys.seal,
      fromBase64(sealed.data),
    );
  } catch {
    throw new WrongKeyError();
  }
  return JSON.parse(new TextDecoder().decode(plain));
}

/**
 * The server's id for a record: a keyed hash of its kind and id, the same on every device with the
 * passphrase, and telling the server neither.
 */
export async function documentId(keys: SyncKeys, kind: string, id: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.name, new TextEncoder().encode(`${kind}\u0000${id}`));
  // 128 bits are plenty against collisions; hex keeps it a valid CouchDB id (no leading underscore).
  return [...new Uint8Array(mac).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
