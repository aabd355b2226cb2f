import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadPopulation } from '../../src/load/population.js';
import { defaultStudy } from '../helpers/study.js';

const FILE = 'data/populasi-umkm-fashion-2021-2022.csv';

describe('loadPopulation', () => {
  it('reads strata and both years', () => {
    const s = defaultStudy();
    const c = loadConfig(s.config);
    const t = loadPopulation(c, c.population!);
    expect(t.strata).toHaveLength(11);
    expect(t.strata[7]).toEqual({ name: 'Jelutung', count: 250, previous: 2 });
    expect(t.statedTotals).toEqual({ umkm_2021: 330 });
  });

  it('reads a "Jumlah" row as the stated total, not as a stratum', () => {
    const s = defaultStudy();
    s.edit(FILE, (t) => t.trim() + '\n"Jumlah",330,800\n');
    s.edit('bab4.config.yaml', (t) => t.replace(/  statedTotals: .*\n/, ''));
    const c = loadConfig(s.config);
    const t = loadPopulation(c, c.population!);
    expect(t.strata).toHaveLength(11);
    expect(t.statedTotals).toEqual({ umkm_2022: 800, umkm_2021: 330 });
  });

  it('refuses a count that is not a whole number, naming row and column', () => {
    const s = defaultStudy();
    s.edit(FILE, (t) => t.replace('"Kota Baru",8,33', '"Kota Baru",8,3x3'));
    const c = loadConfig(s.config);
    expect(() => loadPopulation(c, c.population!)).toThrow(/populasi-umkm-fashion-2021-2022\.csv:6: baris 5, kolom "umkm_2022": "3x3"/);
  });
});
