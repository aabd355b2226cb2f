import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../src/config/load.js';
import { loadData } from '../../src/load/index.js';
import { numeric, text } from '../../src/load/dataset.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy, type Study } from '../helpers/study.js';

/** Writes the default study's CSV as an XLSX (numbers as numbers) into the study, optionally after another sheet. */
async function writeXlsx(s: Study, opts: { sheetName?: string; before?: boolean; mutate?: (rows: (string | number)[][]) => void } = {}) {
  const lines = s.read('data/responden.csv').trim().split('\n');
  const rows = lines.map((l) => (l.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) => c.replace(/,$/, '')).filter((_, i, a) => i < a.length - 1 || a[i] !== '').map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : Number(c))));
  opts.mutate?.(rows);
  const wb = new ExcelJS.Workbook();
  if (opts.before) wb.addWorksheet('Petunjuk').addRow(['Isi kuesioner di lembar berikutnya']);
  const ws = wb.addWorksheet(opts.sheetName ?? 'Data');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(`${s.dir}/data/responden.xlsx`);
}

describe('loadData (XLSX)', () => {
  it('reads the first sheet like the CSV', async () => {
    const s = defaultStudy();
    await writeXlsx(s);
    s.edit('bab4.config.yaml', (t) => t.replace('data: data/responden.csv', 'data: data/responden.xlsx'));
    const ds = await loadData(loadConfig(s.config));
    expect(ds.n).toBe(89);
    expect(Array.from(numeric(ds, 'X1_1').slice(0, 4))).toEqual([5, 3, 4, 3]);
    expect(text(ds, 'platform')[0]).toBe('Lazada, Instagram, WhatsApp');
  });

  it('reads a sheet chosen by name or number', async () => {
    const s = defaultStudy();
    await writeXlsx(s, { sheetName: 'Jawaban', before: true });
    s.edit('bab4.config.yaml', (t) => t.replace('data: data/responden.csv', 'data: { file: data/responden.xlsx, sheet: Jawaban }'));
    expect((await loadData(loadConfig(s.config))).n).toBe(89);
    s.edit('bab4.config.yaml', (t) => t.replace('sheet: Jawaban', 'sheet: 2'));
    expect((await loadData(loadConfig(s.config))).n).toBe(89);
    s.edit('bab4.config.yaml', (t) => t.replace('sheet: 2', 'sheet: Data'));
    await expect(loadData(loadConfig(s.config))).rejects.toThrow(/"Data".*"Petunjuk", "Jawaban"/);
  });

  it('names the sheet row and column of a bad cell', async () => {
    const s = defaultStudy();
    await writeXlsx(s, { mutate: (rows) => (rows[5][rows[0].indexOf('X3_2')] = 7) });
    s.edit('bab4.config.yaml', (t) => t.replace('data: data/responden.csv', 'data: data/responden.xlsx'));
    const e = await loadData(loadConfig(s.config)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const p = (e as InputError).problems[0];
    expect([p.line, p.row, p.column]).toEqual([6, 5, 'X3_2']);
    expect(p.message).toContain('"7"');
  });
});
