/**
 * Excel with Indonesian regional settings: a semicolon CSV (BOM, CRLF, thousands dots, decimal
 * commas, a date column) and an XLSX workbook with several sheets (a Date column, the data not on
 * the first sheet) give the same results.json numbers as the plain CSV.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy, fixtureStudy } from '../helpers/study.js';
import { readTable, toIndonesianExcel } from '../helpers/google-forms.js';

function comparable(outDir: string): unknown {
  const r = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as { meta: Record<string, unknown> };
  delete r.meta.inputs;
  return r;
}

describe('Indonesian Excel exports', () => {
  it('semicolon CSV with thousands dots, decimal commas and an unused date column: same results', async () => {
    const s = fixtureStudy('survey-b');
    const csv = toIndonesianExcel(s.read('data.csv'), ['pendapatan']);
    expect(csv).toMatch(/;5\.120\.000;?/);
    expect(csv).toMatch(/^\uFEFF"?tanggal_isi"?;/);
    s.write('data-id.csv', csv);
    s.write('id.config.yaml', s.read('bab4.config.yaml').replace('data: data.csv', 'data: data-id.csv'));
    const a = await build(s.config, { outDir: path.join(s.dir, 'out-a'), word: false });
    const b = await build(path.join(s.dir, 'id.config.yaml'), { outDir: path.join(s.dir, 'out-b'), word: false });
    expect(b.results.meta.n).toBe(150);
    expect(comparable(b.outDir!)).toEqual(comparable(a.outDir!));
  });

  it('XLSX with several sheets, chosen by name or by number, with a Date column: same results', async () => {
    const s = defaultStudy();
    const t = readTable(s.read('data/responden.csv'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Petunjuk').addRows([['Kuesioner UMKM fashion'], ['Isi lembar "Jawaban"']]);
    const ws = wb.addWorksheet('Jawaban');
    ws.addRow(['Tanggal', ...t.header]);
    t.rows.forEach((r, j) => ws.addRow([new Date(Date.UTC(2026, 2, 1 + (j % 28))), ...r.map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v))]));
    wb.addWorksheet('Rekap').addRows([['n', 89], ['rata-rata', { formula: 'AVERAGE(Jawaban!J2:J90)' }]]);
    await wb.xlsx.writeFile(path.join(s.dir, 'data/responden.xlsx'));

    const plain = await build(s.config, { outDir: path.join(s.dir, 'out-csv'), word: false });
    for (const sheet of ['Jawaban', '2']) {
      s.write('xlsx.config.yaml', s.read('bab4.config.yaml').replace('data: data/responden.csv', `data: { file: data/responden.xlsx, sheet: ${sheet === '2' ? 2 : sheet} }`));
      const x = await build(path.join(s.dir, 'xlsx.config.yaml'), { outDir: path.join(s.dir, `out-${sheet}`) });
      expect(x.results.meta.n).toBe(89);
      expect(comparable(x.outDir!)).toEqual(comparable(plain.outDir!));
    }

    s.write('xlsx.config.yaml', s.read('bab4.config.yaml').replace('data: data/responden.csv', 'data: { file: data/responden.xlsx, sheet: Data }'));
    const err = await build(path.join(s.dir, 'xlsx.config.yaml'), { outDir: null, word: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/"Data".*"Petunjuk", "Jawaban", "Rekap"/);
  });
});
