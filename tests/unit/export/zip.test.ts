import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32 } from '@/utils/export/crc32';
import { libraryMarkdownFiles } from '@/utils/export/markdown';
import { zipFiles } from '@/utils/export/zip';
import { article, hostileArticle, hostileHighlights, pytorchArticle, pytorchHighlights } from './records';

const dir = mkdtempSync(join(tmpdir(), 'lens-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the unzip CLI in a UTF-8 locale, so it prints names as they are. */
const unzip = (...args: string[]) =>
  execFileSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LC_ALL: 'C.UTF-8' } });

function writeZip(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Entries of the central directory, read back from the archive bytes. */
function centralDirectory(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const entries = [];
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < view.getUint16(end + 10, true); k++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const size = view.getUint32(at + 24, true);
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 16, true),
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      data: zip.subarray(dataStart, dataStart + size),
    });
    at += 46 + nameLength;
  }
  return entries;
}

const notes = libraryMarkdownFiles(
  [
    { article: pytorchArticle, highlights: pytorchHighlights },
    { article: hostileArticle, highlights: hostileHighlights },
    {
      article: article({ id: 'he', url: 'https://example.org/he', title: 'ראיון עם דוד — מהנדס 🚀', site: 'Example' }),
      highlights: [],
    },
    {
      article: article({
        id: 'fr',
        url: 'https://example.org/fr',
        title: 'Entretien à Zürich: ça marche',
        site: 'Example',
      }),
      highlights: [],
    },
  ],
  { blockIds: true, groupBySpeaker: false },
);

describe('crc32', () => {
  it('matches Node’s zlib.crc32', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    const samples = [new Uint8Array(), text('123456789'), text('Why PyTorch Won 🚀 עברית')];
    const random = new Uint8Array(100_000);
    for (let k = 0; k < random.length; k++) random[k] = (k * 2654435761) >>> 24;
    for (const bytes of [...samples, random]) expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
  });
});

describe('zipFiles', () => {
  const zip = zipFiles(notes, new Date(2025, 9, 23, 14, 30, 12));
  const path = writeZip('library.zip', zip);

  it('stores each file with the CRC Node computes and the UTF-8 flag', () => {
    const entries = centralDirectory(zip);
    expect(entries.map((entry) => entry.name)).toEqual(notes.map((note) => note.name));
    for (const [k, entry] of entries.entries()) {
      expect(entry.flags & 0x0800).toBe(0x0800);
      expect(entry.crc).toBe(nodeCrc32(entry.data));
      expect(new TextDecoder().decode(entry.data)).toBe(notes[k]!.text);
    }
  });

  it('passes unzip’s own integrity test and lists every note with its size and time', () => {
    expect(unzip('-tq', path)).toMatch(/No errors detected/);
    const listing = unzip('-l', path);
    for (const note of notes) {
      const size = new TextEncoder().encode(note.text).length;
      expect(listing).toContain(`${size}  2025-10-23 14:30   ${note.name}\n`);
    }
    expect(listing).toMatch(new RegExp(`\\s${notes.length} files\\n`));
  });

  it('extracts the exact texts under UTF-8 names', () => {
    expect(unzip('-Z1', path).split('\n').filter(Boolean)).toEqual(notes.map((note) => note.name));
    expect(notes.map((note) => note.name)).toContain('ראיון עם דוד — מהנדס 🚀.md');
    for (const note of notes) expect(unzip('-p', path, note.name)).toBe(note.text);
  });

  it('unpacks into readable notes named as in Obsidian', () => {
    const out = join(dir, 'vault');
    unzip('-q', path, '-d', out);
    expect(readdirSync(out).sort()).toEqual(notes.map((note) => note.name).sort());
    for (const note of notes) {
      expect(readFileSync(join(out, note.name), 'utf8')).toBe(note.text);
      expect(statSync(join(out, note.name)).mode & 0o777).toBe(0o644);
    }
  });

  it('stores a 1 MB file and an empty one', () => {
    const big = 'PyTorch 🚀 עברית\n'.repeat(60_000);
    const bytes = zipFiles(
      [
        { name: 'big.md', text: big },
        { name: 'empty.md', text: '' },
      ],
      new Date(2025, 0, 1),
    );
    const file = writeZip('big.zip', bytes);
    expect(unzip('-tq', file)).toMatch(/No errors detected/);
    expect(unzip('-p', file, 'big.md')).toBe(big);
    expect(unzip('-p', file, 'empty.md')).toBe('');
  });
});
