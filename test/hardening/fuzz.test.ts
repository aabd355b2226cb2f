/**
 * Issue 13, acceptance: property-based fuzzing of `validate` (in-process: the whole build, writing
 * nothing). 1 000 mutated CSVs, 200 mutated XLSX workbooks and 200 mutated configs of a small study;
 * every outcome must be success or an InputError (the exit-1 path) whose message is under 4 KB —
 * never an internal error — and each case must finish within a generous bound.
 *
 * Seeded (fast-check), so every run tries the same cases. To keep the suite fast, charts are not
 * rendered (a stub renderer; vega gets the specs of real studies in the snapshot tests) and the
 * study has a one-line chapter and appendix (`templates:`), so that a successful case costs a few
 * milliseconds; the view model is still built from the results in every case. The first successful
 * mutated configs are then validated once more with the default templates.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/errors.js';
import { build } from '../../src/pipeline.js';
import { smallCsv, smallStudy, SMALL_CONFIG } from '../helpers/small-study.js';
import type { Study } from '../helpers/study.js';

const SEED = 13;
/** Per case, generous: a normal case takes milliseconds; the hangs and blow-ups of issue 13 took minutes. */
const BOUND_MS = 15_000;
const render = async () => '<svg/>';

interface Tally {
  ok: number;
  input: number;
  slowest: number;
}

/** Runs validate once; throws (failing the property) on an internal error, a long message or a slow case. */
/** Runs one case; the error message when it is an input error. */
async function validateCase(config: string, tally: Tally): Promise<string | undefined> {
  const t0 = performance.now();
  let message: string | undefined;
  try {
    await build(config, { outDir: null, render, word: false });
    tally.ok++;
  } catch (e) {
    const { code, text } = describeError(e);
    if (code !== 1) throw new Error(`not an input error (exit ${code}): ${text.slice(0, 2000)}`);
    if (Buffer.byteLength(text) >= 4096) throw new Error(`message of ${Buffer.byteLength(text)} bytes: ${text.slice(0, 500)}…`);
    tally.input++;
    message = text;
  }
  const ms = performance.now() - t0;
  tally.slowest = Math.max(tally.slowest, ms);
  if (ms > BOUND_MS) throw new Error(`case took ${Math.round(ms)} ms`);
  return message;
}

/** English where an Indonesian study's config problem is stated: zod's own wording or bab4's English. */
const ENGLISH_RULE = /Invalid input|Invalid key|Invalid option|Too small|Too big|\b(key|row|column) "|expected (a|an|at|one|either|max|\d)/;

/** A study whose chapter and appendix are one line each (see the file comment). */
function fuzzStudy(config = SMALL_CONFIG): Study {
  const s = smallStudy({ config: config + 'templates: tpl\n' });
  s.write('tpl/bab4.md.hbs', '# BAB IV\n\n{{! fuzz: the view is built, the default chapter is not rendered }}\n');
  s.write('tpl/lampiran.md.hbs', '# Lampiran\n');
  return s;
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Cell values people (and attackers) type. */
const VALUES = [
  '', ' ', 'NA', 'N/A', '-', '#N/A', '0', '1', '3', '5', '6', '-1', '99', '100', '5.0', '4,0', '4.5', '3,5', '4.9999999999999999',
  '1e309', '-1e309', '1e3', '1.000', '1.234,5', '1,234,567', 'NaN', 'Infinity', 'abc', 'Setuju', 'sangat setuju', 'SANGAT TIDAK SETUJU',
  '"', '""', '"a,b"', '=1+1', '\t', '😀', 'é', '\u0000', '\r', 'www.example.com', 'a@b.co', '<script>alert(1)</script>', '**b**', '|', 'x'.repeat(300),
];
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 120 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
);
const frac = fc.double({ min: 0, max: 1, noNaN: true });

type CsvOp =
  | { op: 'cell'; row: number; col: number; value: string }
  | { op: 'line'; kind: 'delete' | 'duplicate' | 'swap' | 'blank'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'whole'; kind: (typeof WHOLE)[number] };

