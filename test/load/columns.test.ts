/**
 * Selecting data columns by what people have in their header: the exact name, an alias from
 * `columns:`, the header text in any case and spacing, or the item code at the start of the
 * question ("X1.1 Saya …", "[X1.1] Saya …", with X1_1 = X1.1). A title that appears twice is a
 * problem only when the config uses it.
 */
import { describe, expect, it } from 'vitest';
import { resolveHeader } from '../../src/load/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { loadData } from '../../src/load/index.js';
import { numeric, text } from '../../src/load/dataset.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy } from '../helpers/study.js';

describe('resolveHeader', () => {
  const header = ['Timestamp', 'Jenis  kelamin ', 'X1.1 Saya menggunakan marketplace', '[X1.2] Saya rutin', 'X1_3', 'X1.4', 'Usia (tahun)', 'Y.1: Pendapatan naik'];
  const cases: [string, Record<string, string>, number][] = [
    ['X1_3', {}, 4],
    ['Timestamp', {}, 0],
    ['jenis kelamin', {}, 1],
    ['X1_1', {}, 2],
    ['X1.1', {}, 2],
    ['X1_2', {}, 3],
    ['x1.2', {}, 3],
    ['X1_4', {}, 5],
    ['Y_1', {}, 7],
    ['usia', { usia: 'Usia (tahun)' }, 6],
    ['usia', { usia: 'usia  (TAHUN)' }, 6],
    ['umur', {}, -1],
    ['X1_10', {}, -1],
  ];
  for (const [name, aliases, want] of cases) {
    it(`${name} ${JSON.stringify(aliases)} → ${want}`, () => expect(resolveHeader(name, header, aliases)).toBe(want));
  }

  it('prefers the exact header over the other spelling of a code', () => {
    expect(resolveHeader('X1_1', ['X1.1', 'X1_1'], {})).toBe(1);
    expect(resolveHeader('X1.1', ['X1_1', 'X1.1'], {})).toBe(1);
  });
});

describe('columns selected by header text or alias (end to end)', () => {
  it('reads characteristics named by their header text or by an alias, items by their code', async () => {
    const s = defaultStudy();
    s.edit('data/responden.csv', (t) =>
      t.replace('"jenis_kelamin"', '"Jenis Kelamin Responden"').replace('"usia"', '"Usia responden (tahun)"').replace('"X1_1"', '"X1.1 Saya menggunakan marketplace"'),
    );
    s.edit('bab4.config.yaml', (t) =>
      t.replace('column: jenis_kelamin', 'column: "Jenis Kelamin Responden"') + 'columns:\n  usia: "usia responden (tahun)"\n',
    );
    const ds = await loadData(loadConfig(s.config));
    expect(ds.headerOf.get('Jenis Kelamin Responden')).toBe('Jenis Kelamin Responden');
    expect(ds.headerOf.get('usia')).toBe('Usia responden (tahun)');
    expect(ds.headerOf.get('X1_1')).toBe('X1.1 Saya menggunakan marketplace');
    expect(text(ds, 'Jenis Kelamin Responden').slice(0, 2)).toEqual(['Perempuan', 'Laki-laki']);
    expect(Array.from(numeric(ds, 'usia').slice(0, 2))).toEqual([28, 26]);
  });

  it('ignores a repeated title the config does not use, and refuses one it does', async () => {
    const s = defaultStudy();
    s.edit('data/responden.csv', (t) => t.replace('"pendapatan_per_bulan","modal_awal"', '"Catatan","Catatan"'));
    // The default study reads both columns (Rupiah classes, a check): take them out of the config.
    s.edit('bab4.config.yaml', (t) => t.replace(/ {2}- \{ column: (pendapatan_per_bulan|modal_awal).*\n/g, '').replace(/ {2}- modal_awal > 0\n/, ''));
    expect((await loadData(loadConfig(s.config))).n).toBe(89);
    s.edit('data/responden.csv', (t) => t.replace('"Catatan","Catatan"', '"X1_1","Catatan"'));
    const err = await loadData(loadConfig(s.config)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/responden\.csv:1: kolom "X1_1": .*"X1_1"/);
  });
});
