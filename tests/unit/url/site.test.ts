import { describe, expect, it } from 'vitest';
import { siteOf, siteOfAddress } from '@/utils/url/site';

describe('siteOf', () => {
  it.each([
    ['victim.substack.com', 'attacker.substack.com'],
    ['victim.github.io', 'attacker.github.io'],
    ['victim.netlify.app', 'attacker.netlify.app'],
    ['victim.co.uk', 'attacker.co.uk'],
    ['victim.me.uk', 'attacker.me.uk'],
    ['victim.blogspot.com', 'attacker.blogspot.com'],
    ['substack.com', 'attacker.substack.com'],
    ['github.io', 'attacker.github.io'],
    ['intranet.corp', 'attacker.intranet.corp'],
    ['127.0.0.1', '127.0.0.2'],
  ])('%s and %s are two sites', (one, other) => {
    expect(siteOf(one)).not.toBe(siteOf(other));
  });

  it.each([
    ['www.example.co.uk', 'example.co.uk'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['a.b.example.com', 'example.com'],
    ['amp.theguardian.com', 'theguardian.com'],
    ['WWW.Example.COM.', 'example.com'],
    ['alice.github.io', 'alice.github.io'],
    ['www.victim.substack.com', 'victim.substack.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['a.intranet.corp', 'a.intranet.corp'],
  ])('%s belongs to %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  it('reads the site of an address from its host', () => {
    expect(siteOfAddress('https://www.example.co.uk:8443/p?q=1')).toBe('example.co.uk');
    expect(siteOfAddress('http://victim.github.io:3000/')).toBe('victim.github.io');
  });
});
