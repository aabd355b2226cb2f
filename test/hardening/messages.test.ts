/**
 * Issue 13, defect 9: misleading messages. Each now says what is actually wrong.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { loadData } from '../../src/load/index.js';
import { numeric } from '../../src/load/dataset.js';
import { parseWhole } from '../../src/load/numbers.js';
import { captureConsole } from '../helpers/console.js';
import { smallCsv, smallStudy, SMALL_CONFIG } from '../helpers/small-study.js';

const io = captureConsole();

async function problems(config: string): Promise<string> {
  const e = await loadData(loadConfig(config)).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return (e as InputError).message;
}

/** Sets row `row` (1-based respondent), column `col` of the small study's CSV. */
function setCell(csv: string, row: number, col: string, value: string): string {
  const lines = csv.trim().split('\n');
  const i = lines[0].split(',').indexOf(col);
  const cells = lines[row].match(/"[^"]*"|[^,]+/g)!;
  cells[i] = value;
  lines[row] = cells.join(',');
  return lines.join('\n') + '\n';
}

describe('defect 9: messages that say what is wrong', () => {
  it('alpha: "0.05" says it expected a number and got text, not "required"', () => {
    for (const [lang, want] of [
      ['id', /kunci "alpha": seharusnya angka, tetapi berisi teks "0\.05" \(tulis angka tanpa tanda kutip\)/],
      ['en', /key "alpha": expected a number, got text "0\.05" \(write numbers without quotes\)/],
    ] as const) {
      const s = smallStudy({ config: SMALL_CONFIG + `language: ${lang}\nalpha: "0.05"\n` });
      expect(() => loadConfig(s.config)).toThrow(want);
    }
    const missing = smallStudy({ config: SMALL_CONFIG.replace('title: Studi Kecil\n', '') });
    expect(() => loadConfig(missing.config)).toThrow(/kunci "title": wajib diisi \(teks\)/);
  });

  it('names the place in the study\'s language: "baris/kolom/kunci" in Indonesian, "row/column/key" in English', async () => {
    const bad = setCell(smallCsv(), 3, 'usia', 'abc');
    expect(await problems(smallStudy({ csv: bad }).config)).toMatch(/:4: baris 3, kolom "usia": "abc" bukan angka/);
    expect(await problems(smallStudy({ csv: bad, config: SMALL_CONFIG + 'language: en\n' }).config)).toMatch(/:4: row 3, column "usia": "abc" is not a number/);
    expect(() => loadConfig(smallStudy({ config: SMALL_CONFIG + 'language: en\nalpha: 5\n' }).config)).toThrow(/key "alpha"/);
    expect(() => loadConfig(smallStudy({ config: SMALL_CONFIG + 'alpha: 5\n' }).config)).toThrow(/kunci "alpha"/);
  });

  it('the config\'s rules are stated in the study\'s language, each problem once', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['alpha: 5', /kunci "alpha": seharusnya angka antara 0 dan 1/, /key "alpha": expected a number between 0 and 1/],
      ['pageStart: 0', /kunci "pageStart": seharusnya nomor halaman 1 atau lebih/, /key "pageStart": expected a page number of 1 or more/],
      ['scale: { min: 1, max: 500 }', /kunci "scale\.max": seharusnya paling banyak 101 titik skala/, /key "scale\.max": expected at most 101 scale points/],
      ['hypotheses: { X1: { direction: positive } }', /kunci "hypotheses\.X1": seharusnya id hipotesis H1, H2/, /key "hypotheses\.X1": expected a hypothesis id H1, H2/],
      ['categories: { tcr: [] }', /kunci "categories\.tcr": seharusnya berisi paling sedikit 1 unsur/, /key "categories\.tcr": expected at least 1 entry$/m],
      ['bootstrap: { seed: 99999999999999999999 }', /kunci "bootstrap\.seed": seharusnya 9007199254740991 atau kurang$/, /key "bootstrap\.seed": expected 9007199254740991 or less$/],
    ];
    for (const [line, id, en] of cases) {
      const config = SMALL_CONFIG.replace('scale: { min: 1, max: 5 }\n', '') + line + '\n';
      expect(() => loadConfig(smallStudy({ config }).config)).toThrow(id);
      expect(() => loadConfig(smallStudy({ config: config + 'language: en\n' }).config)).toThrow(en);
    }
  });

  it('1e309 is reported as written, not as "Infinity" (data and config)', async () => {
    const s = smallStudy({ csv: setCell(smallCsv(), 3, 'usia', '1e309') });
    expect(await problems(s.config)).toMatch(/baris 3, kolom "usia": "1e309" bukan angka/);
    const c = smallStudy({ config: SMALL_CONFIG + 'alpha: 1e309\n' });
    expect(() => loadConfig(c.config)).toThrow(/"alpha": seharusnya angka, tetapi berisi angka yang terlalu besar/);
  });

  it('a formula cell without a saved result is named as such, not "[object Object]"', async () => {
    const s = smallStudy();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    for (const line of smallCsv().trim().split('\n')) ws.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1) : /^\d+$/.test(c) ? Number(c) : c)));
    ws.getCell('E3').value = { formula: 'F3' } as ExcelJS.CellFormulaValue; // X1_1 of respondent 2: no cached result
    ws.getCell('E4').value = { formula: 'F4-F4+3', result: 3 } as ExcelJS.CellFormulaValue; // with one: its result
    await wb.xlsx.writeFile(path.join(s.dir, 'data.xlsx'));
    s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', 'data: data.xlsx'));
    const message = await problems(s.config);
    expect(message).not.toContain('[object Object]');
    expect(message).toMatch(/data\.xlsx:3: baris 2, kolom "X1_1": rumus "=F3" tidak menyimpan hasilnya; buka berkas di Excel lalu simpan lagi/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('a formula whose saved result is 0 reads as 0 (exceljs drops it from cell.value)', async () => {
    const s = smallStudy({ config: SMALL_CONFIG.replace('scale: { min: 1, max: 5 }', 'scale: { min: 0, max: 5 }') });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    for (const line of smallCsv().trim().split('\n')) ws.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1) : /^\d+$/.test(c) ? Number(c) : c)));
    ws.getCell('E3').value = { formula: 'F3-F3', result: 0 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(s.dir, 'data.xlsx'));
    s.edit('bab4.config.yaml', (t) => t.replace('data: data.csv', 'data: data.xlsx'));
    expect(numeric(await loadData(loadConfig(s.config)), 'X1_1')[1]).toBe(0);
  });

  it('a UTF-16 file says "save it as UTF-8" (with or without a BOM)', async () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(smallCsv(), 'utf16le')]), Buffer.from(smallCsv(), 'utf16le')]) {
      const s = smallStudy({ csv: bytes });
      expect(await problems(s.config)).toMatch(/data\.csv: berkas ini berenkode UTF-16 \("Unicode Text"\); simpan sebagai UTF-8/);
    }
  });

  it('a config path that is a folder says so and names the file to give', async () => {
    const s = smallStudy();
    expect(await main(['validate', '--config', s.dir])).toBe(1);
    expect(io.err).toMatch(/adalah folder, bukan berkas konfigurasi; berikan berkasnya, mis\. --config .*bab4\.config\.yaml/);
    io.clear();
    mkdirSync(path.join(s.dir, 'sub'));
    expect(await main(['watch', '--config', path.join(s.dir, 'sub')])).toBe(1);
    expect(io.err).toMatch(/sub adalah folder, bukan berkas konfigurasi/);
  });

  it('4.9999999999999999 is not the Likert answer 5: integers are parsed from the text', async () => {
    expect(Number('4.9999999999999999')).toBe(5);
    expect(parseWhole('4.9999999999999999', false)).toBeNaN();
    expect(parseWhole('5', false)).toBe(5);
    expect(parseWhole(' 5.0 ', false)).toBe(5);
    expect(parseWhole('5,00', true)).toBe(5);
    expect(parseWhole('5e0', false)).toBeNaN();
    expect(parseWhole('4,5', true)).toBeNaN();
    const s = smallStudy({ csv: setCell(smallCsv(), 4, 'X1_2', '4.9999999999999999') });
    expect(await problems(s.config)).toMatch(/baris 4, kolom "X1_2": "4\.9999999999999999" bukan bilangan bulat 1–5/);
    const ok = smallStudy({ csv: setCell(smallCsv(), 4, 'X1_2', '4.0') });
    expect(numeric(await loadData(loadConfig(ok.config)), 'X1_2')[3]).toBe(4);
  });
});
