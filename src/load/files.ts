/**
 * Opening input files safely: only regular files are read (a folder, /dev/zero or a pipe is refused
 * with a message, never read until memory runs out), small text inputs have a size limit, and a file
 * that is not what its name says (UTF-16 text, a workbook named .csv, an old .xls) is recognized
 * from its first bytes.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { LIMITS, megabytes } from '../limits.js';
import { msg, type Lang, type MessageKey } from '../messages/catalog.js';

export type FileKind = 'missing' | 'file' | 'folder' | 'other';

/** What is at `abs`: a regular file, a folder, something else (device, pipe, socket), or nothing. */
export function fileKind(abs: string): FileKind {
  try {
    const st = statSync(abs);
    return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

function fail(shown: string, lang: Lang, key: MessageKey, args: Record<string, string | number> = {}): never {
  throw new InputError(lang, [{ file: shown, message: msg(lang, key, args) }]);
}

/** An error of a file-system call (EIO, EACCES, …), as opposed to a bug. */
export function isFsError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Errno code of a failed fs call, for messages (EACCES, EISDIR, …). */
export function errCode(e: unknown): string {
  return String((e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? e);
}

/**
 * Opens a regular file for reading; returns its descriptor and size. Throws InputError (naming
 * `shown`) for a missing file, a folder, a device or pipe, or a file that cannot be read.
 * With `limit`, a larger file is refused too.
 */
export function openRegular(abs: string, shown: string, lang: Lang, limit?: number): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (e) {
    const code = errCode(e);
    if (code === 'ENOENT') fail(shown, lang, 'fileNotFound');
    if (code === 'EISDIR') fail(shown, lang, 'fileIsFolder');
    fail(shown, lang, 'fileUnreadable', { code });
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) fail(shown, lang, 'fileIsFolder');
    if (!st.isFile()) fail(shown, lang, 'fileNotRegular');
    if (limit !== undefined && st.size > limit) fail(shown, lang, 'fileTooLarge', { size: megabytes(st.size), limit: megabytes(limit) });
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Reads a whole regular file (at most `limit` bytes, default LIMITS.textFileBytes). */
export function readRegular(abs: string, shown: string, lang: Lang, limit: number = LIMITS.textFileBytes): Buffer {
  const { fd, size } = openRegular(abs, shown, lang, limit);
  try {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof InputError) throw e;
    fail(shown, lang, 'fileUnreadable', { code: errCode(e) });
  } finally {
    closeSync(fd);
  }
}

/** Reads a small text file as UTF-8 (BOM removed), refusing UTF-16 and binary files. */
export function readText(abs: string, shown: string, lang: Lang, limit: number = LIMITS.textFileBytes): string {
  const buf = readRegular(abs, shown, lang, limit);
  assertText(buf, shown, lang);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** The first `bytes` of an open file. */
export function readHead(fd: number, bytes = 65536): Buffer {
  const buf = Buffer.alloc(bytes);
  const got = readSync(fd, buf, 0, bytes, 0);
  return buf.subarray(0, got);
}

/**
 * What the first bytes of a file meant as CSV/text say it really is: UTF-16 text, a zip (.xlsx),
 * an old .xls (OLE2), some other binary, or text (undefined).
 */
export function sniffNotText(head: Buffer): 'dataUtf16' | 'dataIsZip' | 'dataIsXls' | 'dataBinary' | undefined {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return 'dataUtf16';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'dataIsZip';
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'dataIsXls';
  const nul = head.indexOf(0);
  if (nul < 0) return undefined;
  // UTF-16 without a BOM: ASCII text with a NUL in every other byte.
  let even = 0;
  let odd = 0;
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) if (head[i] === 0) (i % 2 ? odd++ : even++);
  if (Math.max(even, odd) > n / 4 && Math.min(even, odd) < n / 64) return 'dataUtf16';
  return 'dataBinary';
}

/** Throws InputError when `head` is not UTF-8 text (see sniffNotText). */
export function assertText(head: Buffer, shown: string, lang: Lang): void {
  const kind = sniffNotText(head);
  if (kind) fail(shown, lang, kind);
}
