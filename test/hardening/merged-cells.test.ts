/**
 * Issue 13, defect 7: merged cells in an XLSX invented answers (exceljs hands back the master value
 * for every cell of a merge). A merge reaching into the data of a used column is refused with its
 * range; a merge elsewhere (a title, an unused column) does not matter; init reads merged copies as empty.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { loadData } from '../../src/load/index.js';
import { numeric } from '../../src/load/dataset.js';
import { readSample } from '../../src/load/sample.js';
import { smallCsv, smallStudy } from '../helpers/small-study.js';
import type { Study } from '../helpers/study.js';

/** The small study as an XLSX, with `merge` applied to its sheet (header in row 1; column I is X2_2… see the header). */
async function xlsxStudy(merge: (ws: ExcelJS.Worksheet) => void): Promise<Study> {
  const s = smallStudy();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const line of smallCsv().trim().split('\n')) ws.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1) : /^\d+$/.test(c) ? Number(c) : c)));
  ws.getCell('N1').value = 'catatan';
  merge(ws);
  await wb.xlsx.writeFile(path.join(s.dir, 'data.xlsx'));
  s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', 'data: data.xlsx'));
  return s;
}

describe('defect 7: merged cells in the data are refused, never copied', () => {
  it('I2:I5 merged (X2_2 of respondents 1–4): refused with the range', async () => {
    const s = await xlsxStudy((ws) => ws.mergeCells('I2:I5'));
    const e = await loadData(loadConfig(s.config)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems).toEqual([
      { file: expect.stringMatching(/data\.xlsx$/), line: 2, column: 'X2_2', message: expect.stringContaining('sel I2:I5 digabung (merge) di dalam data') },
    ]);
  });

  it('a merge in a column the config does not use is harmless', async () => {
    const s = await xlsxStudy((ws) => ws.mergeCells('N2:N5'));
    const ds = await loadData(loadConfig(s.config));
    expect(ds.n).toBe(40);
  });

  it('bab4 init reads the merged copies as empty, not as the master value', async () => {
    const s = await xlsxStudy((ws) => ws.mergeCells('I2:I5'));
    const [sheet] = await readSample(path.join(s.dir, 'data.xlsx'));
    const col = sheet.header.indexOf('X2_2');
    expect(sheet.rows[0][col]).not.toBe('');
    expect(sheet.rows.slice(1, 4).map((r) => r[col])).toEqual(['', '', '']);
  });

  it('without merges the XLSX reads as the CSV does', async () => {
    const s = await xlsxStudy(() => undefined);
    const ds = await loadData(loadConfig(s.config));
    const csv = await loadData(loadConfig(smallStudy().config));
    expect(Array.from(numeric(ds, 'X2_2'))).toEqual(Array.from(numeric(csv, 'X2_2')));
  });
});
