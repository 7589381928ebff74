import { z } from '../validation/zod';
import { deriveKeyMaterial, KEY_ITERATIONS, keysFrom, newSalt, seal, unseal, WrongKeyError } from './crypto';
import { isMissing, type Replica } from './pouch';

/**
 * The one document on the server that is not a highlight: the passphrase's salt, and a known text
 * sealed with its key, so a second device can tell a wrong passphrase before it writes anything.
 */
export const KEY_CHECK_ID = 'interview-lens-key';
const CHECK_TEXT = 'interview-lens';

const KeyCheckSchema = z.object({
  salt: z.string().min(16).max(100),
  iterations: z.int().min(100_000).max(10_000_000),
  check: z.object({ iv: z.string().max(100), data: z.string().max(1000) }),
});

export class WrongPassphraseError extends Error {
  constructor() {
    super(
      'This passphrase does not open the highlights already on this server. Use the one you chose on your first device.',
    );
    this.name = 'WrongPassphraseError';
  }
}

/**
 * The key material for this server and passphrase. A server with no key check gets one (this is
 * the first device); one with a check must open with the passphrase, or a WrongPassphraseError is
 * thrown and nothing is written.
 */
export async function unlockServer(remote: Replica, passphrase: string): Promise<Uint8Array> {
  const existing = await remote.get(KEY_CHECK_ID).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (existing) {
    const parsed = KeyCheckSchema.safeParse(existing);
    if (!parsed.success) throw new Error('The server holds a key check this version cannot read.');
    const { salt, iterations, check } = parsed.data;
    const material = await deriveKeyMaterial(passphrase, salt, iterations);
    const opened = await unseal(await keysFrom(material), check, KEY_CHECK_ID).catch((error: unknown) => {
      if (error instanceof WrongKeyError) throw new WrongPassphraseError();
      throw error;
    });
    if (opened !== CHECK_TEXT) throw new WrongPassphraseError();
    return material;
  }
  const salt = newSalt();
  const material = await deriveKeyMaterial(passphrase, salt);
  const check = await seal(await keysFrom(material), CHECK_TEXT, KEY_CHECK_ID);
  await remote.put({ _id: KEY_CHECK_ID, salt, iterations: KEY_ITERATIONS, check });
  return material;
}
