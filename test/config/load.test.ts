import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy } from '../helpers/study.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.line ?? '-'}|${p.key ?? p.column ?? ''}|${p.message}`);
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
    expect(ps).toContainEqual('4|language|harus salah satu dari "id", "en"');
    expect(ps.some((p) => p.startsWith('5|alpha|') && p.includes('seharusnya angka, tetapi berisi teks "lima persen"'))).toBe(true);
  });

  it('says in the study\'s language what a key of several forms and a map of variables should be', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace(/^data: .*$/m, 'data: 7').replace(/^variables:\n/m, 'variables: 3\nxvariables:\n'));
    const ps = problemsOf(() => loadConfig(s.config));
    expect(ps).toContainEqual(expect.stringMatching(/\|data\|harus berupa path berkas, atau \{ file, sheet \}$/));
    expect(ps).toContainEqual(expect.stringMatching(/\|variables\|seharusnya peta \{ nama: … \}, tetapi berisi/));
  });

  it('refuses a predictor named twice in the model, in the study\'s language', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('independents: [X1, X2, X3]', 'independents: [X1, X2, X1]'));
    expect(problemsOf(() => loadConfig(s.config))).toContainEqual(expect.stringMatching(/\|model\.independents\|"X1" disebut dua kali$/));
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
    expect(ps.some((p) => p.includes('variables.X2') && p.includes('"items" (butir Likert) atau "column"'))).toBe(true);
    expect(ps.some((p) => p.includes('scale.labels') && p.includes('satu label untuk setiap titik skala'))).toBe(true);
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

  it('reads questionnaire, charts, population unit and area, and characteristic options', () => {
    const s = defaultStudy();
    const c = loadConfig(s.config);
    expect(c.questionnaire.intro).toMatch(/kuesioner[/\\]pengantar\.md$/);
    expect(c.charts).toEqual({ characteristics: true, items: true });
    expect(c.population).toMatchObject({ unit: 'UMKM Fashion', area: 'Kota Jambi' });
    s.edit('bab4.config.yaml', (t) =>
      t
        .replace('questionnaire: { intro: kuesioner/pengantar.md }', 'charts: { items: false }')
        .replace('{ column: jenis_kelamin, label: Jenis Kelamin, order: [Laki-laki, Perempuan], group: sosial }', '{ column: jenis_kelamin, label: Jenis Kelamin, options: [Perempuan, Laki-laki], group: sosial }'),
    );
    const d = loadConfig(s.config);
    expect(d.questionnaire).toEqual({ intro: undefined });
    expect(d.charts).toEqual({ characteristics: true, items: false });
    expect(d.characteristics[0].options).toEqual(['Perempuan', 'Laki-laki']);
  });

  it('refuses unknown keys and wrong values of the new blocks, with their lines', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) =>
      t
        .replace('questionnaire: { intro: kuesioner/pengantar.md }', 'questionnaire: { intro: kuesioner/pengantar.md, cover: x }\ncharts: { items: 0 }')
        .replace('  unit: UMKM Fashion', '  unit: ""'),
    );
    const ps = problemsOf(() => loadConfig(s.config));
    const lines = s.read('bab4.config.yaml').split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(ps).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf('questionnaire:')}\\|questionnaire\\.cover\\|.*"cover".*intro`)));
    expect(ps).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf('charts:')}\\|charts\\.items\\|`)));
    expect(ps).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf('  unit:')}\\|population\\.unit\\|`)));
  });

  it('the examiner’s keys: defaults, hypotheses per id, the F test two-sided, rules parsed with their lines', () => {
    const s = defaultStudy();
    const c = loadConfig(s.config);
    expect(c.hypothesesStated).toBe(false);
    expect(c.hypotheses.map((h) => [h.id, h.term, h.direction])).toEqual([['H1', 'X1', 'two-sided'], ['H2', 'X2', 'two-sided'], ['H3', 'X3', 'two-sided'], ['H4', null, 'two-sided']]);
    expect([c.tails, c.borderline, c.robust, c.determination]).toEqual(['auto', 0.2, 'auto', 'adjusted']);
    expect(c.bootstrap).toEqual({ replicates: 5000, seed: 20240612 });
    expect(c.population?.source).toBe('Dinas Tenaga Kerja, Koperasi dan UKM Kota Jambi, 2022');
    expect(c.checks.map((r) => [r.rule, r.severity, r.parsed.columns])).toEqual([['lama_usaha <= usia - 15', 'warning', ['lama_usaha', 'usia']], ['modal_awal > 0', 'warning', ['modal_awal']]]);
    expect(c.checks[0].line).toBeGreaterThan(1);
    expect(c.characteristics.find((x) => x.column === 'modal_awal')).toMatchObject({ format: 'rupiah', group: 'ekonomi' });

    s.edit('bab4.config.yaml', (t) => `${t}hypotheses:\n  H1: { direction: positive, text: "E-commerce menaikkan pendapatan." }\n  H3: { direction: negative }\ntails: two\nbootstrap: { replicates: 1000, seed: 7 }\n`);
    const d = loadConfig(s.config);
    expect(d.hypothesesStated).toBe(true);
    expect(d.hypotheses.map((h) => h.direction)).toEqual(['positive', 'two-sided', 'negative', 'two-sided']);
    expect(d.hypotheses[0].text).toBe('E-commerce menaikkan pendapatan.');
    expect([d.tails, d.bootstrap.replicates, d.bootstrap.seed]).toEqual(['two', 1000, 7]);
  });

  it('refuses a hypothesis the model does not have, a direction for the F test, rupiah without bins, a rule it cannot read', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) =>
      `${t.replace('format: rupiah, group: ekonomi }\n  - { column: modal_awal, label: Modal Awal, bins: [5000000, 10000000, 25000000], format: rupiah', 'format: rupiah, group: ekonomi }\n  - { column: modal_awal, label: Modal Awal, format: rupiah').replace('  - modal_awal > 0', '  - { rule: "modal_awal > > 0", severity: error }')}hypotheses:\n  H4: { direction: positive }\n  H7: { direction: negative }\n`,
    );
    const ps = problemsOf(() => loadConfig(s.config));
    expect(ps.find((p) => p.includes('hypotheses.H7'))).toMatch(/H7.*H1 … H4/);
    expect(ps.find((p) => p.includes('hypotheses.H4.direction'))).toMatch(/uji F simultan/);
    expect(ps.find((p) => p.includes('characteristics.6.format'))).toMatch(/bins/);
    const rule = ps.find((p) => p.includes('checks.1.rule'))!;
    expect(rule).toMatch(/^\d+\|/);
    expect(rule).toContain('"modal_awal > > 0"');
    expect(rule).toContain('karakter ke-14');
    expect(rule).toContain('diharapkan angka, nama kolom atau "("');
  });
});

describe('characteristics', () => {
  it('refuses the same column twice, naming the line', () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace(/^characteristics:.*\n/m, (l) => `${l}  - { column: usia, label: Umur }\n`));
    expect(() => loadConfig(s.config)).toThrow(/characteristics\.\d+\.column.*"usia".*karakteristik ke-/s);
  });
});
