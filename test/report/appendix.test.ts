/**
 * The appendix (lampiran.html): its six sections in order, the questionnaire as the respondents saw
 * it, the SPSS-style tables with numbers that agree with R (test/fixtures/survey-a/expected.json) as
 * the chapter's language writes them, the statistical tables with the study's rows in bold, no
 * internals (hashes, version, R functions, config keys), no placeholder text for any reference study
 * or degenerate case, English for `language: en`, and text from the config shown as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { formatNumber, formatP } from '../../src/messages/format.js';
import { FIXTURES, defaultStudy, fixtureStudy, type Study } from '../helpers/study.js';
import { editConfig } from '../helpers/chapter.js';
import { InputError } from '../../src/errors.js';
import { loadExaminer } from '../fixtures/r/examiner-fixture.js';

async function lampiran(s: Study): Promise<string> {
  const { files } = await build(s.config, { outDir: null, word: false });
  const html = files.get('lampiran.html');
  expect(html, 'lampiran.html').toBeTypeOf('string');
  // Foreign terms in italics ("<em>Item-Total Statistics</em>") are tested on their own.
  return (html as string).replace(/<\/?em>/g, '');
}

/** The page without its stylesheet: what a reader sees. */
function body(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '');
}

/** Cell texts of the first table after the caption that contains `caption`. */
function tableAfter(html: string, caption: string): string[][] {
  const at = html.indexOf(caption);
  expect(at, `caption "${caption}"`).toBeGreaterThan(-1);
  const start = html.indexOf('<table', at);
  const end = html.indexOf('</table>', start);
  const table = html.slice(start, end);
  // A cell spanning rows (rowspan) counts as an empty cell in the rows it covers.
  const spans: number[] = [];
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => {
    const cells = [...row[1].matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)];
    const out: string[] = [];
    for (let col = 0, i = 0; i < cells.length || spans[col] > 0; col++) {
      if (spans[col] > 0) {
        spans[col]--;
        out.push('');
        continue;
      }
      const [, attrs, text] = cells[i++];
      const rs = Number(attrs.match(/rowspan="(\d+)"/)?.[1] ?? 1);
      spans[col] = rs - 1;
      out.push(decode(text.replace(/<[^>]+>/g, '')).trim());
    }
    return out;
  });
}

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The row whose first cell is `first`. */
function row(table: string[][], first: string): string[] {
  const r = table.find((cells) => cells[0] === first);
  expect(r, `row "${first}" in ${JSON.stringify(table.slice(0, 3))}`).toBeDefined();
  return r!;
}

const id3 = (x: number) => formatNumber(x, 'id', 3);
const idP = (x: number) => formatP(x, 'id').replace(' ', '\u00a0');

function expectClean(html: string, name: string): void {
  const text = body(html);
  for (const bad of ['NaN', 'undefined', 'null', '[object Object]', '{{', 'Infinity']) {
    const i = text.indexOf(bad);
    expect(i, `${name}: "${bad}" near …${text.slice(Math.max(0, i - 120), i + 60)}…`).toBe(-1);
  }
}

