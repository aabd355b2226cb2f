/**
 * A study guessed from a data header and its first rows (`bab4 init --data`). Pure.
 *
 * - Item columns by their code: `X1_1`, `X1.1`, `X1.1 Saya …`, `[X1.1] Saya …`, `Y_3` — grouped
 *   into variables X1, X2, …, Y; the text after the code is the item's statement. Only columns
 *   whose answers are scale numbers or Likert words count as items.
 * - The dependent variable is Y when there is one, else the last group.
 * - The scale: from the Likert words (Indonesian or English, 4 or 5 points, abbreviations) or
 *   the range of the numbers.
 * - Every other column becomes a respondent characteristic: numbers with few values as
 *   categories, other numbers in classes (`bins` at round bounds), answers joined with ", " as
 *   multi-response; a timestamp, a respondent number and free text (names, e-mails) are skipped.
 */
import { isMissing, parseNumber } from '../load/numbers.js';
import { squash } from '../load/plan.js';

export interface GuessedItem {
  /** Item id in the config (X1_1). */
  id: string;
  /** Header text in the data. */
  header: string;
  statement?: string;
}

export interface GuessedVariable {
  id: string;
  items: GuessedItem[];
}

export interface GuessedCharacteristic {
  /** Column name in the config (the header, or a short alias of it). */
  column: string;
  header: string;
  label: string;
  bins?: number[];
  multiple?: string;
}

export interface Guess {
  variables: GuessedVariable[];
  dependent?: string;
  independents: string[];
  scale: { min: number; max: number; labels?: string[] };
  /** The answers were words (mapped through scale.labels) and no known label set covered them all. */
  unknownWords: string[];
  characteristics: GuessedCharacteristic[];
  skipped: { header: string; reason: 'timestamp' | 'respondent-number' | 'free-text' | 'empty' | 'duplicate' }[];
  /** A characteristic that looks like the sampling stratum (kecamatan, wilayah, …). */
  stratum?: string;
  /** Short column name → header text, for headers that are not plain names. */
  columns: Record<string, string>;
}

const CODE = /^\[?\s*([A-Za-z]{1,3}\d{0,2})\s*[._]\s*(\d{1,2})\s*\]?(?:(?:\s*[.:)\]-]\s*|\s+)(.*))?$/s;

/** Known Likert label sets, lowest first (matched ignoring case and spacing). */
const LABEL_SETS: string[][] = [
  ['Sangat Tidak Setuju', 'Tidak Setuju', 'Netral', 'Setuju', 'Sangat Setuju'],
  ['Sangat Tidak Setuju', 'Tidak Setuju', 'Ragu-ragu', 'Setuju', 'Sangat Setuju'],
  ['Sangat Tidak Setuju', 'Tidak Setuju', 'Kurang Setuju', 'Setuju', 'Sangat Setuju'],
  ['Sangat Tidak Setuju', 'Tidak Setuju', 'Cukup Setuju', 'Setuju', 'Sangat Setuju'],
  ['Sangat Tidak Setuju', 'Tidak Setuju', 'Setuju', 'Sangat Setuju'],
  ['STS', 'TS', 'N', 'S', 'SS'],
  ['STS', 'TS', 'RR', 'S', 'SS'],
  ['STS', 'TS', 'KS', 'S', 'SS'],
  ['STS', 'TS', 'S', 'SS'],
  ['Strongly Disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly Agree'],
  ['Strongly Disagree', 'Disagree', 'Agree', 'Strongly Agree'],
];