const WHOLE = ['semicolon', 'tab', 'crlf', 'cr', 'bom', 'utf16', 'nul', 'quote-all', 'empty', 'header-only', 'many-columns', 'long-cell', 'unclosed-quote', 'duplicate-header', 'extra-column', 'no-final-newline', 'million-cell-row'] as const;

const csvOp: fc.Arbitrary<CsvOp> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('cell' as const), row: fc.integer({ min: 0, max: 41 }), col: fc.integer({ min: 0, max: 13 }), value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('line' as const), kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const, 'blank' as const), at: fc.integer({ min: 0, max: 41 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('insert' as const), at: frac, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: frac }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('whole' as const), kind: fc.constantFrom(...WHOLE) }) },
);

function applyCsv(base: string, ops: CsvOp[]): Buffer {
  let bytes: Buffer = Buffer.from(base);
  for (const o of ops) {
    const text = bytes.toString('utf8');
    const lines = text.split('\n');
    switch (o.op) {
      case 'cell': {
        const i = Math.min(o.row, lines.length - 1);
        const cells = lines[i].split(',');
        cells[Math.min(o.col, cells.length - 1)] = o.value.includes(',') || o.value.includes('\n') ? `"${o.value.replace(/"/g, '""')}"` : o.value;
        lines[i] = cells.join(',');
        bytes = Buffer.from(lines.join('\n'));
        break;
      }
      case 'line': {
        const i = Math.min(o.at, lines.length - 1);
        if (o.kind === 'delete') lines.splice(i, 1);
        else if (o.kind === 'duplicate') lines.splice(i, 0, lines[i]);
        else if (o.kind === 'blank') lines.splice(i, 0, '');
        else [lines[0], lines[i]] = [lines[i], lines[0]];
        bytes = Buffer.from(lines.join('\n'));
        break;
      }
      case 'insert': {
        const at = Math.floor(o.at * bytes.length);
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(o.bytes), bytes.subarray(at)]);
        break;
      }
      case 'delete': {
        const at = Math.floor(o.at * bytes.length);
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + o.length)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, Math.floor(o.at * bytes.length));
        break;
      case 'whole':
        bytes = whole(o.kind, text, lines);
        break;
    }
  }
  return bytes;
}

function whole(kind: (typeof WHOLE)[number], text: string, all: string[]): Buffer {
  const lines = all.length >= 6 ? all : [...all, ...Array<string>(6 - all.length).fill('')];
  switch (kind) {
    case 'semicolon':
      return Buffer.from(text.replace(/,/g, ';'));
    case 'tab':
      return Buffer.from(text.replace(/,/g, '\t'));
    case 'crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'));
    case 'cr':
      return Buffer.from(text.replace(/\n/g, '\r'));
    case 'bom':
      return Buffer.from('\uFEFF' + text);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'nul':
      return Buffer.from(text.replace(/,/, ',\u0000'));
    case 'quote-all':
      return Buffer.from(lines.map((l) => l.split(',').map((c) => `"${c}"`).join(',')).join('\n'));
    case 'empty':
      return Buffer.alloc(0);
    case 'header-only':
      return Buffer.from(lines[0] + '\n');
    case 'many-columns':
      return Buffer.from([lines[0] + ',' + Array.from({ length: 17_000 }, (_, i) => `k${i}`).join(','), ...lines.slice(1)].join('\n'));
    case 'long-cell':
      return Buffer.from([lines[0], lines[1].replace(/^([^,]*),([^,]*)/, `$1,"${'Laki-laki '.repeat(4000)}"`), ...lines.slice(2)].join('\n'));
    case 'unclosed-quote':
      return Buffer.from([...lines.slice(0, 5), '"' + lines[5], ...lines.slice(6)].join('\n'));
    case 'duplicate-header':
      return Buffer.from(text.replace('X1_2', 'X1_1'));
    case 'extra-column':
      return Buffer.from(lines.map((l, i) => l + (i === 0 ? ',catatan' : `,catatan ${i}`)).join('\n'));
    case 'no-final-newline':
      return Buffer.from(text.replace(/\n+$/, ''));
    case 'million-cell-row':
      return Buffer.from([lines[0], ','.repeat(1_000_000), ...lines.slice(1)].join('\n'));
  }
}

