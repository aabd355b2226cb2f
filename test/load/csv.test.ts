import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadData } from '../../src/load/index.js';
import { numeric, text } from '../../src/load/dataset.js';
import { InputError } from '../../src/errors.js';
import { MAX_PROBLEMS } from '../../src/load/collector.js';
import { defaultStudy, type Study } from '../helpers/study.js';

const DATA = 'data/responden.csv';

async function load(s: Study) {
  return loadData(loadConfig(s.config));
}

async function problems(s: Study): Promise<InputError> {
  try {
    await load(s);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

/** Replaces the cell (data row r, 1-based; column name) of a comma CSV without quotes inside the cell. */
function setCell(csv: string, row: number, column: string, value: string): string {
  const lines = csv.split('\n');
  const header = lines[0].split(',').map((h) => h.replace(/"/g, ''));
  const cells = splitCsvLine(lines[row]);
  cells[header.indexOf(column)] = value;
  lines[row] = cells.join(',');
  return lines.join('\n');
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    if (ch === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe('loadData (CSV)', () => {
  it('loads the default study column-wise', async () => {
    const ds = await load(defaultStudy());
    expect(ds.n).toBe(89);
    expect(ds.rowsRead).toBe(89);
    const x = numeric(ds, 'X1_1');
    expect(x).toBeInstanceOf(Int8Array); // a Likert item of 1–5: a byte per answer
    expect(numeric(ds, 'pendapatan_per_bulan')).toBeInstanceOf(Float64Array);
    expect(Array.from(x.slice(0, 4))).toEqual([5, 3, 4, 3]);
    expect(text(ds, 'platform')[0]).toBe('Lazada, Instagram, WhatsApp');
    expect(text(ds, 'kecamatan')[1]).toBe('Danau Teluk');
  });

  it('reports every bad cell with file, line, row, column and the value, all at once', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => setCell(setCell(setCell(setCell(t, 3, 'X1_2', '6'), 5, 'X2_4', '3.5'), 7, 'usia', 'dua puluh'), 9, 'Y_1', 'abc'));
    const e = await problems(s);
    const msgs = e.problems.map((p) => `${p.file}:${p.line} row ${p.row} ${p.column}: ${p.message}`);
    expect(msgs).toHaveLength(4);
    expect(msgs[0]).toMatch(/data\/responden\.csv:4 row 3 X1_2: "6" bukan bilangan bulat 1–5/);
    expect(msgs[1]).toMatch(/data\/responden\.csv:6 row 5 X2_4: "3\.5" bukan bilangan bulat 1–5/);
    expect(msgs[2]).toMatch(/data\/responden\.csv:8 row 7 usia: "dua puluh" bukan angka/);
    expect(msgs[3]).toMatch(/data\/responden\.csv:10 row 9 Y_1: "abc" bukan bilangan bulat 1–5/);
    expect(e.message).toContain('baris 3, kolom "X1_2"');
  });

  it('limits the list of problems but counts them all', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => {
      let out = t;
      for (let r = 1; r <= 40; r++) out = setCell(out, r, 'X3_3', '9');
      return out;
    });
    const e = await problems(s);
    expect(e.problems).toHaveLength(MAX_PROBLEMS);
    expect(e.total).toBe(40);
    expect(e.message).toContain(`… ${40 - MAX_PROBLEMS} lagi (40 masalah seluruhnya)`);
  });

  it('refuses a missing configured column, naming it and the config key', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => t.replace('"X2_5"', '"X2_5x"'));
    const e = await problems(s);
    expect(e.problems[0].column).toBe('X2_5');
    expect(e.problems[0].message).toMatch(/"X2_5".*variables\.X2\.items/);
  });

  it('refuses an empty cell unless missing: listwise, which drops the respondent and counts it', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => setCell(setCell(t, 2, 'X1_1', ''), 10, 'jenis_kelamin', '""'));
    const e = await problems(s);
    expect(e.problems.map((p) => [p.row, p.column])).toEqual([[2, 'X1_1'], [10, 'jenis_kelamin']]);
    expect(e.problems[0].message).toContain('listwise');
    s.edit('bab4.config.yaml', (t) => t + 'missing: listwise\n');
    const ds = await load(s);
    expect(ds.n).toBe(87);
    expect(ds.dropped).toBe(2);
    expect(Array.from(ds.rows.slice(0, 3))).toEqual([1, 3, 4]);
  });

  it('holds each distinct text answer once, as written in any quoting and spacing; a dropped answer is gone', async () => {
    const s = defaultStudy();
    // Row 2 answers a kecamatan nobody else gives and is dropped (listwise); rows 3 and 4 the same one, spaced differently.
    s.edit(DATA, (t) => setCell(setCell(setCell(setCell(t, 2, 'kecamatan', 'Kampung Baru'), 2, 'X1_1', ''), 3, 'kecamatan', ' Danau Teluk'), 4, 'kecamatan', 'Danau Teluk'));
    s.edit('bab4.config.yaml', (t) => t + 'missing: listwise\n');
    const ds = await load(s);
    const column = ds.columns.get('kecamatan');
    if (column?.kind !== 'text') throw new Error('kecamatan is not a text column');
    expect(column.codes.length).toBe(88);
    expect(column.levels).not.toContain('Kampung Baru');
    expect(new Set(column.levels).size).toBe(column.levels.length);
    expect(column.levels[0]).toBe('Jambi Timur'); // the first respondent's, then in order of appearance
    expect(text(ds, 'kecamatan').slice(1, 3)).toEqual(['Danau Teluk', 'Danau Teluk']); // rows 3 and 4
  });

  it('reads semicolons, BOM, CRLF and decimal commas (Indonesian Excel export)', async () => {
    const s = defaultStudy();
    const csv = s.read(DATA).trim().split('\n').map((line) => splitCsvLine(line).join(';')).join('\r\n');
    // Income with decimal comma and thousands dots in a numeric variable.
    const withIncome = csv.split('\r\n').map((l, i) => (i === 0 ? l : l.replace(/;(\d+);(\d+);(\d);(\d);(\d);(\d);(\d)$/, (_m, inc: string, mod: string, ...ys: string[]) => `;${Number(inc).toLocaleString('id-ID')},5;${mod};${ys.slice(0, 5).join(';')}`))).join('\r\n');
    s.write(DATA, '\uFEFF' + withIncome + '\r\n');
    s.edit('bab4.config.yaml', (t) => t.replace('  Y:\n', '  Inc: { label: Pendapatan, column: pendapatan_per_bulan }\n  Y:\n'));
    const ds = await load(s);
    expect(ds.n).toBe(89);
    expect(numeric(ds, 'pendapatan_per_bulan')[0]).toBe(13430000.5);
    expect(Array.from(numeric(ds, 'Y_1').slice(0, 3))).toEqual([4, 3, 5]);
    expect(text(ds, 'platform')[0]).toBe('Lazada, Instagram, WhatsApp');
  });

  it('reads quoted fields with separators and line breaks inside', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => setCell(t, 1, 'pendidikan', '"S1, ""Ekonomi""\nManajemen"'));
    s.edit('bab4.config.yaml', (t) => t.replace(/, order: \[SD[^\]]*\]/, ''));
    const ds = await load(s);
    expect(text(ds, 'pendidikan')[0]).toBe('S1, "Ekonomi"\nManajemen');
    expect(ds.n).toBe(89);
  });

  it('reports a row with the wrong number of fields with its line', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => t.replace('\n3,"Kota Baru"', '\n3,"Kota Baru",extra'));
    const e = await problems(s);
    expect(e.problems[0].file).toMatch(/data\/responden\.csv$/);
    expect(e.problems[0].line).toBe(4);
    expect(e.problems[0].message).toMatch(/31 kolom.*30/);
  });

  it('maps Likert words through scale.labels, ignoring case and spacing', async () => {
    const s = defaultStudy();
    s.edit(DATA, (t) => setCell(setCell(t, 1, 'X1_1', 'sangat  setuju'), 2, 'X1_1', 'Netral '));
    const ds = await load(s);
    expect(Array.from(numeric(ds, 'X1_1').slice(0, 2))).toEqual([5, 3]);
  });
});