describe('lampiran.html of survey-a', () => {
  let html: string;
  let expected: any;
  beforeAll(async () => {
    html = await lampiran(fixtureStudy('survey-a'));
    expected = JSON.parse(readFileSync(path.join(FIXTURES, 'survey-a', 'expected.json'), 'utf8'));
  });

  it('has the six appendices in order', () => {
    const headings = [
      'Lampiran 1. Kuesioner Penelitian',
      'Lampiran 2. Instrumen Penelitian',
      'Lampiran 3. Tabulasi Data Penelitian',
      'Lampiran 4. Output Analisis Data',
      'Lampiran 5. Penurunan Nilai Kritis',
      'Lampiran 6. Tabel Statistik',
    ];
    const at = headings.map((h) => html.indexOf(`<h2>${h}</h2>`));
    for (const [i, h] of headings.entries()) expect(at[i], h).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('has every SPSS table of appendix 4, in order, numbered Tabel L.n', () => {
    const names = [
      'Case Processing Summary',
      'Frequencies',
      'Reliability Statistics X1',
      'Item-Total Statistics X1',
      'Correlations: Butir dengan Total X1',
      'Descriptive Statistics',
      'Correlations',
      'Model Summary',
      'ANOVA',
      'Coefficients',
      'Collinearity Diagnostics',
      'Residuals Statistics',
      'Coefficients dengan Galat Baku HC3',
      'Interval Kepercayaan Bootstrap',
      'One-Sample Kolmogorov-Smirnov Test',
      'Tests of Normality',
      'Glejser',
      'Breusch-Pagan',
      'Durbin-Watson',
      'Deviation from Linearity',
      'Ramsey RESET',
    ];
    const start = html.indexOf('Lampiran 4.');
    let last = start;
    for (const name of names) {
      const i = html.indexOf(name, last);
      expect(i, `${name} after position ${last}`).toBeGreaterThan(last);
      last = i;
    }
    expect(html).toContain('<strong>Tabel L.1</strong>');
    expect(html).not.toMatch(/<strong>Tabel 4\.\d/);
  });

  it('lists the instrument with the scale labels', () => {
    const scale = tableAfter(html, 'Skala Jawaban Kuesioner');
    expect(scale.slice(1).map((r) => r[1])).toEqual(['Sangat Tidak Setuju', 'Tidak Setuju', 'Netral', 'Setuju', 'Sangat Setuju']);
    const x1 = tableAfter(html, 'Butir Pernyataan Variabel Penggunaan E-commerce (X1)');
    expect(row(x1, '1')).toEqual(['1', 'X1.1', 'Saya menggunakan marketplace (Shopee, Tokopedia, dll.) untuk menjual produk fashion.']);
  });

  it('tabulates the data: every respondent, answers as given, and the score', () => {
    const data = tableAfter(html, 'Tabulasi Data Variabel Penggunaan E-commerce (X1)');
    expect(data[0]).toEqual(['No.', 'X1.1', 'X1.2', 'X1.3', 'X1.4', 'X1.5', 'Total X1']);
    expect(data.length - 1).toBe(89);
    const answers = row(data, '1').slice(1, 6).map(Number);
    expect(Number(row(data, '1')[6])).toBe(answers.reduce((a, b) => a + b, 0));
    expect(html).toContain('seluruh 89 responden');
  });

  it('states R’s numbers in Indonesian format', () => {
    const a = expected.reliability.X1.alpha;
    expect(id3(a)).toBe('0,798');
    expect(row(tableAfter(html, 'Reliability Statistics X1'), id3(a))).toEqual([id3(a), '5']);

    const itemTotal = row(tableAfter(html, 'Item-Total Statistics X1'), 'X1.1');
    expect(itemTotal[4]).toBe(id3(expected.reliability.X1.alphaIfDeleted.X1_1));

    const freq = tableAfter(html, 'Frequency Table X1.1');
    expect(row(freq, '4').slice(1)).toEqual(['Setuju', String(expected.items.X1_1.frequencies['4']), '33,7%', '33,7%', '73,0%']);
    expect(row(freq, 'Total')[2]).toBe('89');

    const corr = row(tableAfter(html, 'Correlations: Butir dengan Total X1'), 'X1.1');
    expect(corr).toEqual(['X1.1', id3(expected.validity.X1_1.r), idP(expected.validity.X1_1.p), '89']);

    const reg = expected.regression;
    expect(id3(reg.r2)).toBe('0,494');
    expect(row(tableAfter(html, 'Model Summary'), '1')).toEqual(['1', `${id3(reg.r)}ᵃ`, id3(reg.r2), id3(reg.adjR2), id3(reg.seEstimate), id3(expected.assumptions.autocorrelation.durbinWatson.d)]);

    const anova = tableAfter(html, 'ANOVAᵃ');
    expect(row(anova, '1').slice(2)).toEqual([id3(reg.anova.ssRegression), '3', id3(reg.anova.msRegression), id3(reg.anova.f), `${idP(reg.anova.p)}ᵇ`]);

    const x1 = reg.coefficients.find((c: { term: string }) => c.term === 'X1');
    const coef = row(tableAfter(html, 'Coefficientsᵃ</p>'), 'X1');
    expect(coef).toEqual(['X1', id3(x1.b), id3(x1.se), id3(x1.beta), id3(x1.t), idP(x1.p), id3(x1.ciLower), id3(x1.ciUpper), coef[8], id3(x1.partial), id3(x1.part), id3(x1.tolerance), id3(x1.vif)]);
    expect(html).toContain('95,0% Confidence Interval for B');

    const nm = expected.assumptions.normality;
    const ks = tableAfter(html, 'One-Sample Kolmogorov-Smirnov Test</p>');
    expect(row(ks, 'Test Statistic')[2]).toBe(id3(nm.lilliefors.d));
    // Most Extreme Differences as SPSS prints them: Positive D⁺, Negative −D⁻ (R's one-sided ks.test statistics).
    const oneSided = (JSON.parse(readFileSync(new URL('../fixtures/r/normality-autocorrelation.json', import.meta.url), 'utf8')) as { surveyA: { ks: { dPlus: number; dMinus: number } } }).surveyA.ks;
    const extreme = (label: string) => ks.find((cells) => cells[1] === label)?.slice(1);
    expect(extreme('Absolute')).toEqual(['Absolute', id3(nm.kolmogorovSmirnov.d)]);
    expect(extreme('Positive')).toEqual(['Positive', id3(oneSided.dPlus)]);
    expect(extreme('Negative')).toEqual(['Negative', id3(-oneSided.dMinus)]);
    expect(row(ks, 'Asymp. Sig. (2-tailed), Lilliefors-correctedᶜ')[2]).toBe(idP(nm.lilliefors.p));
    expect(row(ks, 'Asymp. Sig. (2-tailed), classic asymptotic (uncorrected)')[2]).toBe(idP(nm.kolmogorovSmirnov.p));
    expect(row(tableAfter(html, 'Tests of Normality</p>'), 'Unstandardized Residual')[4]).toBe(id3(nm.shapiroWilk.w));

    // Glejser as SPSS's Coefficients table: (Constant) first, then B, Std. Error, Beta, t, Sig. per predictor.
    const glejser = tableAfter(html, 'Coefficientsᵃ (Uji Glejser)</p>');
    expect(glejser[0]).toEqual(['Model', 'B', 'Std. Error', 'Beta', 't', 'Sig.']);
    expect(glejser[1][0]).toBe('(Constant)');
    const gx1 = expected.assumptions.heteroscedasticity.glejser.find((g: { term: string }) => g.term === 'X1');
    expect(row(glejser, 'X1')[4]).toBe(id3(gx1.t));
    expect(row(glejser, 'X1')[5]).toBe(idP(gx1.p));

    const dw = expected.assumptions.autocorrelation.durbinWatson;
    const dwRow = tableAfter(html, 'Uji Durbin-Watson</p>')[1];
    expect(dwRow.slice(0, 5)).toEqual(['89', '3', id3(dw.d), id3(dw.dL), id3(dw.dU)]);
  });

  it('Correlations, Collinearity Diagnostics, Residuals Statistics and HC3 state R’s numbers', () => {
    const r = loadExaminer().studies.find((x) => x.name === 'survey-a')!;
    const corr = tableAfter(html, 'Correlations</p>');
    expect(corr[0].slice(2)).toEqual(['X1', 'X2', 'X3', 'Y']);
    const x2 = corr.findIndex((cells) => cells[0] === 'X2');
    expect(corr[x2].slice(2)).toEqual(r.correlations.r[1].map(id3));
    expect(corr[x2 + 1].slice(2)).toEqual(r.correlations.p[1].map((p) => (p === null ? '' : idP(p))));
    const cd = tableAfter(html, 'Collinearity Diagnosticsᵃ');
    expect(cd[0]).toEqual(['Dimension', 'Eigenvalue', 'Condition Index', '(Constant)', 'X1', 'X2', 'X3']);
    const d4 = r.collinearityDiagnostics[3];
    expect(row(cd, '4')).toEqual(['4', id3(d4.eigenvalue), id3(d4.conditionIndex), ...['(Constant)', 'X1', 'X2', 'X3'].map((t) => formatNumber(d4.proportions[t], 'id', 2))]);
    const rs = tableAfter(html, 'Residuals Statisticsᵃ');
    const z = r.residualStatistics.stdResidual;
    expect(row(rs, 'Std. Residual')).toEqual(['Std. Residual', id3(z.min), id3(z.max), '0,000', id3(z.sd), '89']);
    const hc3 = row(tableAfter(html, 'Coefficients dengan Galat Baku HC3'), 'X2');
    const h = r.robust.coefficients[2];
    expect(hc3).toEqual(['X2', id3(r.b[2]), id3(h.se), id3(h.t), idP(h.p), id3(h.ciLower), id3(h.ciUpper)]);
    expect(html).toContain('5.000 sampel ulang responden dengan pengembalian');
  });

  it('derives the critical values with formula and numbers', () => {
    expect(html).toContain('r tabel = 1,9876 / √(87 + 1,9876²) = 0,2084');
    expect(html).toContain('t(0,975; 85) = 1,9883');
    expect(html).toContain('F(0,95; 3, 85) = 2,7119');
    expect(html).toContain('800 / (1 + 800 · 0,10²) = 88,89');
    expect(html).toContain('2(1 − cos(πj/n))');
    expect(html).toMatch(/dL = 1,5863 .*dU = 1,7254/);
  });

  it('ends with the statistical tables, the rows of this study (n = 89, k = 3) in bold', () => {
    const bold = (table: string[][], first: string) => row(table, first);
    const r = tableAfter(html, 'Tabel r Product Moment');
    expect(r[0]).toEqual(['df', 'α = 0,05', 'α = 0,01']);
    expect(r.length - 1).toBe(200);
    // The chapter's r tabel (0,208) with the decimals of the derivation in appendix 5 (0,2084).
    expect(bold(r, '87')).toEqual(['87', '0,2084', '0,2717']);
    expect(row(r, '1')).toEqual(['1', '0,9969', '0,9999']);
    const t = tableAfter(html, 'Tabel t (Uji Satu Arah');
    expect(t[0]).toEqual(['df', 'Satu arahα = 0,10', 'Satu arahα = 0,05', 'Satu arahα = 0,01', 'Dua arahα = 0,10', 'Dua arahα = 0,05', 'Dua arahα = 0,01']);
    expect(row(t, '85').slice(5)).toEqual(['1,9883', '2,6349']);
    const f = tableAfter(html, 'Tabel F (α = 0,05)');
    expect(f[0]).toEqual(['df₂ \\ df₁', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(row(f, '85')[3]).toBe('2,7119');
    const dw = tableAfter(html, 'Tabel Durbin-Watson dL dan dU');
    expect(dw.length - 1).toBe(195);
    expect(row(dw, '89').slice(5, 7)).toEqual(['1,5863', '1,7254']);
    expect(row(dw, '6')).toEqual(['6', '0,6102', '1,4001', '–', '–', '–', '–', '–', '–', '–', '–']);
    // Exactly the study's rows are bold, every cell of them, inside the styled wrapper.
    const boldRows = [...html.matchAll(/<tr>\s*<td align="right"><strong>(\d+)<\/strong><\/td>([\s\S]*?)<\/tr>/g)];
    expect(boldRows.map((m) => m[1])).toEqual(['87', '85', '85', '89']);
    for (const m of boldRows) expect(m[2].match(/<td[^>]*>(?!<strong>)/g), `row ${m[1]}: every cell bold`).toBeNull();
    expect(body(html).match(/<div class="statistical-table">/g)).toHaveLength(4);
    expect(html).toContain('baris tebal: n = 89, kolom k′ = 3');
  });
});

describe('the questionnaire as the respondents saw it (Lampiran 1)', () => {
  /** Text of the ordered list of identity questions. */
  const identity = (html: string) => {
    const start = html.indexOf('<ol>', html.indexOf('Identitas Responden'));
    return [...html.slice(start, html.indexOf('</ol>', start)).matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]).replace(/[\u00a0\u2003]/g, ' ').replace(/\s+/g, ' ').trim());
  };

  it('the default study: the cover letter, the identity questions and a grid per variable with the legend', async () => {
    const html = await lampiran(defaultStudy());
    const part = html.slice(html.indexOf('<h2>Lampiran 1.'), html.indexOf('<h2>Lampiran 2.'));
    // The author's Markdown, inserted as written, without their <!-- … --> note.
    expect(part).toContain('<strong>Perihal: Permohonan Pengisian Kuesioner</strong>');
    expect(part).not.toContain('<!--');
    expect(identity(part)).toEqual([
      'Kecamatan: ☐ Jambi Timur ☐ Jambi Selatan ☐ Danau Teluk ☐ Danau Sipin ☐ Kota Baru ☐ Pasar Jambi ☐ Alam Barajo ☐ Jelutung ☐ Telanaipura ☐ Pelayangan ☐ Paal Merah',
      'Jenis Kelamin: ☐ Laki-laki ☐ Perempuan',
      'Usia: ……………… tahun',
      'Pendidikan Terakhir: ☐ SD ☐ SMP ☐ SMA/SMK ☐ Diploma ☐ S1 ☐ S2',
      'Lama Usaha: ……………… tahun',
      'Jumlah Karyawan: ……………… orang',
      'Pendapatan per Bulan: Rp ………………',
      'Modal Awal: Rp ………………',
      'Platform yang Digunakan (boleh memilih lebih dari satu): ☐ Facebook ☐ Instagram ☐ Lazada ☐ Shopee ☐ TikTok Shop ☐ Tokopedia ☐ WhatsApp',
    ]);
    expect(part).toContain('Keterangan: STS = Sangat Tidak Setuju; TS = Tidak Setuju; N = Netral; S = Setuju; SS = Sangat Setuju.');
    const grid = tableAfter(part, '<strong>1. Penggunaan E-commerce (X1)</strong>');
    expect(grid[0]).toEqual(['No', 'Pernyataan', 'STS', 'TS', 'N', 'S', 'SS']);
    expect(grid.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(row(grid, '1')).toEqual(['1', 'Saya menggunakan marketplace (Shopee, Tokopedia, dll.) untuk menjual produk fashion.', '', '', '', '', '']);
    expect(tableAfter(part, '<strong>4. Pendapatan UMKM (Y)</strong>')).toHaveLength(6);
    expect(part.match(/<div class="questionnaire">/g)).toHaveLength(4);
    // Not numbered as tables of the appendix: the questionnaire is reproduced, not analysed.
    expect(part).not.toContain('class="caption"');
    // The analysis notes: the stated population total once, in words (the year, not the column name).
    expect(body(html)).toContain('<strong>Catatan tabel sumber populasi.</strong> Tabel sumber mencantumkan jumlah tahun 2021 sebesar 330');
    expect(body(html)).not.toContain('umkm_2021');
    expect(body(html)).toContain('Data bawaan bab4 adalah data simulasi');
  });

  it('options: per characteristic, a numeric variable asked as a blank, reversed items as worded, no intro', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      delete c.questionnaire;
      c.characteristics[0].options = ['Perempuan', 'Laki-laki'];
      c.characteristics[1].options = ['< 25 tahun', '25–34 tahun', '35–44 tahun', '45–54 tahun', '≥ 55 tahun'];
      c.variables.X2.reverse = ['X2_3'];
      c.variables.Y = { label: 'Pendapatan per Bulan (Rp)', column: 'pendapatan_per_bulan' };
    });
    const html = await lampiran(s);
    const part = html.slice(html.indexOf('<h2>Lampiran 1.'), html.indexOf('<h2>Lampiran 2.'));
    expect(part).toContain('Berikut kuesioner penelitian sebagaimana diterima dan diisi oleh responden.');
    const q = identity(part);
    expect(q[1]).toBe('Jenis Kelamin: ☐ Perempuan ☐ Laki-laki');
    expect(q[2]).toBe('Usia: ☐ < 25 tahun ☐ 25–34 tahun ☐ 35–44 tahun ☐ 45–54 tahun ☐ ≥ 55 tahun');
    expect(q[q.length - 1]).toBe('Pendapatan per Bulan: Rp ………………');
    const x2 = tableAfter(part, '<strong>2. Media Sosial (X2)</strong>');
    expect(row(x2, '3')[1]).toBe('Saya membalas komentar dan pesan calon pembeli di media sosial dengan cepat.');
    expect(part).not.toContain('Pendapatan per Bulan (Rp) (Y)');
  });

  it('a missing intro file is refused with the key and its line', async () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('questionnaire: { intro: kuesioner/pengantar.md }', 'questionnaire: { intro: kuesioner/surat.md }'));
    const e = await build(s.config, { outDir: null, word: false }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const [p] = (e as InputError).problems;
    expect(p.key).toBe('questionnaire.intro');
    expect(p.line).toBe(s.read('bab4.config.yaml').split('\n').findIndex((l) => l.startsWith('questionnaire:')) + 1);
    expect(p.message).toContain('kuesioner/surat.md');
  });

  it('an option listed twice is refused', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => (c.characteristics[0].options = ['Laki-laki', 'Perempuan', 'Laki-laki']));
    const e = await build(s.config, { outDir: null, word: false }).catch((x: unknown) => x);
    expect((e as InputError).problems.map((p) => p.key)).toEqual(['characteristics.0.options.2']);
  });
});

