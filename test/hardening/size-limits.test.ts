/**
 * Issue 13, defect 2: no size limits meant out-of-memory crashes or minutes of work. The documented
 * limits (src/limits.ts, README "Limits") refuse such input early, with exit 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { hashFile } from '../../src/load/hash.js';
import { LIMITS } from '../../src/limits.js';
import { smallCsv, smallStudy } from '../helpers/small-study.js';
import type { Study } from '../helpers/study.js';

const stub = async () => '<svg/>';

async function refusal(s: Study): Promise<InputError> {
  const e = await build(s.config, { outDir: null, render: stub, word: false }).catch((x: unknown) => x);
  expect(e, String((e as Error)?.stack)).toBeInstanceOf(InputError);
  expect((e as InputError).message.length).toBeLessThan(4096);
  return e as InputError;
}

/** Replaces column `col` of every data row of the small study's CSV. */
function withColumn(csv: string, col: string, value: (row: number) => string): string {
  const [head, ...rows] = csv.trim().split('\n');
  const i = head.split(',').indexOf(col);
  return [head, ...rows.map((r, k) => {
    const cells = r.match(/"[^"]*"|[^,]+/g)!;
    cells[i] = value(k + 1);
    return cells.join(',');
  })].join('\n') + '\n';
}

/** A zip whose directory says what `sizes` say (the local headers and data stay as written). */
function lyingZip(parts: Record<string, Uint8Array>, sizes: Record<string, { size?: number; originalSize?: number }>): Buffer {
  const zip = Buffer.from(zipSync(parts, { level: 0 }));
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString();
    const s = sizes[name];
    if (s?.size !== undefined) zip.writeUInt32LE(s.size, p + 20);
    if (s?.originalSize !== undefined) zip.writeUInt32LE(s.originalSize, p + 24);
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

async function workbookParts(): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const line of smallCsv().trim().split('\n')) ws.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1) : /^\d+$/.test(c) ? Number(c) : c)));
  const { unzipSync } = await import('fflate');
  return unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function xlsxStudy(bytes: Buffer): Study {
  const s = smallStudy();
  s.write('data.xlsx', bytes);
  s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', 'data: data.xlsx'));
  return s;
}

