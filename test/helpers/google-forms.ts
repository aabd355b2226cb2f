/**
 * The default study's data as people really export it: a Google Forms CSV (Timestamp column,
 * question text as headers, Likert answers as words in any case and spacing, checkbox answers
 * joined with ", ") and an Indonesian-Excel semicolon CSV (decimal comma, thousands dots, dates).
 */
import { parse } from 'csv-parse/sync';

export type Table = { header: string[]; rows: string[][] };

export function readTable(csv: string): Table {
  const [header, ...rows] = parse(csv, { bom: true, skip_empty_lines: true }) as string[][];
  return { header, rows };
}

export function writeTable(t: Table, delimiter = ',', eol = '\n'): string {
  const cell = (v: string) => (/[",;\n\r]/.test(v) || v.startsWith(' ') || v.endsWith(' ') ? `"${v.replace(/"/g, '""')}"` : v);
  return [t.header, ...t.rows].map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

const WORDS = ['Sangat Tidak Setuju', 'Tidak Setuju', 'Netral', 'Setuju', 'Sangat Setuju'];
/** The same word as people's spreadsheets spell it: case and spacing vary by row. */
function spell(word: string, row: number): string {
  switch (row % 4) {
    case 0:
      return word;
    case 1:
      return word.toLowerCase();
    case 2:
      return ` ${word.toUpperCase().replace(/ /g, '  ')} `;
    default:
      return word.replace(/(^|\s)(\w)/g, (_m, s: string, c: string) => s + c.toLowerCase());
  }
}

/** Question text of the default study's items (as in its config). */
export function statements(config: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of config.matchAll(/^\s+((?:X\d|Y)_\d): "([^"]+)"/gm)) out[m[1]] = m[2];
  return out;
}

/** Characteristic columns of the default study → the question a Google Form would ask. */
export const QUESTIONS: Record<string, string> = {
  kecamatan: 'Kecamatan tempat usaha',
  jenis_kelamin: 'Jenis Kelamin',
  usia: 'Usia (tahun)',
  pendidikan: 'Pendidikan terakhir',
  lama_usaha: 'Lama usaha berjalan (tahun)',
  jumlah_karyawan: 'Jumlah karyawan',
  platform: 'Platform yang Anda gunakan untuk berjualan (boleh lebih dari satu)',
  pendapatan_per_bulan: 'Pendapatan per bulan (Rp)',
  modal_awal: 'Modal awal (Rp)',
};

/**
 * responden.csv → a Google Forms export: "Timestamp" first, the item columns as
 * "X1.1 <statement>" (X1, X3, Y) or "[X2.1] <statement>" (X2), answers as words; characteristic
 * columns titled with their question; an e-mail column and two unused columns with the same title.
 */
export function toGoogleForms(csv: string, config: string): string {
  const t = readTable(csv);
  const st = statements(config);
  const keep = t.header.map((h, i) => [h, i] as const).filter(([h]) => h !== 'no');
  const header = [
    'Timestamp',
    'Email Address',
    ...keep.map(([h]) => {
      const m = /^(X\d|Y)_(\d)$/.exec(h);
      if (!m) return QUESTIONS[h] ?? h;
      return m[1] === 'X2' ? `[${m[1]}.${m[2]}] ${st[h]}` : `${m[1]}.${m[2]} ${st[h]}`;
    }),
    'Catatan',
    'Catatan',
  ];
  const rows = t.rows.map((r, j) => [
    `2026/03/${String(1 + (j % 28)).padStart(2, '0')} ${1 + (j % 12)}:${String(j % 60).padStart(2, '0')}:07 PM GMT+7`,
    `responden${j + 1}@example.com`,
    ...keep.map(([h, i]) => (/^(X\d|Y)_\d$/.test(h) ? spell(WORDS[Number(r[i]) - 1], j) : r[i])),
    j % 3 ? '' : 'terima kasih',
    '',
  ]);
  return writeTable({ header, rows });
}

/** The default config adapted to the Google Forms export: the data file and `columns:` aliases. */
export function googleFormsConfig(config: string, dataFile: string): string {
  const aliases = Object.entries(QUESTIONS)
    .map(([k, v]) => `  ${k}: "${v}"`)
    .join('\n');
  return config.replace('data: data/responden.csv', `data: ${dataFile}`) + `columns:\n${aliases}\n`;
}

/**
 * responden.csv → an Indonesian-Excel CSV: semicolons, CRLF, a BOM, thousands dots in the Rupiah
 * columns, a decimal-comma column and a date column (both unused).
 */
export function toIndonesianExcel(csv: string, rupiah: string[]): string {
  const t = readTable(csv);
  const idx = rupiah.map((c) => t.header.indexOf(c));
  const header = ['tanggal_isi', ...t.header, 'skor_ipk'];
  const rows = t.rows.map((r, j) => [
    `${String(1 + (j % 28)).padStart(2, '0')}/03/2026`,
    ...r.map((v, i) => (idx.includes(i) ? Number(v).toLocaleString('id-ID') : v)),
    `${2 + (j % 2)},${String(j % 100).padStart(2, '0')}`,
  ]);
  return '\uFEFF' + writeTable({ header, rows }, ';', '\r\n');
}
