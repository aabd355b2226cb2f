/**
 * The .docx zip, written in two steps so that a package can be compressed before its charts' PNG are
 * there: `zipEntry` deflates and checksums one part (now), `zipArchive` lays the entries out (once
 * the PNG, stored as they are, have come). The bytes are exactly fflate's `zipSync` of the same
 * parts with the same date and levels (test/docx/zip.test.ts): the same deflate (fflate's
 * `deflateSync` byte for byte, its match search in WebAssembly: deflate.ts), CRC-32, and header
 * layout — version 2.0, no extra fields or comments, the UTF-8 flag on a name with characters
 * beyond ASCII, MS-DOS local date and time.
 */
import { crc32 } from 'node:zlib';
import { deflateLikeFflate } from './deflate.js';

export interface ZipEntry {
  /** The name, UTF-8. */
  name: Uint8Array;
  /** Whether the name has characters beyond ASCII (general purpose flag bit 11). */
  utf8: boolean;
  /** The part's own size and CRC-32. */
  size: number;
  crc: number;
  /** 0: stored, 8: deflated. */
  method: 0 | 8;
  /** The bytes in the archive. */
  data: Uint8Array;
}

const encoder = new TextEncoder();

/** One part of the archive, compressed now: level 0 stores it, 1–9 deflate it (as fflate). */
export function zipEntry(name: string, data: Uint8Array, level: number): ZipEntry {
  const bytes = encoder.encode(name);
  if (bytes.length > 65535) throw new Error(`zip: name too long: ${name.slice(0, 40)}…`);
  const method = level === 0 ? 0 : 8;
  return {
    name: bytes,
    utf8: bytes.length !== name.length,
    size: data.length,
    crc: crc32(data),
    method,
    data: method ? deflateLikeFflate(data, level) : data,
  };
}

/** The MS-DOS date and time of `mtime`'s local date parts (years 1980–2099). */
function dosTime(mtime: Date): number {
  const y = mtime.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new Error(`zip: date out of range: ${mtime.getFullYear()}`);
  return ((y << 25) | ((mtime.getMonth() + 1) << 21) | (mtime.getDate() << 16) | (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1)) >>> 0;
}

/** The archive of `entries`, in their order, each dated `mtime`. */
export function zipArchive(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const time = dosTime(mtime);
  let local = 0;
  let central = 0;
  for (const e of entries) {
    local += 30 + e.name.length + e.data.length;
    central += 46 + e.name.length;
  }
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  // The fields local and central headers share, from `at`: version needed … name length.
  const common = (at: number, e: ZipEntry) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, e.utf8 ? 0x800 : 0, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint32(at + 6, time, true);
    view.setUint32(at + 10, e.crc >>> 0, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
  };
  let at = 0;
  let c = local;
  for (const e of entries) {
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    view.setUint32(c, 0x02014b50, true);
    view.setUint16(c + 4, 20, true); // made by: version 2.0, MS-DOS
    common(c + 6, e);
    view.setUint32(c + 42, at, true);
    out.set(e.name, c + 46);
    c += 46 + e.name.length;
    at += 30 + e.name.length + e.data.length;
  }
  view.setUint32(c, 0x06054b50, true);
  view.setUint16(c + 8, entries.length, true);
  view.setUint16(c + 10, entries.length, true);
  view.setUint32(c + 12, central, true);
  view.setUint32(c + 16, local, true);
  return out;
}
