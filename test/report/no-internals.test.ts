/**
 * Honest labels, no internals: the appendix (and the chapter) of every reference study, in both
 * languages and with the config variants that change the wording, name no input hash, no program
 * version, no R function or package and no config key ("missing: error", "validity: corrected") —
 * they say it in words. The appendix says once, plainly, that its tables are computed by bab4 and
 * laid out like SPSS output, not produced by SPSS.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { configSchema } from '../../src/config/schema.js';
import { VERSION } from '../../src/version.js';
import { noCharts } from '../helpers/chapter.js';
import { defaultStudy, fixtureStudy, type Study } from '../helpers/study.js';

/** What a reader sees: the page without its stylesheet, comments and tags, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every key of the config schema, at any depth (title, missing, validity, statedTotals, intro, …). */
function configKeys(): string[] {
  return schemaWalk().keys;
}

/** Keys and enum values of the config schema. */
function schemaWalk(): { keys: string[]; values: string[] } {
  const keys = new Set<string>();
  const values = new Set<string>();
  const walk = (schema: unknown, depth: number): void => {
    let s = schema as { def?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 10 && s?.def; i++) {
      const d = s.def as { type?: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; options?: unknown[]; left?: unknown; right?: unknown };
      if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') s = d.innerType as typeof s;
      else if (d.type === 'pipe') s = d.in as typeof s;
      else break;
    }
    const d = s?.def as { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; options?: unknown[]; entries?: Record<string, string> } | undefined;
    if (!d || depth > 6) return;
    if (d.type === 'enum') for (const v of Object.values(d.entries ?? {})) values.add(v);
    if (d.type === 'object' && d.shape) {
      for (const [k, v] of Object.entries(d.shape)) {
        keys.add(k);
        walk(v, depth + 1);
      }
    } else if (d.type === 'array') walk(d.element, depth + 1);
    else if (d.type === 'record') walk(d.valueType, depth + 1);
    else if (d.type === 'union') for (const o of d.options ?? []) walk(o, depth + 1);
  };
  walk(configSchema, 0);
  return { keys: [...keys], values: [...values] };
}

const INTERNALS = [/sha-?256/i, /\b[0-9a-f]{64}\b/, /bab4 (versi |version )?0\./i, new RegExp(VERSION.replace(/\./g, '\\.')), /nortest/, /lmtest/, /\bks\.test\b/, /lillie\.test/, /shapiro\.test/, /\b(qt|qf|pt|pf)\(/, /\bR `/];

function expectNoInternals(text: string, name: string): void {
  for (const re of INTERNALS) {
    const m = text.match(re);
    expect(m, `${name}: ${re} near …${m ? text.slice(Math.max(0, m.index! - 100), m.index! + 60) : ''}…`).toBeNull();
  }
  const { keys, values } = schemaWalk();
  // Enum values are letters and "-" only: safe inside a pattern as they are.
  const value = `(${values.join('|')}|true|false|\\d|\\{|\\[)`;
  for (const key of keys) {
    // A key as the config writes it: "missing: error", "validity: corrected", "charts: {", and any
    // camelCase key ("statedTotals", "reliabilityThreshold") at all. A plain word before a colon in
    // prose ("Glejser test of heteroscedasticity: the absolute residuals …") is prose.
    const camel = /[a-z][A-Z]/.test(key);
    const re = camel ? new RegExp(`(^|[^\\p{L}\\p{N}_])${key}([^\\p{L}\\p{N}_]|$)`, 'u') : new RegExp(`(^|[^\\p{L}\\p{N}_])${key}:\\s*${value}`, 'u');
    const m = text.match(re);
    expect(m, `${name}: config key "${key}" near …${m ? text.slice(Math.max(0, m.index! - 100), m.index! + 60) : ''}…`).toBeNull();
  }
}

async function outputs(s: Study): Promise<{ lampiran: string; chapter: string }> {
  const { files } = await build(s.config, { outDir: null, render: noCharts, word: false });
  return { lampiran: visible(files.get('lampiran.html') as string), chapter: files.get('bab4.md') as string };
}

describe('no internals in the appendix and the chapter', () => {
  it('finds config keys at every depth of the schema, and their values', () => {
    expect(configKeys()).toEqual(expect.arrayContaining(['missing', 'validity', 'normality', 'statedTotals', 'intro', 'options', 'reverse', 'charts']));
    expect(schemaWalk().values).toEqual(expect.arrayContaining(['error', 'listwise', 'corrected', 'pearson', 'kolmogorov-smirnov']));
  });

  it('would catch "missing: error", "validity: corrected" and a camelCase key', () => {
    for (const bad of ['Data dengan sel kosong ditolak (missing: error).', 'memakai validity: corrected', 'nilai reliabilityThreshold', 'charts: { items: false }']) {
      expect(() => expectNoInternals(bad, 'sample')).toThrow();
    }
    expect(() => expectNoInternals('Glejser test of heteroscedasticity: the absolute residuals', 'prose')).not.toThrow();
  });

  const cases: [string, () => Study][] = [
    ['default study', defaultStudy],
    ['survey-b (no population, numeric dependent, reversed item)', () => fixtureStudy('survey-b')],
    ['survey-c', () => fixtureStudy('survey-c')],
    [
      'default study, every wording variant: corrected validity, listwise, other deciding tests',
      () => {
        const s = defaultStudy();
        s.edit('bab4.config.yaml', (t) => t + 'validity: corrected\nmissing: listwise\nnormality: kolmogorov-smirnov\nheteroscedasticity: white\n');
        return s;
      },
    ],
    [
      'default study in English',
      () => {
        const s = defaultStudy();
        s.edit('bab4.config.yaml', (t) => t.replace(/^language: id$/m, 'language: en') + 'validity: corrected\n');
        return s;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const { lampiran, chapter } = await outputs(make());
      expectNoInternals(lampiran, `${name}: lampiran.html`);
      expectNoInternals(chapter, `${name}: bab4.md`);
    });
  }
});

describe('honest labels', () => {
  let id: string;
  let en: string;
  beforeAll(async () => {
    id = (await outputs(defaultStudy())).lampiran;
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace(/^language: id$/m, 'language: en'));
    en = (await outputs(s)).lampiran;
  });

  it('says once that the tables are computed by bab4 and laid out like SPSS output, not made by SPSS', () => {
    expect(id.match(/dihitung oleh bab4, program pengolah data penelitian ini/g)).toHaveLength(1);
    expect(id.match(/menyerupai keluaran SPSS/g)).toHaveLength(1);
    expect(id.match(/tidak dihasilkan oleh program SPSS/g)).toHaveLength(1);
    expect(en.match(/computed by bab4, the program that processed this study's data/g)).toHaveLength(1);
    expect(en.match(/laid out like SPSS output/g)).toHaveLength(1);
    expect(en.match(/they were not produced by SPSS/g)).toHaveLength(1);
  });

  it('never says that SPSS produced a table', () => {
    for (const text of [id, en]) {
      const claims = text.replace(/tidak dihasilkan oleh program SPSS|were not produced by SPSS/g, '');
      expect(claims).not.toMatch(/(output|keluaran) (program )?SPSS (versi|version)|dihasilkan (oleh|dengan) (program )?SPSS|produced (by|with) SPSS/i);
      expect(claims).not.toMatch(/dalam bentuk tabel keluaran SPSS|as SPSS-style tables/);
    }
  });
});