// XLSX: the small study as a workbook, mutated in its XML parts or as a zip.

const SNIPPETS = [
  '<mergeCells count="1"><mergeCell ref="E2:E5"/></mergeCells>',
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<row r="41"><c r="XFE41"><v>1</v></c></row>',
  '<cols><col min="1" max="99999999" width="9"/></cols>',
  '<c r="E3"><f>E2+1</f></c>',
  '<c r="E3" t="str"><f>CONCAT("a")</f><v>a</v></c>',
  '<c r="E3" t="e"><v>#DIV/0!</v></c>',
  '<c r="E3" t="b"><v>1</v></c>',
  '<c r="E3" t="d"><v>2026-13-45</v></c>',
  '<c r="E3" t="inlineStr"><is><t>5</t></is></c>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
  '&a;', '&#0;', '<<', '>', ']]>', '\u0000', '<row>', '</row>', '<c r="">', '<v>',
];

type XlsxOp =
  | { op: 'value'; k: number; value: string }
  | { op: 'type'; k: number; type: string }
  | { op: 'formula'; k: number; withResult: boolean }
  | { op: 'cut'; part: number; at: number; length: number }
  | { op: 'snippet'; part: number; at: number; snippet: string }
  | { op: 'drop'; part: number }
  | { op: 'string-index'; k: number; index: number }
  | { op: 'zip-flip'; at: number; byte: number }
  | { op: 'zip-truncate'; at: number };

const xlsxOp: fc.Arbitrary<XlsxOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('value' as const), k: fc.nat(600), value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('type' as const), k: fc.nat(100), type: fc.constantFrom('str', 'b', 'e', 'n', 'd', 'inlineStr', 'x', '') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('formula' as const), k: fc.nat(600), withResult: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cut' as const), part: fc.nat(20), at: frac, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('snippet' as const), part: fc.nat(20), at: frac, snippet: fc.constantFrom(...SNIPPETS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop' as const), part: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('string-index' as const), k: fc.nat(100), index: fc.constantFrom(-1, 9999, 2 ** 31, 1.5) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('zip-flip' as const), at: frac, byte: fc.nat(255) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('zip-truncate' as const), at: frac }) },
);

/** Replaces the k-th (mod count) match of `re` in `s` by `to(match)`. */
function replaceNth(s: string, re: RegExp, k: number, to: (m: string) => string): string {
  const all = [...s.matchAll(re)];
  if (all.length === 0) return s;
  const m = all[k % all.length];
  return s.slice(0, m.index) + to(m[0]) + s.slice(m.index! + m[0].length);
}

function applyXlsx(base: Record<string, string>, ops: XlsxOp[]): Buffer {
  const parts = { ...base };
  const names = () => Object.keys(parts).sort();
  const SHEET = 'xl/worksheets/sheet1.xml';
  const zipOps: XlsxOp[] = [];
  for (const o of ops) {
    const sheet = parts[SHEET] ?? '';
    switch (o.op) {
      case 'value':
        parts[SHEET] = replaceNth(sheet, /<v>[^<]*<\/v>/g, o.k, () => `<v>${o.value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</v>`);
        break;
      case 'type':
        parts[SHEET] = replaceNth(sheet, / t="[^"]*"/g, o.k, () => (o.type ? ` t="${o.type}"` : ''));
        break;
      case 'formula':
        parts[SHEET] = replaceNth(sheet, /<v>[^<]*<\/v>/g, o.k, (m) => `<f>A1+1</f>${o.withResult ? m : ''}`);
        break;
      case 'string-index':
        parts[SHEET] = replaceNth(sheet, /t="s"><v>\d+<\/v>/g, o.k, () => `t="s"><v>${o.index}</v>`);
        break;
      case 'cut': {
        const name = names()[o.part % names().length];
        const at = Math.floor(o.at * parts[name].length);
        parts[name] = parts[name].slice(0, at) + parts[name].slice(at + o.length);
        break;
      }
      case 'snippet': {
        const name = o.part % 3 === 0 ? names()[o.part % names().length] : SHEET;
        const text = parts[name] ?? '';
        const at = o.snippet.startsWith('<mergeCells') || o.snippet.startsWith('<cols') ? text.indexOf('</sheetData>') + 12 : Math.floor(o.at * text.length);
        parts[name] = text.slice(0, at) + o.snippet + text.slice(at);
        break;
      }
      case 'drop':
        delete parts[names()[o.part % names().length]];
        break;
      default:
        zipOps.push(o);
    }
  }
  let zip = Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])), { level: 1 }));
  for (const o of zipOps) {
    if (o.op === 'zip-flip') zip[Math.floor(o.at * (zip.length - 1))] = o.byte;
    else if (o.op === 'zip-truncate') zip = zip.subarray(0, Math.floor(o.at * zip.length));
  }
  return zip;
}

