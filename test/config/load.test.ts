import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy } from '../helpers/study.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.line ?? '-'}|${p.column ?? ''}|${p.message}`);
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('loadConfig', () => {
  it('reads the default study with defaults filled in', () => {
    const s = defaultStudy();
    const c = loadConfig(s.config);
    expect(c.language).toBe('id');
    expect(c.alpha).toBe(0.05);
    expect(c.variables.map((v) => v.id)).toEqual(['X1', 'X2', 'X3', 'Y']);
    expect(c.variables[0].items[0]).toEqual({ column: 'X1_1', statement: expect.stringContaining('marketplace') });
    expect(c.model).toEqual({ dependent: 'Y', independents: ['X1', 'X2', 'X3'] });
    expect(c.validity).toBe('pearson');
    expect(c.reliabilityThreshold).toBe(0.6);
    expect(c.normality).toBe('lilliefors');
    expect(c.heteroscedasticity).toBe('glejser');
    expect(c.missing).toBe('error');
    expect(c.population?.margin).toBe(0.1);
    expect(c.pembahasan.H4).toMatch(/pembahasan[/\\]H4\.md$/);
  });

  it('accepts item lists as plain lists', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace(/  Y:\n    label: Pendapatan UMKM\n    items:\n(      .*\n){5}/, '  Y: { label: Pendapatan UMKM, items: [Y_1, Y_2, Y_3, Y_4, Y_5] }\n'));
    expect(loadConfig(s.config).variables[3].items).toEqual([{ column: 'Y_1' }, { column: 'Y_2' }, { column: 'Y_3' }, { column: 'Y_4' }, { column: 'Y_5' }]);
  });

  it('refuses an unknown key, naming it, its line and the allowed keys', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: 0.05\nalfa: 0.01'));
    const [p] = problemsOf(() => loadConfig(s.config));
    expect(p).toMatch(/^6\|alfa\|unknown key "alfa"|kunci tidak dikenal "alfa"/);
    expect(p).toContain('alpha');
  });

  it('refuses an unknown key inside a variable', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('    label: Media Sosial', '    label: Media Sosial\n    lable: x'));
    const [p] = problemsOf(() => loadConfig(s.config));
    expect(p).toContain('variables.X2.lable');
    expect(p).toContain('"lable"');
  });

  it('names the key and the expected value of a wrong type', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: lima persen').replace('language: id', 'language: jv'));
    const ps = problemsOf(() => loadConfig(s.config));
    expect(ps.some((p) => p.startsWith('4|language|') && p.includes('"id"') && p.includes('"en"'))).toBe(true);
    expect(ps.some((p) => p.startsWith('5|alpha|') && p.includes('seharusnya angka, tetapi berisi teks "lima persen"'))).toBe(true);
  });

  it('refuses a model that names an unknown variable', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('independents: [X1, X2, X3]', 'independents: [X1, X2, X4]'));
    const [p] = problemsOf(() => loadConfig(s.config));
    expect(p).toContain('model.independents.2');
    expect(p).toContain('"X4"');
    expect(p).toContain('X1, X2, X3, Y');
  });

  it('refuses an item listed twice', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('      Y_5: "', '      X1_3: "'));
    const [p] = problemsOf(() => loadConfig(s.config));
    expect(p).toContain('"X1_3"');
    expect(p).toContain('variables.X1.items');
    expect(p).toContain('variables.Y.items');
  });

  it('refuses a reversed item that is not an item of its variable, and a missing data file', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('    label: Media Sosial', '    label: Media Sosial\n    reverse: [X1_1]').replace('data: data/responden.csv', 'data: data/tidak-ada.csv'));
    const ps = problemsOf(() => loadConfig(s.config));
    expect(ps.some((p) => p.includes('variables.X2.reverse.0') && p.includes('"X1_1"'))).toBe(true);
    expect(ps.some((p) => p.includes('|data|') && p.includes('data/tidak-ada.csv'))).toBe(true);
  });

  it('refuses a variable with both items and column, and wrong scale labels', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('    label: Media Sosial', '    label: Media Sosial\n    column: pendapatan_per_bulan').replace('labels: [Sangat Tidak Setuju, ', 'labels: ['));
    const ps = problemsOf(() => loadConfig(s.config));
    expect(ps.some((p) => p.includes('variables.X2') && p.includes('either "items"'))).toBe(true);
    expect(ps.some((p) => p.includes('scale.labels') && p.includes('one label per scale point'))).toBe(true);
  });

  it('reports invalid YAML with its line', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: [0.05'));
    const ps = problemsOf(() => loadConfig(s.config));
    expect(ps[0]).toMatch(/^\d+\|/);
    expect(ps[0]).toMatch(/YAML/);
  });

  it('words its messages in English for language: en', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('language: id', 'language: en').replace('alpha: 0.05', 'alpha: 0.05\nalfa: 1'));
    expect(problemsOf(() => loadConfig(s.config))[0]).toContain('unknown key "alfa"');
  });
});