describe('lampiran.html renders every case without placeholders', () => {
  it.each(['survey-a', 'survey-b', 'survey-c'])('%s', async (name) => {
    const html = await lampiran(fixtureStudy(name));
    expectClean(html, name);
  });

  it('survey-b: no population, a numeric dependent, a reversed item', async () => {
    const html = await lampiran(fixtureStudy('survey-b'));
    expect(html).toContain('rumus Slovin tidak berlaku');
    expect(html).toMatch(/Pendapatan per Bulan \(Rp\) \(Y\)<\/td>\s*<td align="right">150<\/td>\s*<td align="right">1\.100\.000<\/td>/);
    const x23 = tableAfter(html, 'Frequency Table X2.3');
    // Reversed: the score 5 came from the answer "Sangat Tidak Setuju".
    expect(row(x23, '5')[1]).toBe('Sangat Tidak Setuju');
    expect(html).toMatch(/X2\.3<\/td>\s*<td[^>]*>[^<]*\(−\)<\/td>/);
  });

  it('a single-item variable', async () => {
    const s = fixtureStudy('survey-c');
    s.edit('bab4.config.yaml', (t) => t.replace('items: [X3_1, X3_2, X3_3, X3_4]', 'items: [X3_1]'));
    const html = await lampiran(s);
    expectClean(html, 'single item');
    expect(html).toContain('Variabel Harga (X3) hanya diukur dengan satu butir');
    expect(html).not.toContain('Reliability Statistics X3');
    expect(tableAfter(html, 'Tabulasi Data Variabel Harga (X3)')[0]).toEqual(['No.', 'X3.1', 'Total X3']);
  });

  it('a perfect fit (Y = X3 + 3) and a constant item', async () => {
    const s = fixtureStudy('survey-c');
    s.edit('data.csv', (t) => {
      const [head, ...lines] = t.trim().split('\n');
      const h = head.replace(/"/g, '').split(',');
      const at = (c: string) => h.indexOf(c);
      const out = lines.map((l) => {
        const c = l.split(',');
        for (let j = 1; j <= 4; j++) c[at(`Y_${j}`)] = c[at(`X3_${j}`)];
        c[at('Y_5')] = '3';
        return c.join(',');
      });
      return [head, ...out].join('\n') + '\n';
    });
    const html = await lampiran(s);
    expectClean(html, 'perfect fit');
    expect(html).toContain('Model cocok sempurna');
    expect(row(tableAfter(html, 'Model Summary'), '1').slice(1, 3)).toEqual(['1,000ᵃ', '1,000']);
    expect(html).toContain('Uji Durbin-Watson tidak berlaku untuk model ini.');
  });

  it('more than 1000 respondents: the first 1000 shown, with "n of N"', async () => {
    const s = fixtureStudy('survey-c');
    s.edit('data.csv', (t) => {
      const [head, ...lines] = t.trim().split('\n');
      const out: string[] = [];
      for (let k = 0; k < 9; k++) out.push(...lines);
      return [head, ...out].join('\n') + '\n';
    });
    const html = await lampiran(s);
    expect(html).toContain('data 1.000 dari 1.080 responden');
    expect(tableAfter(html, 'Tabulasi Data Variabel Lokasi Usaha (X1)').length - 1).toBe(1000);
  });
});

describe('lampiran.html in English', () => {
  let html: string;
  beforeAll(async () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace(/^language: id$/m, 'language: en') + 'templates: tpl\n');
    // The chapter is not under test here: a one-line chapter keeps this test about the appendix.
    s.write('tpl/bab4.md.hbs', '# Chapter\n');
    html = await lampiran(s);
  });

  it('has English headings and en-US numbers', () => {
    for (const h of [
      'APPENDIX',
      'Appendix 1. Research Questionnaire',
      'Appendix 2. Research Instrument',
      'Appendix 3. Data Tabulation',
      'Appendix 4. Output of the Analyses',
      'Appendix 5. Derivation of the Critical Values',
      'Appendix 6. Statistical Tables',
    ]) {
      expect(html, h).toContain(`>${h}</h`);
    }
    expect(html).toContain('<strong>Table L.1</strong>');
    expect(row(tableAfter(html, 'Reliability Statistics X1'), '0.798')).toEqual(['0.798', '5']);
    // The default study's scale labels are Indonesian in its config: the legend shows them as given.
    expect(html).toContain('Key: STS = Sangat Tidak Setuju; TS = Tidak Setuju; N = Netral; S = Setuju; SS = Sangat Setuju.');
    expect(tableAfter(html, '<strong>1. Penggunaan E-commerce (X1)</strong>')[0]).toEqual(['No', 'Statement', 'STS', 'TS', 'N', 'S', 'SS']);
    expect(row(tableAfter(html, 'Critical Values of Pearson'), '87')).toEqual(['87', '0.2084', '0.2717']);
    expect(html).toContain('critical r = 1.9876 / √(87 + 1.9876²) = 0.2084');
    expect(html).not.toMatch(/Lampiran|Tabel L\.|dibulatkan|tidak berlaku|Variabel |Butir/);
    expectClean(html, 'en');
  });
});

describe('text from the config', () => {
  it('stays text: a statement or scale label with HTML makes no element', async () => {
    const s = defaultStudy();
    const evil = '<img src=x onerror=alert(1)>';
    s.edit('bab4.config.yaml', (t) =>
      t
        .replace('"Saya menggunakan marketplace (Shopee, Tokopedia, dll.) untuk menjual produk fashion."', `"${evil} | *bold*"`)
        .replace('labels: [Sangat Tidak Setuju,', `labels: ["${evil}",`),
    );
    const html = await lampiran(s);
    expect(html).not.toMatch(/<img/i);
    const x1 = tableAfter(html, 'Butir Pernyataan Variabel Penggunaan E-commerce (X1)');
    expect(row(x1, '1')).toEqual(['1', 'X1.1', `${evil} | *bold*`]);
    expect(row(tableAfter(html, 'Skala Jawaban Kuesioner'), '1')[1]).toBe(evil);
  });
});
