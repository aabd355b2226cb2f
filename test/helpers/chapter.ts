/**
 * Building a study's chapter in tests: variants of a study (config and data edited in a temporary
 * copy), the chapter built without writing anything and without rendering charts, and checks that
 * hold for every chapter.
 */
import { expect } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { build } from '../../src/pipeline.js';
import type { FileContent } from '../../src/report/index.js';
import type { Results } from '../../src/analysis/results.js';
import type { Config } from '../../src/config/types.js';
import { escapeMd } from '../../src/report/markdown.js';
import { lowerFirst } from '../../src/report/view/fmt.js';
import { defaultStudy, fixtureStudy, type Study } from './study.js';

/** A chart renderer that renders nothing: bab4.md only links to the charts. */
export const noCharts = async (): Promise<string> => '<svg xmlns="http://www.w3.org/2000/svg"></svg>';

export interface Chapter {
  /** bab4.md as wording tests read it (forWording). */
  md: string;
  /** bab4.md as written. */
  raw: string;
  results: Results;
  config: Config;
  files: Map<string, FileContent>;
}

/**
 * Builds the study in memory (nothing written) and checks what every chapter must satisfy. `md` is
 * bab4.md as wording tests read it (see `forWording`); `raw` is the file as written.
 */
export async function chapter(study: Study): Promise<Chapter> {
  const built = await build(study.config, { outDir: null, render: noCharts, word: false });
  const raw = built.files.get('bab4.md') as string;
  expectClean(raw);
  expectIntroducedBefore(raw);
  return { md: forWording(raw, built.config.italic), raw, results: built.results, config: built.config, files: built.files };
}

/**
 * bab4.md in a canonical form for tests of wording: table rows without the padding that aligns the
 * columns (`| a | b |`, delimiter rows `|---:|---|`) and the foreign terms without their italics
 * (tested on their own), so that a test states the words, not the layout.
 */
