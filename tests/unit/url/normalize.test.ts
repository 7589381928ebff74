import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '@/utils/url/normalize';

describe('normalizePageUrl', () => {
  it.each([
    [
      'drops the fragment',
      'https://thenewstack.io/why-pytorch-won/#comments',
      undefined,
      'https://thenewstack.io/why-pytorch-won',
    ],
    ['drops utm_* parameters', 'https://a.com/post?utm_source=x&utm_medium=y', undefined, 'https://a.com/post'],
    ['drops click ids', 'https://a.com/post?fbclid=1&gclid=2&mc_cid=3&ref=hn', undefined, 'https://a.com/post'],
    ['drops HubSpot tracking', 'https://a.com/p?__hstc=1&__hssc=2&__hsfp=3&ajs_aid=4', undefined, 'https://a.com/p'],
    [
      'keeps meaningful parameters, sorted',
      'https://a.com/read?p=2&id=77&utm_campaign=z',
      undefined,
      'https://a.com/read?id=77&p=2',
    ],
    [
      'lower-cases the host, keeps path case',
      'https://News.Example.COM/Story/ABC',
      undefined,
      'https://news.example.com/Story/ABC',
    ],
    ['removes a trailing slash except at the root', 'https://a.com/x/', undefined, 'https://a.com/x'],
    ['keeps the root slash', 'https://a.com/?utm_source=x', undefined, 'https://a.com/'],
    [
      'prefers a same-site canonical',
      'https://thenewstack.io/why-pytorch-won/?utm_source=tw',
      'https://thenewstack.io/why-pytorch-won/',
      'https://thenewstack.io/why-pytorch-won',
    ],
    [
      'accepts a canonical on a sibling subdomain',
      'https://amp.theguardian.com/tech/x',
      'https://www.theguardian.com/tech/x',
      'https://www.theguardian.com/tech/x',
    ],
    [
      'resolves a relative canonical',
      'https://a.com/2025/10/post?page=1',
      '/2025/10/post',
      'https://a.com/2025/10/post',
    ],
    ['cleans the canonical too', 'https://a.com/p', 'https://a.com/p?utm_source=feed#top', 'https://a.com/p'],
    [
      'ignores a canonical on another site',
      'https://copycat.example/p',
      'https://original.example/p',
      'https://copycat.example/p',
    ],
    [
      'ignores a canonical across co.uk registrations',
      'https://one.co.uk/p',
      'https://two.co.uk/p',
      'https://one.co.uk/p',
    ],
    [
      'ignores a canonical on a sibling github.io site',
      'https://attacker.github.io/p',
      'https://victim.github.io/p',
      'https://attacker.github.io/p',
    ],
    [
      'ignores a canonical on a sibling Substack',
      'https://attacker.substack.com/p/x',
      'https://victim.substack.com/p/x',
      'https://attacker.substack.com/p/x',
    ],
    [
      'accepts a canonical from the www-less registration',
      'https://example.co.uk/p',
      'https://www.example.co.uk/p',
      'https://www.example.co.uk/p',
    ],
    ['ignores a javascript: canonical', 'https://a.com/p', 'javascript:alert(1)', 'https://a.com/p'],
  ])('%s', (_why, visited, canonical, expected) => {
    expect(normalizePageUrl(visited, canonical)?.url).toBe(expected);
  });

  it('says why a canonical was not used', () => {
    expect(normalizePageUrl('https://a.com/p', 'https://b.com/p')?.canonicalRejected).toBe('other-site');
    expect(normalizePageUrl('https://a.com/p', 'http://[bad')?.canonicalRejected).toBe('invalid');
  });

  it('keeps the visited address alongside the canonical one', () => {
    const page = normalizePageUrl('https://a.com/p?id=3&utm_source=x', 'https://a.com/canonical-p');
    expect(page).toEqual({ url: 'https://a.com/canonical-p', visited: 'https://a.com/p?id=3' });
  });

  it.each(['chrome://extensions', 'about:blank', 'file:///home/x.html', 'not a url', ''])('refuses %s', (visited) => {
    expect(normalizePageUrl(visited)).toBeNull();
  });
});
