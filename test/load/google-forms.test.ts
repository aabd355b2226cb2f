/**
 * A Google Forms export of the default study (Timestamp, question-text headers, Likert words in
 * any case and spacing, checkbox answers joined with ", ", an e-mail column, repeated unused
 * titles) gives the same results.json numbers as the numeric CSV.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { loadConfig } from '../../src/config/load.js';
import { loadData } from '../../src/load/index.js';
import { numeric, text } from '../../src/load/dataset.js';
import { defaultStudy } from '../helpers/study.js';
import { googleFormsConfig, readTable, toGoogleForms, writeTable } from '../helpers/google-forms.js';

/** results.json without meta.inputs (the only part that must differ: other input files). */
function comparable(outDir: string): unknown {
  const r = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as { meta: Record<string, unknown> };
  delete r.meta.inputs;
  return r;
}

describe('Google Forms export', () => {
  it('gives the numeric CSV\'s results (everything but meta.inputs)', async () => {
    const s = defaultStudy();
    s.write('data/google-form.csv', toGoogleForms(s.read('data/responden.csv'), s.read('bab4.config.yaml')));
    s.write('forms.config.yaml', googleFormsConfig(s.read('bab4.config.yaml'), 'data/google-form.csv'));
    const a = await build(s.config, { outDir: path.join(s.dir, 'out-numeric'), word: false });
    const b = await build(path.join(s.dir, 'forms.config.yaml'), { outDir: path.join(s.dir, 'out-forms'), word: false });
    expect(b.results.meta.n).toBe(89);
    expect(comparable(b.outDir!)).toEqual(comparable(a.outDir!));
    expect(Object.keys(b.results.meta.inputs)).toContain('data/google-form.csv');
  });

  it('matches items by the code in the question ("X1.1 Saya …", "[X2.1] Saya …") and maps words through scale.labels', async () => {
    const s = defaultStudy();
    s.write('data/google-form.csv', toGoogleForms(s.read('data/responden.csv'), s.read('bab4.config.yaml')));
    s.write('forms.config.yaml', googleFormsConfig(s.read('bab4.config.yaml'), 'data/google-form.csv'));
    const forms = await loadData(loadConfig(path.join(s.dir, 'forms.config.yaml')));
    const plain = await loadData(loadConfig(s.config));
    expect(forms.headerOf.get('X1_1')).toMatch(/^X1\.1 Saya menggunakan marketplace/);
    expect(forms.headerOf.get('X2_3')).toMatch(/^\[X2\.3\] Saya membalas/);
    expect(forms.headerOf.get('usia')).toBe('Usia (tahun)');
    for (const item of ['X1_1', 'X2_3', 'X3_5', 'Y_2']) expect(Array.from(numeric(forms, item))).toEqual(Array.from(numeric(plain, item)));
    expect(text(forms, 'platform')).toEqual(text(plain, 'platform'));
  });

  it('still names the row and column of an answer that is not on the scale', async () => {
    const s = defaultStudy();
    const t = readTable(toGoogleForms(s.read('data/responden.csv'), s.read('bab4.config.yaml')));
    const col = t.header.findIndex((h) => h.startsWith('X1.1 '));
    t.rows[1][col] = 'Setuju sekali';
    s.write('data/google-form.csv', writeTable(t));
    s.write('forms.config.yaml', googleFormsConfig(s.read('bab4.config.yaml'), 'data/google-form.csv'));
    await expect(build(path.join(s.dir, 'forms.config.yaml'), { outDir: null })).rejects.toThrow(
      /google-form\.csv:3: baris 2, kolom "X1\.1 Saya menggunakan marketplace[^"]*": "Setuju sekali"/,
    );
  });
});
