/**
 * A minimal ZIP writer: stored entries (no compression), UTF-8 names. Markdown notes are small and
 * the archive is a hand-off to the reader's file manager or Obsidian, so simplicity beats size.
 */
import { crc32 } from './crc32';

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** Version 2.0 of the format: enough for stored entries, and what every unzip reads. */
const VERSION = 20;
/** General-purpose flag bit 11: names and contents are UTF-8. */
const UTF8_FLAG = 0x0800;
const UNIX = 3;
/** An ordinary file, readable by everyone and writable by its owner (`-rw-r--r--`). */
const REGULAR_FILE = 0o100644;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;

/** MS-DOS date and time fields, in local time as ZIP tools expect; clamped to what they can hold. */
function dosDateTime(when: Date): { date: number; time: number } {
  const year = when.getFullYear();
  if (Number.isNaN(year) || year < 1980) return { date: (1 << 5) | 1, time: 0 };
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
  };
}

interface Entry {
  name: Uint8Array;
  data: Uint8Array;
  crc: number;
  offset: number;
}

/** One archive holding each file's text as UTF-8, all stamped with `modified`. */
export function zipFiles(files: ReadonlyArray<{ name: string; text: string }>, modified: Date): Uint8Array {
  // Without ZIP64 the entry count and every size and offset must fit the classic 16/32-bit fields.
  if (files.length > MAX_U16) throw new RangeError(`A ZIP file holds at most ${MAX_U16} files.`);
  const encoder = new TextEncoder();
  const { date, time } = dosDateTime(modified);
  const entries: Entry[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const data = encoder.encode(file.text);
    if (name.length > MAX_U16)
      throw new RangeError(`The file name “${file.name.slice(0, 40)}…” is too long for a ZIP file.`);
    entries.push({ name, data, crc: crc32(data), offset });
    offset += LOCAL_HEADER + name.length + data.length;
  }
  const directoryStart = offset;
  const directorySize = entries.reduce((sum, entry) => sum + CENTRAL_HEADER + entry.name.length, 0);
  const total = directoryStart + directorySize + END_RECORD;
  if (directoryStart > MAX_U32 || total > MAX_U32)
    throw new RangeError('The files are too large for one ZIP file (4 GB).');

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    out.set(value, at);
    at += value.length;
  };
  // Fields shared by the local header and the central directory record, in the same order.
  const common = (entry: Entry) => {
    u16(VERSION);
    u16(UTF8_FLAG);
    u16(0); // method: stored
    u16(time);
    u16(date);
    u32(entry.crc);
    u32(entry.data.length); // compressed size
    u32(entry.data.length);
    u16(entry.name.length);
    u16(0); // extra field length
  };

  for (const entry of entries) {
    u32(0x04034b50);
    common(entry);
    bytes(entry.name);
    bytes(entry.data);
  }
  for (const entry of entries) {
    u32(0x02014b50);
    // Made on Unix: unzip reads names of MS-DOS-made entries as code page 437 despite the UTF-8 flag.
    u16((UNIX << 8) | VERSION);
    common(entry);
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(REGULAR_FILE << 16); // external attributes: the Unix mode
    u32(entry.offset);
    bytes(entry.name);
  }
  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // disk with the central directory
  u16(entries.length);
  u16(entries.length);
  u32(directorySize);
  u32(directoryStart);
  u16(0); // comment length
  return out;
}