// Config: the small study's YAML, mutated in its structure and as text.

const CONFIG_PATHS: (string | number)[][] = [
  ['title'], ['language'], ['alpha'], ['data'], ['scale'], ['scale', 'min'], ['scale', 'max'], ['scale', 'labels'], ['characteristics'],
  ['characteristics', 0, 'column'], ['characteristics', 1, 'bins'], ['characteristics', 2, 'multiple'], ['characteristics', 0, 'order'],
  ['variables'], ['variables', 'X1'], ['variables', 'X1', 'items'], ['variables', 'X2', 'reverse'], ['variables', 'Y', 'column'], ['variables', 'X1', 'score'],
  ['model'], ['model', 'dependent'], ['model', 'independents'], ['templates'], ['pembahasan'], ['pembahasan', 'H1'], ['missing'], ['score'], ['validity'],
  ['reliabilityThreshold'], ['normality'], ['heteroscedasticity'], ['categories', 'mean'], ['categories', 'tcr'], ['source'], ['simulated'], ['columns'],
  ['columns', 'X1_1'], ['stratum'], ['population'], ['population', 'file'], ['population', 'margin'], ['unknownKey'], ['variables', 'Z'],
];
const CONFIG_VALUES: unknown[] = [
  0, 1, -1, 0.05, 0.5, 2, 5, 7, 10, 100, 101, 1000, 1e9, -1e9, 4.5, '0.05', '', 'x', 'X1', 'Y', 'X1_1', 'jk', 'usia', 'data.csv', 'nope.csv', '.', 'tpl',
  '/dev/zero', '/', 'data.xlsx', 'bab4.config.yaml', 'en', 'id', 'jv', 'listwise', 'mean', 'sum', 'corrected', 'white', true, false, null, [], {}, [1, 2, 3], [3, 2, 1],
  ['X1_1'], ['X1_1', 'X1_1'], ['X1', 'X2'], ['X1', 'X1'], ['Y'], ['a', 'b'], { min: 1, max: 5 }, { min: 0, max: 100 }, { min: 5, max: 1 }, { label: 'L', items: ['X1_1'] },
  { label: 'L', column: 'usia' }, { H1: '.' }, [{ column: 'jk', label: 'x' }], [{ min: 50, label: 'x' }], 'x'.repeat(5000), ['1e309'],
];

type ConfigOp =
  | { op: 'set'; path: number; value: number }
  | { op: 'delete'; path: number }
  | { op: 'text'; kind: 'delete-line' | 'duplicate-line' | 'tab' | 'truncate' | 'insert'; at: number; line: string };

const configOp: fc.Arbitrary<ConfigOp> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.nat(CONFIG_PATHS.length - 1), value: fc.nat(CONFIG_VALUES.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat(CONFIG_PATHS.length - 1) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('text' as const),
      kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const, 'tab' as const, 'truncate' as const, 'insert' as const),
      at: fc.nat(40),
      line: fc.oneof(
        fc.constantFrom('alpha: 1e309', 'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
          '  - { column: jk }', '- x', ': :', '"unclosed', '  X9: { label: Z, items: [X1_1] }', '<<: *a', '%YAML 1.1', '---', '...', '? [a]', '!!binary x'),
        fc.string({ maxLength: 30 }),
      ),
    }),
  },
);