export function forWording(md: string, italic: string[]): string {
  const terms = [...italic].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const termRe = terms.length ? new RegExp(`\\*(${terms.join('|')})\\*`, 'giu') : undefined;
  return md
    .split('\n')
    .map((line) => {
      if (termRe) line = line.replace(termRe, '$1');
      // Markdown escapes of the serializer ("\[0,028; 0,354]") are layout too; a table's "\|" stays.
      const unescape = (t: string) => t.replace(/\\([[\]<>*_#+!`-])/g, '$1');
      if (!line.startsWith('|')) return unescape(line);
      const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => unescape(c.trim()));
      if (cells.every((c) => /^:?-+:?$/.test(c))) return `|${cells.map((c) => `${c.startsWith(':') ? ':' : ''}---${c.endsWith(':') ? ':' : ''}`).join('|')}|`;
      return `| ${cells.join(' | ')} |`.replace(/\|  (?=\|)/g, '| ');
    })
    .join('\n');
}

/** No unfilled value, no template syntax, no stray object in the text. */
export function expectClean(text: string): void {
  for (const bad of ['NaN', 'undefined', '{{', '}}', '[object Object]', 'Infinity']) {
    const at = text.indexOf(bad);
    expect(at, `"${bad}" in the chapter: …${text.slice(Math.max(0, at - 120), at + 80)}…`).toBe(-1);
  }
}

/** Every table and figure is numbered 1…n and named in the text before its caption. */
export function expectIntroducedBefore(md: string): void {
  const captions = [...md.matchAll(/^\*\*(Tabel|Gambar|Table|Figure) 4\.(\d+)\*\*/gm)];
  expect(captions.length).toBeGreaterThan(0);
  for (const kind of new Set(captions.map((c) => c[1]))) {
    const numbers = captions.filter((c) => c[1] === kind).map((c) => Number(c[2]));
    expect(numbers, `${kind} numbering`).toEqual(numbers.map((_, i) => i + 1));
  }
  for (const c of captions) {
    const name = `${c[1]} 4.${c[2]}`;
    const first = md.search(new RegExp(`(?<!\\*\\*)${c[1]} 4\\.${c[2]}(?!\\d)`));
    expect(first, `${name} is named in the text before its caption`).toBeGreaterThanOrEqual(0);
    expect(first, `${name} is named in the text before its caption`).toBeLessThan(c.index!);
  }
}

/** Edits the study's config as a parsed YAML object. */
export function editConfig(study: Study, fn: (config: Record<string, any>) => void, file = 'bab4.config.yaml'): void {
  study.edit(file, (text) => {
    const doc = parseYaml(text) as Record<string, any>;
    fn(doc);
    return stringifyYaml(doc);
  });
}

/** The default study in English (the source line's text from the language's default, its year kept). */
export function englishStudy(): Study {
  const study = defaultStudy();
  editConfig(study, (c) => {
    c.language = 'en';
    c.source = { year: c.source.year };
  });
  return study;
}

/**
 * Three studies a writer that must match another is checked on: the default study, the same in
 * English, and survey-c (another design: its own columns, characteristics and charts).
 */
export function threeStudies(): [string, () => Study][] {
  return [
    ['default study', defaultStudy],
    ['default study in English', englishStudy],
    ['survey-c', () => fixtureStudy('survey-c')],
  ];
}

export type Row = Record<string, string>;

/** Edits a CSV of the study row by row (header kept; rows may be reordered, added or removed). */
export function editCsv(study: Study, rel: string, fn: (rows: Row[]) => Row[]): void {
  study.edit(rel, (text) => {
    const rows = parseCsv(text, { columns: true, bom: true }) as Row[];
    const columns = Object.keys(rows[0]);
    const out = fn(rows);
    const cell = (v: string) => (v === '' || /^-?\d+(\.\d+)?$/.test(v) ? v : `"${v.replace(/"/g, '""')}"`);
    return [columns.map((c) => `"${c}"`).join(','), ...out.map((r) => columns.map((c) => cell(String(r[c] ?? ''))).join(','))].join('\n') + '\n';
  });
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The rows in a deterministic shuffled order (Fisher–Yates with lcg(seed)). */
export function shuffled<T>(rows: T[], seed: number): T[] {
  const r = lcg(seed);
  const out = rows.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The chapter's text with everything that comes from data or config taken out (title, labels,
 * statements, category and stratum names, scale labels, file paths, chart links), so that what
 * remains is the templates' own wording.
 */
export function templateWording(md: string, results: Results, config: Config): string {
  const texts = new Set<string>([config.title, ...config.scale.labels, ...config.meanCategories, ...config.tcrBands.map((b) => b.label), config.source.text]);
  for (const v of config.variables) {
    texts.add(v.label);
    for (const it of v.items) if (it.statement) texts.add(it.statement);
  }
  for (const c of results.characteristics) {
    texts.add(c.label);
    texts.add(c.label.replace(/\s*\([^)]*\)\s*$/, ''));
    for (const k of c.categories) texts.add(k.label);
  }
  for (const s of results.population?.strata ?? []) texts.add(s.stratum);
  if (config.population) texts.add(config.population.stratum);
  if (config.population?.source) texts.add(config.population.source);
  for (const c of config.characteristics) if (c.group) texts.add(c.group);
  const forms = [...new Set([...texts].flatMap((t) => [t, escapeMd(t), lowerFirst(t), escapeMd(lowerFirst(t))]))].filter((t) => /\p{L}/u.test(t));
  // Longest first, so that a label is removed before a word inside it; whole words only.
  forms.sort((a, b) => b.length - a.length);
  let out = md.replace(/\]\(charts\/[^)]*\)/g, '](chart)').replace(/[\w/.-]*pembahasan\/[\w.-]+/g, 'FILE');
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const t of forms) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${esc(t)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  return out;
}

/** Indonesian words of the templates that must not appear in an English chapter. */
export const INDONESIAN_WORDS = [
  'dan', 'yang', 'dengan', 'sehingga', 'tidak', 'berdasarkan', 'tabel', 'gambar', 'sumber', 'butir', 'variabel',
  'responden', 'pengaruh', 'terhadap', 'sebesar', 'adalah', 'jumlah', 'rata-rata', 'uji', 'hipotesis', 'diterima',
  'ditolak', 'keterangan', 'catatan', 'lampiran', 'pembahasan', 'hitung', 'simpangan', 'kategori', 'bab', 'hasil',
  'penelitian', 'nilai', 'sampel', 'populasi', 'signifikan', 'asumsi', 'normalitas', 'keputusan', 'penentu',
  'karakteristik', 'deskripsi', 'sumbangan', 'efektif', 'relatif', 'dominan', 'simultan', 'parsial', 'atau', 'pada',
];
