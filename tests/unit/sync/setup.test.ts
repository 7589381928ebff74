import { describe, expect, it } from 'vitest';
import { permissionFor, SyncSetupInputSchema, syncTarget } from '@/utils/sync/setup';

const target = (server: string, extra: { username?: string; password?: string } = {}) =>
  syncTarget({ server, database: 'interview-lens', ...extra });

describe('where sync may send highlights', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    expect(target('https://couch.example.com')).toMatchObject({
      ok: true,
      target: { origin: 'https://couch.example.com', address: 'https://couch.example.com/interview-lens' },
    });
    expect(target('http://localhost:5984/')).toMatchObject({
      ok: true,
      target: { address: 'http://localhost:5984/interview-lens' },
    });
    expect(target('http://127.0.0.1:5984')).toMatchObject({ ok: true });
    for (const refused of [
      'http://couch.example.com',
      'ftp://couch.example.com',
      'javascript:alert(1)',
      'couch.example.com',
      '',
    ])
      expect(target(refused), refused).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('takes the user name and password out of the address, and keeps those typed in their fields first', () => {
    const fromAddress = target('https://reader:s%40cret@couch.example.com/base/?x=1#y');
    expect(fromAddress).toEqual({
      ok: true,
      target: {
        origin: 'https://couch.example.com',
        address: 'https://couch.example.com/base/interview-lens',
        username: 'reader',
        password: 's@cret',
      },
    });
    expect(target('https://a:b@couch.example.com', { username: 'typed', password: 'typed-too' })).toMatchObject({
      target: { username: 'typed', password: 'typed-too' },
    });
  });

  it('asks for the server host on any port: match patterns carry no port', () => {
    expect(permissionFor('http://localhost:5984')).toBe('http://localhost/*');
    expect(permissionFor('https://couch.example.com')).toBe('https://couch.example.com/*');
  });

  it('refuses a database name CouchDB would refuse, and a short passphrase, with a reason', () => {
    const input = {
      server: 'https://couch.example.com',
      database: 'interview-lens',
      passphrase: 'long enough passphrase',
    };
    expect(SyncSetupInputSchema.safeParse(input).success).toBe(true);
    for (const database of ['', 'Upper', '_users', 'with space', '9lives']) {
      const parsed = SyncSetupInputSchema.safeParse({ ...input, database });
      expect(parsed.success, database).toBe(false);
    }
    const short = SyncSetupInputSchema.safeParse({ ...input, passphrase: 'short' });
    expect(short.error?.issues[0]?.message).toMatch(/at least 10 characters/);
  });
});
