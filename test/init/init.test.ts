/**
 * bab4 init: a new study guessed from a data header — item columns by their codes, variables and
 * model, characteristics, scale words — that loads and builds; the example study without --data;
 * --templates; the questionnaire's starter cover letter; never overwriting a config, the author's
 * pembahasan or their cover letter.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { initStudy } from '../../src/init/index.js';
import { guessStudy, suggestBins } from '../../src/init/guess.js';
import { loadConfig } from '../../src/config/load.js';
import { build } from '../../src/pipeline.js';
import { main } from '../../src/cli/main.js';
import { InputError } from '../../src/errors.js';
import { ROOT, defaultStudy } from '../helpers/study.js';
import { captureConsole } from '../helpers/console.js';
import { readTable, toGoogleForms } from '../helpers/google-forms.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'bab4-init-'));
const DATA = path.join(ROOT, 'data/responden.csv');

const io = captureConsole();

describe('guessStudy', () => {
  it('recognizes item codes X1_1, X1.1, "X1.1 Saya …", "[X1.1] …", Y_3 and groups them', () => {
    const header = ['Timestamp', 'no', 'X1_1', 'X1.2', 'X1.3 Saya menjual online', '[X2.1] Saya promosi', '[X2.2] Saya beriklan', 'Y_1', 'Y_2', 'umkm_2022'];
    const rows = [
      ['2026/03/01 10:00:00 AM GMT+7', '1', '4', '5', '3', '4', '4', '5', '4', '12'],
      ['2026/03/01 11:00:00 AM GMT+7', '2', '2', '3', '4', '5', '3', '4', '4', '15'],
    ];
    const g = guessStudy(header, rows);
    expect(g.variables.map((v) => [v.id, v.items.map((i) => i.id)])).toEqual([
      ['X1', ['X1_1', 'X1_2', 'X1_3']],
      ['X2', ['X2_1', 'X2_2']],
      ['Y', ['Y_1', 'Y_2']],
    ]);
    expect(g.variables[0].items[2]).toEqual({ id: 'X1_3', header: 'X1.3 Saya menjual online', statement: 'Saya menjual online' });
    expect(g.dependent).toBe('Y');
    expect(g.independents).toEqual(['X1', 'X2']);
    expect(g.columns).toMatchObject({ X1_2: 'X1.2', X2_1: '[X2.1] Saya promosi' });
    expect(g.skipped).toEqual([
      { header: 'Timestamp', reason: 'timestamp' },
      { header: 'no', reason: 'respondent-number' },
    ]);
    expect(g.characteristics.map((c) => c.column)).toEqual(['umkm_2022']);
  });

  it('takes the last group as dependent without a Y, and the scale from Likert words', () => {
    const header = ['A_1', 'A_2', 'B_1', 'B_2', 'Kota', 'Media yang dipakai'];
    const rows = [
      ['Sangat Setuju', 'setuju', 'Ragu-ragu', 'TIDAK SETUJU', 'Jambi', 'Instagram, WhatsApp'],
      ['Sangat Tidak Setuju', 'Setuju', 'Setuju', 'Setuju', 'Muaro Jambi', 'Instagram'],
    ];
    const g = guessStudy(header, rows);
    expect(g.dependent).toBe('B');
    expect(g.independents).toEqual(['A']);
    expect(g.scale).toEqual({ min: 1, max: 5, labels: ['Sangat Tidak Setuju', 'Tidak Setuju', 'Ragu-ragu', 'Setuju', 'Sangat Setuju'] });
    expect(g.characteristics).toEqual([
      { column: 'Kota', header: 'Kota', label: 'Kota' },
      { column: 'media_yang_dipakai', header: 'Media yang dipakai', label: 'Media yang dipakai', multiple: ', ' },
    ]);
    expect(g.stratum).toBe('Kota');
    expect(g.columns).toEqual({ media_yang_dipakai: 'Media yang dipakai' });
  });

  it('suggests class bounds at round numbers', () => {
    expect(suggestBins(Array.from({ length: 41 }, (_, i) => 20 + i))).toEqual([30, 40, 50]);
    expect(suggestBins([1_500_000, 3_000_000, 4_200_000, 8_000_000, 12_500_000, 19_000_000])).toEqual([5_000_000, 10_000_000, 15_000_000]);
    expect(suggestBins([3, 3, 3])).toEqual([]);
  });
});

describe('bab4 init', () => {
  it('guesses the default study from its data; the config loads and builds', async () => {
    const dir = path.join(tmp(), 'studi');
    expect(await main(['init', dir, '--data', DATA])).toBe(0);
    expect(io.out).toMatch(/X1 \(5\), X2 \(5\), X3 \(5\), Y \(5\); model Y ← X1, X2, X3/);
    for (const f of ['bab4.config.yaml', 'README.md', 'data/responden.csv', 'pembahasan/H1.md', 'pembahasan/H4.md', '.gitignore']) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
    expect(existsSync(path.join(dir, 'pembahasan/H5.md'))).toBe(false);
    expect(readFileSync(path.join(dir, 'data/responden.csv'))).toEqual(readFileSync(DATA));
    const config = loadConfig(path.join(dir, 'bab4.config.yaml'));
    expect(config.variables.map((v) => v.id)).toEqual(['X1', 'X2', 'X3', 'Y']);
    expect(config.model).toEqual({ dependent: 'Y', independents: ['X1', 'X2', 'X3'] });
    const chars = Object.fromEntries(config.characteristics.map((c) => [c.column, c]));
    expect(Object.keys(chars)).not.toContain('no');
    expect(chars.platform.multiple).toBe(', ');
    expect(chars.usia.bins?.length).toBeGreaterThan(0);
    expect(chars.jenis_kelamin.bins).toBeUndefined();
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const word of ['label', 'Skala', 'Populasi', 'Strata', 'Tahun', 'pernyataan']) expect(readme.toLowerCase()).toContain(word.toLowerCase());
    expect(readFileSync(path.join(dir, 'pembahasan/H1.md'), 'utf8')).toMatch(/^<!--[\s\S]*X1 terhadap Y[\s\S]*-->\n$/);

    const built = await build(path.join(dir, 'bab4.config.yaml'), { word: false });
    expect(built.results.meta.n).toBe(89);
    expect(existsSync(path.join(dir, 'output/bab4.html'))).toBe(true);

    // The questionnaire's starter cover letter: referenced by the config, inserted into Lampiran 1
    // without bab4's hint comment, its [placeholders] left for the author.
    const intro = readFileSync(path.join(dir, 'kuesioner/pengantar.md'), 'utf8');
    expect(intro).toMatch(/^<!--[\s\S]*Lampiran 1[\s\S]*-->\n\*\*Perihal: Permohonan Pengisian Kuesioner\*\*/);
    expect(intro).toContain('Dengan hormat,');
    expect(intro).toContain('[nama lengkap]');
    expect(intro).toContain('*[judul penelitian]*');
    expect(config.questionnaire.intro).toBe(path.join(dir, 'kuesioner/pengantar.md'));
    expect(readFileSync(path.join(dir, 'bab4.config.yaml'), 'utf8')).toMatch(/^questionnaire: \{ intro: kuesioner\/pengantar\.md \}/m);
    const lampiran = readFileSync(path.join(dir, 'output/lampiran.html'), 'utf8');
    const l1 = lampiran.slice(lampiran.indexOf('<h2>Lampiran 1.'), lampiran.indexOf('<h2>Lampiran 2.'));
    expect(l1).toContain('<strong>Perihal: Permohonan Pengisian Kuesioner</strong>');
    expect(l1).not.toContain('<!--');
    expect(readme).toContain('kuesioner/pengantar.md');
  });

  it('guesses a Google Forms export: statements, aliases, Likert words, Timestamp skipped; builds', async () => {
    const s = defaultStudy();
    const csv = toGoogleForms(s.read('data/responden.csv'), s.read('bab4.config.yaml'));
    s.write('google-form.csv', csv);
    const dir = path.join(s.dir, 'baru');
    const { guess } = await initStudy(dir, { data: path.join(s.dir, 'google-form.csv') });
    expect(guess.variables.map((v) => v.id)).toEqual(['X1', 'X2', 'X3', 'Y']);
    expect(guess.skipped.map((x) => x.header)).toEqual(expect.arrayContaining(['Timestamp', 'Email Address']));
    const config = loadConfig(path.join(dir, 'bab4.config.yaml'));
    expect(config.scale.labels).toEqual(['Sangat Tidak Setuju', 'Tidak Setuju', 'Netral', 'Setuju', 'Sangat Setuju']);
    expect(config.variables[0].items[0]).toEqual({ column: 'X1_1', statement: expect.stringMatching(/^Saya menggunakan marketplace/) });
    expect(config.variables[1].items[0].statement).toMatch(/^Saya memiliki akun media sosial/);
    expect(config.columns.X2_1).toBe(readTable(csv).header.find((h) => h.startsWith('[X2.1]')));
    const built = await build(path.join(dir, 'bab4.config.yaml'), { outDir: null, word: false });
    expect(built.results.meta.n).toBe(89);
  });

  it('picks the XLSX sheet that holds the answers', async () => {
    const dir = tmp();
    const t = readTable(readFileSync(DATA, 'utf8'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Petunjuk').addRow(['Isi lembar berikutnya']);
    const ws = wb.addWorksheet('Jawaban');
    ws.addRow(t.header);
    for (const r of t.rows) ws.addRow(r.map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
    await wb.xlsx.writeFile(path.join(dir, 'kuesioner.xlsx'));
    await initStudy(path.join(dir, 'studi'), { data: path.join(dir, 'kuesioner.xlsx') });
    const config = loadConfig(path.join(dir, 'studi/bab4.config.yaml'));
    expect(config.data.sheet).toBe('Jawaban');
    expect((await build(config.configPath, { outDir: null, word: false })).results.meta.n).toBe(89);
  });

  it('without --data: a commented config with example data that builds', async () => {
    const dir = path.join(tmp(), 'contoh');
    expect(await main(['init', dir])).toBe(0);
    const text = readFileSync(path.join(dir, 'bab4.config.yaml'), 'utf8');
    expect(text).toMatch(/^# bab4/);
    expect(text).toMatch(/# population:/);
    expect(text).toMatch(/# normality: lilliefors/);
    expect(existsSync(path.join(dir, 'data/contoh.csv'))).toBe(true);
    const built = await build(path.join(dir, 'bab4.config.yaml'), { word: false });
    expect(built.results.meta.n).toBe(100);
    expect(built.results.meta.simulated).toBe(true);
    expect(built.config.model).toEqual({ dependent: 'Y', independents: ['X1', 'X2'] });
  });

  it('--templates copies the default templates and uses them', async () => {
    const dir = path.join(tmp(), 'studi');
    await initStudy(dir, { data: DATA, templates: true });
    const defaults = readdirSync(path.join(ROOT, 'templates/id'));
    expect(readdirSync(path.join(dir, 'templates/id')).sort()).toEqual(defaults.sort());
    expect(existsSync(path.join(dir, 'templates/page.html.hbs'))).toBe(true);
    expect(existsSync(path.join(dir, 'templates/style.css'))).toBe(true);
    const config = loadConfig(path.join(dir, 'bab4.config.yaml'));
    expect(config.templates).toBe(path.join(dir, 'templates'));
    const built = await build(config.configPath, { outDir: null, word: false });
    expect(Object.keys(built.results.meta.inputs)).toContain('templates/style.css');
  });

  it('refuses to overwrite a config (exit 1) and never overwrites pembahasan', async () => {
    const dir = path.join(tmp(), 'studi');
    await initStudy(dir, { data: DATA });
    const before = readFileSync(path.join(dir, 'bab4.config.yaml'), 'utf8');
    expect(await main(['init', dir, '--data', DATA])).toBe(1);
    expect(io.err).toMatch(/bab4\.config\.yaml sudah ada/);
    expect(readFileSync(path.join(dir, 'bab4.config.yaml'), 'utf8')).toBe(before);

    const again = path.join(tmp(), 'studi');
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(path.join(again, 'pembahasan'), { recursive: true });
    writeFileSync(path.join(again, 'pembahasan/H2.md'), 'Tulisan saya.\n');
    mkdirSync(path.join(again, 'kuesioner'), { recursive: true });
    writeFileSync(path.join(again, 'kuesioner/pengantar.md'), 'Surat saya.\n');
    const { created } = await initStudy(again, { data: DATA });
    expect(created).not.toContain('pembahasan/H2.md');
    expect(readFileSync(path.join(again, 'pembahasan/H2.md'), 'utf8')).toBe('Tulisan saya.\n');
    expect(created).not.toContain('kuesioner/pengantar.md');
    expect(readFileSync(path.join(again, 'kuesioner/pengantar.md'), 'utf8')).toBe('Surat saya.\n');
  });

  it('refuses a missing data file and a data file that would replace a different one', async () => {
    const dir = tmp();
    await expect(initStudy(path.join(dir, 'a'), { data: path.join(dir, 'nope.csv') })).rejects.toBeInstanceOf(InputError);
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'b/data'), { recursive: true });
    writeFileSync(path.join(dir, 'b/data/responden.csv'), 'lain\n');
    await expect(initStudy(path.join(dir, 'b'), { data: DATA })).rejects.toThrow(/sudah ada dan isinya berbeda/);
    expect(existsSync(path.join(dir, 'b/bab4.config.yaml'))).toBe(false);
  });
});