const TIMESTAMP_HEADER = /^(timestamp|cap waktu|stempel waktu|tanda waktu|waktu|tanggal|tgl|date|time|submitted at|start time|completion time)\b/i;
const DATE_VALUE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}([ T]\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*[AP]M)?(\s*(GMT|UTC)?[+-]?\d{0,2}(:?\d{2})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMBER_HEADER = /^(no|no\.|nomor|nomor responden|no responden|no_responden|id|id responden|responden|kode|kode responden|#)$/i;
const PERSONAL_HEADER = /(e-?mail|surel|nama|name|telepon|phone|no\.? ?hp|whatsapp number|alamat)/i;
const STRATUM_HEADER = /^(kecamatan|kelurahan|desa|kabupaten|kota|kabupaten\/kota|wilayah|daerah|strat(a|um)|region|district)$/i;

/** Natural order: X1 < X2 < X10 < Y; the dependent-looking Y last. */
function variableOrder(a: string, b: string): number {
  if (a === 'Y' || b === 'Y') return a === b ? 0 : a === 'Y' ? 1 : -1;
  return a.localeCompare(b, 'en', { numeric: true });
}

export function humanize(name: string): string {
  const words = name.replace(/[_]+/g, ' ').trim().replace(/\s+/g, ' ');
  if (/[A-Z]/.test(words)) return words;
  return words.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

/** A short config name for a header: the header itself when it is a plain name, else a slug. */
function shortName(header: string, taken: Set<string>): string {
  let base = /^[A-Za-z][A-Za-z0-9_]*$/.test(header)
    ? header
    : header
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\(.*?\)/g, ' ')
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .split('_')
        .slice(0, 4)
        .join('_') || 'kolom';
  if (/^\d/.test(base)) base = `k_${base}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

/** 1, 2, 2.5, 5 × 10^k: the round step nearest above `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** Class bounds at round numbers: about four classes over the observed range. */
export function suggestBins(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[Math.floor(sorted.length * 0.05)];
  const hi = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  if (!(hi > lo)) return [];
  const step = niceStep((hi - lo) / 4);
  const bins: number[] = [];
  for (let b = Math.floor(lo / step + 1) * step; b <= hi && bins.length < 6; b += step) bins.push(Number(b.toPrecision(12)));
  return bins;
}

export function guessStudy(header: string[], rows: string[][], groupDots = false): Guess {
  const col = (i: number) => rows.map((r) => (r[i] ?? '').trim());
  const present = (i: number) => col(i).filter((v) => !isMissing(v));
  const known = LABEL_SETS.flat().map(squash);
  const isLikertWord = (v: string) => known.includes(squash(v));

  // Items: a code in the header, answers that are whole numbers or Likert words.
  const groups = new Map<string, GuessedItem[]>();
  const itemCols = new Set<number>();
  const seenIds = new Set<string>();
  const skipped: Guess['skipped'] = [];
  const words = new Set<string>();
  const numbers: number[] = [];
  header.forEach((h, i) => {
    const m = CODE.exec(h);
    if (!m) return;
    const values = present(i);
    const allLikert =
      values.length > 0 &&
      new Set(values.map(squash)).size <= 11 &&
      values.every((v) => /^\d{1,2}$/.test(v) || isLikertWord(v) || /^\p{L}[\p{L} -]*$/u.test(v));
    if (!allLikert) return;
    const variable = m[1].toUpperCase();
    const id = `${variable}_${Number(m[2])}`;
    if (seenIds.has(id)) {
      skipped.push({ header: h, reason: 'duplicate' });
      itemCols.add(i);
      return;
    }
    seenIds.add(id);
    itemCols.add(i);
    for (const v of values) (/^\d{1,2}$/.test(v) ? numbers.push(Number(v)) : words.add(v));
    const statement = m[3]?.trim();
    const item: GuessedItem = { id, header: h, ...(statement ? { statement } : {}) };
    groups.set(variable, [...(groups.get(variable) ?? []), item]);
  });
  const variables = [...groups.entries()]
    .sort((a, b) => variableOrder(a[0], b[0]))
    .map(([id, items]) => ({ id, items: items.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })) }));
  const dependent = variables.length ? (variables.find((v) => v.id === 'Y') ?? variables[variables.length - 1]).id : undefined;
  const independents = variables.map((v) => v.id).filter((id) => id !== dependent);

  // Scale.
  let scale: Guess['scale'] = { min: 1, max: 5 };
  let unknownWords: string[] = [];
  if (words.size) {
    const used = [...words].map(squash);
    const set = LABEL_SETS.find((s) => used.every((w) => s.map(squash).includes(w)));
    if (set) scale = { min: 1, max: set.length, labels: set };
    else unknownWords = [...new Set([...words].map((w) => w.replace(/\s+/g, ' ')))].sort();
  } else if (numbers.length) {
    const lo = Math.min(...numbers);
    const hi = Math.max(...numbers);
    const max = hi <= 5 ? 5 : hi <= 7 ? 7 : hi <= 10 ? 10 : hi;
    scale = { min: lo === 0 ? 0 : 1, max };
  }

  // Characteristics: everything else that is not a timestamp, a respondent number or free text.
  const characteristics: GuessedCharacteristic[] = [];
  const taken = new Set<string>([...seenIds]);
  const columns: Record<string, string> = {};
  for (const v of variables) for (const it of v.items) if (it.header !== it.id) columns[it.id] = it.header;
  let stratum: string | undefined;
  const repeated = (h: string) => header.indexOf(h) !== header.lastIndexOf(h);
  header.forEach((h, i) => {
    if (itemCols.has(i) || h === '') return;
    if (repeated(h)) return void skipped.push({ header: h, reason: 'duplicate' });
    const values = present(i);
    if (values.length === 0) return void skipped.push({ header: h, reason: 'empty' });
    if (TIMESTAMP_HEADER.test(h) || values.every((v) => DATE_VALUE.test(v))) return void skipped.push({ header: h, reason: 'timestamp' });
    const nums = values.map((v) => parseNumber(v, groupDots));
    const numeric = nums.every((x) => Number.isFinite(x));
    const distinct = new Set(values).size;
    if (NUMBER_HEADER.test(h) && numeric && distinct === values.length) return void skipped.push({ header: h, reason: 'respondent-number' });
    if (PERSONAL_HEADER.test(h) && !numeric) return void skipped.push({ header: h, reason: 'free-text' });
    const name = shortName(h, taken);
    if (name !== h) columns[name] = h;
    const label = name === h ? humanize(h) : h;
    if (numeric) {
      if (distinct <= 7) characteristics.push({ column: name, header: h, label });
      else {
        const bins = suggestBins(nums);
        characteristics.push({ column: name, header: h, label, ...(bins.length ? { bins } : {}) });
      }
      return;
    }
    if (values.some((v) => v.includes(', '))) {
      const answers = new Set(values.flatMap((v) => v.split(', ').map((a) => a.trim())));
      if (answers.size <= 40) return void characteristics.push({ column: name, header: h, label, multiple: ', ' });
    }
    if (distinct > Math.max(30, values.length / 2)) return void skipped.push({ header: h, reason: 'free-text' });
    characteristics.push({ column: name, header: h, label });
    if (!stratum && STRATUM_HEADER.test(squash(h))) stratum = name;
  });
  return { variables, dependent, independents, scale, unknownWords, characteristics, skipped, stratum, columns };
}
