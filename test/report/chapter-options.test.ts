/**
 * Config options that change the chapter's figures and captions:
 *   charts: { characteristics: false, items: false }  — no figure that repeats a table (4.2, 4.3);
 *     numbering stays gap-free, the text no longer names the figure, no chart file is written;
 *   population: { unit, area }  — the population table's and figure's caption name what and where.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { chapter, editConfig, noCharts } from '../helpers/chapter.js';
import { defaultStudy } from '../helpers/study.js';

describe('charts: { characteristics: false, items: false }', () => {
  it('drops the 4.2 and 4.3 figures, numbers the rest without a gap and adapts the text', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => (c.charts = { characteristics: false, items: false }));
    const { md, files } = await chapter(s); // also checks numbering 1…n and "named before it appears"
    expect(md).toContain('Karakteristik responden berdasarkan jenis kelamin disajikan pada Tabel 4.3.');
    expect(md).toMatch(/Distribusi jawaban responden disajikan pada Tabel 4\.\d+\.( |$)/m);
    expect(md).not.toMatch(/Gambar 4\.\d+\*\* (Karakteristik Responden|Distribusi Jawaban)/);
    // Population (4.1) and validity (4.4) figures are now Gambar 4.1 and 4.2.
    expect(md).toMatch(/^\*\*Gambar 4\.1\*\* Jumlah UMKM Fashion per Kecamatan/m);
    expect(md).toMatch(/^\*\*Gambar 4\.2\*\* Nilai r Hitung/m);
    const charts = [...files.keys()].filter((f) => f.startsWith('charts/'));
    expect(charts.some((f) => /karakteristik|distribusi/.test(f))).toBe(false);
    expect(charts).toContain('charts/populasi.svg');
  });

  it('each can be dropped alone; a numeric variable keeps its histogram', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.charts = { items: false };
      c.variables.Y = { label: 'Pendapatan per Bulan (Rp)', column: 'pendapatan_per_bulan' };
    });
    const { md } = await chapter(s);
    expect(md).toMatch(/\*\*Gambar 4\.\d+\*\* Karakteristik Responden Berdasarkan Jenis Kelamin/);
    expect(md).not.toMatch(/\*\*Gambar 4\.\d+\*\* Distribusi Jawaban/);
    expect(md).toMatch(/\*\*Gambar 4\.\d+\*\* Histogram Variabel Pendapatan per Bulan \(Rp\) \(Y\)/);
  });

  it('in English too', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.language = 'en';
      c.charts = { characteristics: false, items: false };
    });
    const { md } = await chapter(s);
    expect(md).toContain('The respondents by jenis kelamin are presented in Table 4.3.');
    expect(md).toMatch(/The distribution of the respondents' answers is presented in Table 4\.\d+\./);
    expect(md).not.toMatch(/Figure 4\.\d+\*\* (Respondents by|Distribution of)/);
  });

  it('refuses a value that is not true or false, naming the key and line', async () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t + 'charts: { items: no-thanks }\n');
    const e = await build(s.config, { outDir: null, render: noCharts, word: false }).catch((x: unknown) => x);
    expect(String((e as Error).message ?? e)).toMatch(/charts\.items/);
  });
});

describe('population: { unit, area }', () => {
  it('the default study: "Jumlah UMKM Fashion per Kecamatan di Kota Jambi Tahun 2021–2022"', async () => {
    const { md } = await chapter(defaultStudy());
    expect(md).toContain('**Tabel 4.1** Jumlah UMKM Fashion per Kecamatan di Kota Jambi Tahun 2021–2022');
    expect(md).toContain('**Gambar 4.1** Jumlah UMKM Fashion per Kecamatan di Kota Jambi Tahun 2021–2022');
  });

  it('without unit: "Jumlah Populasi"; without area: the place at the end of the title', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      delete c.population.unit;
      delete c.population.area;
    });
    const { md, config } = await chapter(s);
    expect(config.population?.area).toBe('Kota Jambi');
    expect(md).toContain('**Tabel 4.1** Jumlah Populasi per Kecamatan di Kota Jambi Tahun 2021–2022');
  });

  it('no area given and none in the title: no place in the caption', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      delete c.population.area;
      c.title = 'Pengaruh E-commerce terhadap Pendapatan UMKM Fashion';
    });
    const { md } = await chapter(s);
    expect(md).toContain('**Tabel 4.1** Jumlah UMKM Fashion per Kecamatan Tahun 2021–2022');
  });

  it('in English: "Number of UMKM Fashion by Kecamatan in Kota Jambi, 2021–2022"', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => (c.language = 'en'));
    const { md } = await chapter(s);
    expect(md).toContain('**Table 4.1** Number of UMKM Fashion by Kecamatan in Kota Jambi, 2021–2022');
  });
});
