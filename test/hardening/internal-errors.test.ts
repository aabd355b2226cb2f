/**
 * Issue 13, defect 1: ordinary mistakes were internal errors (exit 3 and a Node stack trace). Each is
 * now exit 1 with a message that names the file and says what to do.
 */
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureConsole } from '../helpers/console.js';
import { smallCsv, smallStudy, SMALL_CONFIG } from '../helpers/small-study.js';
import type { Study } from '../helpers/study.js';

const io = captureConsole();

/** Runs the CLI in-process; expects exit 1 and no stack trace, returns stderr. */
async function exit1(args: string[]): Promise<string> {
  const code = await main(args);
  expect(io.err).not.toMatch(/internal error|\n\s+at /);
  expect(code, io.err).toBe(1);
  return io.err;
}

const useXlsx = (s: Study, name = 'data.xlsx') => s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', `data: ${name}`));

/** A valid workbook of the small study, as bytes. */
async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const line of smallCsv().trim().split('\n')) ws.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1) : /^\d+$/.test(c) ? Number(c) : c)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('defect 1: exit 1, not an internal error, for ordinary mistakes', () => {
  it('data: is a folder', async () => {
    const s = smallStudy();
    mkdirSync(path.join(s.dir, 'folder.csv'));
    s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', 'data: folder.csv'));
    expect(await exit1(['validate', '--config', s.config])).toMatch(/"folder\.csv" adalah folder, bukan berkas/);
  });

  it('the population file is a folder', async () => {
    const s = smallStudy();
    mkdirSync(path.join(s.dir, 'populasi'));
    s.edit('bab4.config.yaml', (t) => t + 'population: { file: populasi, stratum: k, count: n, margin: 0.1 }\n');
    expect(await exit1(['validate', '--config', s.config])).toMatch(/kunci "population\.file".*"populasi" adalah folder/);
  });

  it('templates: is a file', async () => {
    const s = smallStudy();
    s.write('templates.txt', 'not a folder');
    s.edit('bab4.config.yaml', (t) => t + 'templates: templates.txt\n');
    expect(await exit1(['validate', '--config', s.config])).toMatch(/"templates\.txt" adalah berkas; "templates" harus berupa folder/);
  });

  it('pembahasan/H1.md is a folder', async () => {
    const s = smallStudy();
    mkdirSync(path.join(s.dir, 'pembahasan/H1.md'), { recursive: true });
    expect(await exit1(['validate', '--config', s.config])).toMatch(/H1\.md: .*folder; pembahasan harus berupa berkas Markdown/);
  });

  it.each([
    ['random bytes', async () => Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a renamed CSV', async () => Buffer.from(smallCsv())],
    ['an empty file', async () => Buffer.alloc(0)],
    ['a truncated workbook', async () => (await workbookBytes()).subarray(0, 3000)],
    ['an old .xls', async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])],
    ['bad XML', async () => {
      const { unzipSync, zipSync, strToU8 } = await import('fflate');
      const parts = unzipSync(await workbookBytes());
      parts['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row');
      return Buffer.from(zipSync(parts));
    }],
  ])('an .xlsx that is not a valid workbook: %s — build and init --data', async (_, bytes) => {
    const s = smallStudy();
    s.write('data.xlsx', await bytes());
    useXlsx(s);
    expect(await exit1(['validate', '--config', s.config])).toMatch(/data\.xlsx: .*(Excel|CSV|\.csv|\.xls)/);
    io.clear();
    const dir = path.join(s.dir, 'baru');
    expect(await exit1(['init', dir, '--data', path.join(s.dir, 'data.xlsx')])).toMatch(/data\.xlsx: /);
    expect(existsSync(path.join(dir, 'bab4.config.yaml'))).toBe(false);
  });

  it('--out is an existing file', async () => {
    const s = smallStudy();
    s.write('out.txt', 'a file');
    expect(await exit1(['build', '--config', s.config, '--out', path.join(s.dir, 'out.txt')])).toMatch(/out\.txt adalah berkas, bukan folder keluaran/);
    expect(s.read('out.txt')).toBe('a file');
  });

  it('--out is an impossible path', async () => {
    const s = smallStudy();
    s.write('file', 'x');
    expect(await exit1(['build', '--config', s.config, '--out', path.join(s.dir, 'file/sub/out')])).toMatch(/tidak dapat ditulis \(ENOTDIR\)/);
  });

  it('init DIR where DIR is a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bab4-init-file-'));
    writeFileSync(path.join(dir, 'study'), 'x');
    expect(await exit1(['init', path.join(dir, 'study')])).toMatch(/study adalah berkas; bab4 init memerlukan folder/);
  });

  it('a YAML alias bomb', async () => {
    const s = smallStudy();
    const ten = (x: string) => `[${Array(10).fill(x).join(', ')}]`;
    s.write('bab4.config.yaml', SMALL_CONFIG + `a: &a ${ten('x')}\nb: &b ${ten('*a')}\nc: &c ${ten('*b')}\nd: ${ten('*c')}\n`);
    expect(await exit1(['validate', '--config', s.config])).toMatch(/terlalu banyak alias/);
  });

  it.runIf(existsSync('/dev/zero'))('a data path that is not a regular file (/dev/zero)', async () => {
    const s = smallStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', 'data: /dev/zero'));
    expect(await exit1(['validate', '--config', s.config])).toMatch(/"\/dev\/zero" bukan berkas biasa/);
    io.clear();
    symlinkSync('/dev/zero', path.join(s.dir, 'zero.csv'));
    expect(await exit1(['init', path.join(s.dir, 'baru'), '--data', path.join(s.dir, 'zero.csv')])).toMatch(/zero\.csv: ini bukan berkas biasa/);
  });
});
