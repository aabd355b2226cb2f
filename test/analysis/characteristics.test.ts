/**
 * Section 4.2 of the default study against counts made independently in R
 * (test/fixtures/r/characteristics.R).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadData } from '../../src/load/index.js';
import { analyseCharacteristics, classLabel } from '../../src/analysis/characteristics.js';
import { FIXTURES, defaultStudy } from '../helpers/study.js';
import { expectClose } from '../helpers/close.js';

type Cat = { label: string; count: number; percent: number };
const R = JSON.parse(readFileSync(path.join(FIXTURES, 'r/characteristics.json'), 'utf8')) as Record<string, Cat[]> & { n: number; platform_answers: number };

describe('analyseCharacteristics (default study)', async () => {
  // R's fixture counts jumlah_karyawan per answer: read it without the default study's classes.
  const study = defaultStudy();
  study.edit('bab4.config.yaml', (t) => t.replace('label: Jumlah Karyawan (orang), bins: [1, 3, 5],', 'label: Jumlah Karyawan (orang),'));
  const config = loadConfig(study.config);
  const results = analyseCharacteristics(config, await loadData(config));
  const byColumn = Object.fromEntries(results.map((r) => [r.column, r]));

  for (const column of ['jenis_kelamin', 'usia', 'pendidikan', 'lama_usaha', 'jumlah_karyawan', 'platform']) {
    it(`${column}: counts and percents agree with R`, () => {
      const ours = byColumn[column];
      expect(ours.base).toBe(89);
      const sortKey = (c: Cat) => c.label;
      const a = [...ours.categories].filter((c) => c.count > 0).sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : 1));
      const e = [...R[column]].filter((c) => c.count > 0).sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : 1));
      expect(a.map((c) => [c.label, c.count])).toEqual(e.map((c) => [c.label, c.count]));
      a.forEach((c, i) => expectClose(c.percent, e[i].percent, `${column} ${c.label} percent`, 1e-12));
    });
  }

  it('keeps the configured order and the empty classes', () => {
    expect(byColumn.pendidikan.categories.map((c) => c.label)).toEqual(['SD', 'SMP', 'SMA/SMK', 'Diploma', 'S1', 'S2']);
    expect(byColumn.usia.categories.map((c) => c.label)).toEqual(['< 25 tahun', '25–34 tahun', '35–44 tahun', '45–54 tahun', '≥ 55 tahun']);
    expect(byColumn.usia.categories[4].count).toBe(0);
    expect(byColumn.jumlah_karyawan.categories.map((c) => c.label)).toEqual(['0', '1', '2', '3', '4', '5', '7']); // numeric answers ascending
  });

  it('ordinal categories name their median class (jenis kelamin with two categories is not ordinal)', () => {
    expect(byColumn.pendidikan.median).toBe('SMA/SMK');
    expect(byColumn.usia.median).toBe('35–44 tahun');
    expect(byColumn.jumlah_karyawan.median).toBe('1');
    expect(byColumn.jenis_kelamin.ordered).toBe(false);
    expect(byColumn.jenis_kelamin.median).toBeNull();
    expect(byColumn.platform.median).toBeNull();
    expect([byColumn.usia.group, byColumn.platform.group]).toEqual(['sosial', 'ekonomi']);
  });

  it('Rupiah classes and a class of 0 for counts (the default study’s economic profile)', async () => {
    const c = loadConfig(defaultStudy().config);
    const r = Object.fromEntries(analyseCharacteristics(c, await loadData(c)).map((x) => [x.column, x]));
    expect(r.pendapatan_per_bulan.categories.map((k) => [k.label, k.count])).toEqual([['< Rp3.000.000', 15], ['Rp3.000.000–Rp4.999.999', 32], ['Rp5.000.000–Rp9.999.999', 33], ['≥ Rp10.000.000', 9]]);
    expect(r.pendapatan_per_bulan.median).toBe('Rp3.000.000–Rp4.999.999');
    expect(r.modal_awal.categories.map((k) => k.count)).toEqual([19, 20, 46, 4]);
    expect(r.modal_awal.format).toBe('rupiah');
    expect(r.jumlah_karyawan.categories.map((k) => [k.label, k.count])).toEqual([['0 orang', 21], ['1–2 orang', 49], ['3–4 orang', 17], ['≥ 5 orang', 2]]);
  });

  it('gives multi-response percentages of respondents', () => {
    const p = byColumn.platform;
    expect(p.kind).toBe('multiple');
    expect(p.answers).toBe(R.platform_answers);
    expect(p.categories.reduce((s, c) => s + c.percent, 0)).toBeGreaterThan(100);
    expect(p.categories[0].count).toBeGreaterThanOrEqual(p.categories[1].count);
  });
});

describe('classLabel', () => {
  it('labels integer classes like a thesis table', () => {
    expect(classLabel(undefined, 25, true, 'tahun', 'id')).toBe('< 25 tahun');
    expect(classLabel(25, 35, true, 'tahun', 'id')).toBe('25–34 tahun');
    expect(classLabel(55, undefined, true, 'years', 'en')).toBe('≥ 55 years');
    expect(classLabel(2, 3, true, '', 'id')).toBe('2');
    expect(classLabel(1.5, 2.5, false, '', 'id')).toBe('1,5 – < 2,5');
    expect(classLabel(undefined, 1_000_000, true, '', 'id', true)).toBe('< Rp1.000.000');
    expect(classLabel(1_000_000, 3_000_000, true, '', 'id', true)).toBe('Rp1.000.000–Rp2.999.999');
    expect(classLabel(10_000_000, undefined, true, '', 'en', true)).toBe('≥ Rp10,000,000');
  });
});