function applyConfig(base: string, ops: ConfigOp[]): string {
  let text = base;
  for (const o of ops) {
    if (o.op === 'text') {
      const lines = text.split('\n');
      const i = o.at % Math.max(1, lines.length);
      if (o.kind === 'delete-line') lines.splice(i, 1);
      else if (o.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
      else if (o.kind === 'tab') lines[i] = '\t' + lines[i];
      else if (o.kind === 'truncate') lines.splice(i);
      else lines.splice(i, 0, o.line);
      text = lines.join('\n');
      continue;
    }
    const doc = parseDocument(text);
    if (doc.errors.length) continue;
    try {
      if (o.op === 'set') doc.setIn(CONFIG_PATHS[o.path], doc.createNode(CONFIG_VALUES[o.value]));
      else doc.deleteIn(CONFIG_PATHS[o.path]);
      text = doc.toString();
    } catch {
      // a path through a scalar: leave the text as it is
    }
  }
  return text;
}

// ---------------------------------------------------------------------------------------------

describe('fuzz: validate never fails with an internal error', () => {
  let xlsxParts: Record<string, string>;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    for (const line of smallCsv().trim().split('\n')) ws.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => (c.startsWith('"') ? c.slice(1, -1) : /^\d+$/.test(c) ? Number(c) : c)));
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    xlsxParts = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, new TextDecoder().decode(v)]));
  });

  it('1 000 mutated CSVs', async () => {
    const s = fuzzStudy();
    const base = smallCsv();
    const tally: Tally = { ok: 0, input: 0, slowest: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(csvOp, { minLength: 1, maxLength: 4 }), async (ops) => {
        writeFileSync(path.join(s.dir, 'data.csv'), applyCsv(base, ops));
        await validateCase(s.config, tally);
      }),
      { seed: SEED, numRuns: 1000, endOnFailure: true },
    );
    expect(tally.ok + tally.input).toBe(1000);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(tally.ok).toBeGreaterThan(50);
    expect(tally.input).toBeGreaterThan(300);
  });

  it('200 mutated XLSX workbooks', async () => {
    const s = fuzzStudy(SMALL_CONFIG.replace('data: data.csv', 'data: data.xlsx'));
    const tally: Tally = { ok: 0, input: 0, slowest: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(xlsxOp, { minLength: 1, maxLength: 3 }), async (ops) => {
        writeFileSync(path.join(s.dir, 'data.xlsx'), applyXlsx(xlsxParts, ops));
        await validateCase(s.config, tally);
      }),
      { seed: SEED, numRuns: 200, endOnFailure: true },
    );
    expect(tally.ok + tally.input).toBe(200);
    expect(tally.ok).toBeGreaterThan(10);
    expect(tally.input).toBeGreaterThan(50);
  });

  it('200 mutated configs; the first successful ones again with the default templates', async () => {
    const s = fuzzStudy();
    const base = s.read('bab4.config.yaml');
    const tally: Tally = { ok: 0, input: 0, slowest: 0 };
    const valid: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(configOp, { minLength: 1, maxLength: 3 }), async (ops) => {
        const text = applyConfig(base, ops);
        writeFileSync(s.config, text);
        const before = tally.ok;
        const message = await validateCase(s.config, tally);
        if (message && !/^\s*language:\s*en\b/m.test(text)) expect(message).not.toMatch(ENGLISH_RULE);
        if (tally.ok > before && valid.length < 6 && !valid.includes(text)) valid.push(text);
      }),
      { seed: SEED, numRuns: 200, endOnFailure: true },
    );
    expect(tally.ok + tally.input).toBe(200);
    expect(tally.ok).toBeGreaterThan(10);
    expect(tally.input).toBeGreaterThan(50);
    expect(valid.length).toBeGreaterThan(3);
    for (const text of valid) {
      writeFileSync(s.config, text.replace(/^templates: tpl\n/m, ''));
      await validateCase(s.config, tally);
    }
  });
});