describe('defect 2: documented size limits, refused early with exit 1', () => {
  it('a 3 MB quoted cell in a category column: refused at the cell limit', async () => {
    const s = smallStudy({ csv: withColumn(smallCsv(), 'jk', (r) => (r === 5 ? `"${'Laki-laki '.repeat(300_000)}"` : 'Perempuan')) });
    const e = await refusal(s);
    expect(e.problems[0]).toMatchObject({ line: 6, column: 'jk' });
    expect(e.message).toContain(`paling banyak ${LIMITS.cellChars}`);
  });

  it('a quote that is never closed: refused after a few MB, not at the end of the file', async () => {
    const csv = smallCsv() + '41,"Laki-laki,' + 'x,'.repeat(4_000_000);
    const e = await refusal(smallStudy({ csv }));
    expect(e.message).toMatch(/karakter; paling banyak 32767 \(mungkin ada tanda kutip " yang tidak ditutup\)|lebih dari 4 MB/);
  });

  it('scale points: max 1e9 and max 1000 are refused, 0–100 is accepted', () => {
    for (const max of ['1000000000', '1000']) {
      const s = smallStudy();
      s.edit('bab4.config.yaml', (t) => t.replace('scale: { min: 1, max: 5 }', `scale: { min: 1, max: ${max} }`));
      expect(() => loadConfig(s.config)).toThrow(/scale\.max.*paling banyak 101 titik skala/);
    }
    const s = smallStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('scale: { min: 1, max: 5 }', 'scale: { min: 0, max: 100 }'));
    expect(loadConfig(s.config).scale.labels).toHaveLength(101);
  });

  it('a characteristic with more distinct answers than the limit: refused, suggesting bins or grouping', async () => {
    const csv = withColumn(smallCsv(1000), 'jk', (r) => `orang-${r}`);
    const e = await refusal(smallStudy({ csv }));
    expect(e.problems[0].column).toBe('jk');
    expect(e.message).toMatch(/"jk" memiliki 1000 jawaban berbeda \(paling banyak 100\); untuk kolom angka berikan "bins: \[...\]", selain itu kelompokkan/);
  });

  it('more columns than the limit: refused while reading the header', async () => {
    const csv = smallCsv().replace('\n', ',' + Array.from({ length: LIMITS.columns }, (_, i) => `c${i}`).join(',') + '\n');
    const e = await refusal(smallStudy({ csv }));
    expect(e.problems[0]).toMatchObject({ line: 1 });
    expect(e.message).toContain(`lebih dari ${LIMITS.columns} kolom`);
  });

  it('XLSX: the unpacked size is read from the zip directory before inflating', async () => {
    const parts = await workbookParts();
    parts['xl/media/a.bin'] = strToU8('a');
    parts['xl/media/b.bin'] = strToU8('b');
    const big = 30 * 1024 * 1024;
    // Stored parts that claim 30 MB each: the file is tiny, nothing is inflated.
    const e = await refusal(xlsxStudy(lyingZip(parts, { 'xl/media/a.bin': { size: big, originalSize: big }, 'xl/media/b.bin': { size: big, originalSize: big } })));
    expect(e.message).toMatch(/berisi 60 MB setelah dibuka \(paling besar 50 MB\)/);
  });

  it('XLSX: a part compressed more than 100:1 (a sheet of whitespace) is refused', async () => {
    const parts = await workbookParts();
    parts['xl/sharedStrings.xml'] = strToU8('<sst>' + ' '.repeat(20 * 1024 * 1024) + '</sst>');
    const zip = Buffer.from(zipSync(parts, { level: 9 }));
    expect(zip.length).toBeLessThan(1024 * 1024);
    const e = await refusal(xlsxStudy(zip));
    expect(e.message).toMatch(/bagian "xl\/sharedStrings\.xml" dimampatkan \d+:1 \(paling banyak 100:1\)/);
  });

  it('XLSX: a zip directory that understates a part is caught while inflating, in small steps', async () => {
    const parts = await workbookParts();
    parts['xl/sharedStrings.xml'] = strToU8('<sst>' + 'ab'.repeat(200_000) + '</sst>');
    const zip = Buffer.from(zipSync(parts, { level: 9 }));
    // Say the shared strings are 1 000 bytes.
    let eocd = zip.length - 22;
    while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    let p = zip.readUInt32LE(eocd + 16);
    for (;;) {
      const nameLen = zip.readUInt16LE(p + 28);
      if (zip.subarray(p + 46, p + 46 + nameLen).toString() === 'xl/sharedStrings.xml') break;
      p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    zip.writeUInt32LE(1000, p + 24);
    const e = await refusal(xlsxStudy(zip));
    expect(e.message).toMatch(/bagian "xl\/sharedStrings\.xml" lebih besar daripada yang tercatat/);
  });

  it('XLSX: a sheet claiming a row beyond Excel\'s 1 048 576 or a merge of millions of cells is refused before exceljs builds it', async () => {
    for (const xml of ['<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>', '<row r="2"><c r="A2"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A2:Z1000000"/></mergeCells><sheetData>']) {
      const parts = await workbookParts();
      const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']).replace('</sheetData>', xml + '</sheetData>');
      parts['xl/worksheets/sheet1.xml'] = strToU8(sheet);
      const e = await refusal(xlsxStudy(Buffer.from(zipSync(parts))));
      expect(e.message).toMatch(/melampaui ukuran lembar Excel/);
    }
  });

  it('input hashing streams the file (and refuses what is not a regular file)', () => {
    const s = smallStudy();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'x');
    const file = path.join(s.dir, 'big.bin');
    writeFileSync(file, big);
    expect(hashFile(file)).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(() => hashFile(s.dir)).toThrow(InputError);
  });
});
