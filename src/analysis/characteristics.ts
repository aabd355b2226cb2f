/**
 * Section 4.2: the respondents' profile. One frequency table per configured characteristic:
 * - categorical: each distinct answer;
 * - classes: a numeric column grouped by the configured bounds ([25, 35] → < 25, 25–34, ≥ 35);
 * - multiple: a multi-response question split on its separator; percentages of respondents
 *   (they add up to more than 100%), the usual choice in Indonesian theses.
 * Category order: the configured `order`, then numeric answers ascending, otherwise by
 * frequency (ties alphabetically), so that the table does not depend on the row order.
 * Classes, numeric answers and a configured order of three or more categories are ordinal: their
 * median class (the class holding the middle respondent) is reported. `format: rupiah` labels
 * money classes "< Rp1.000.000", "Rp1.000.000–Rp2.999.999", "≥ Rp10.000.000".
 */
import type { CharacteristicSpec, Config } from '../config/types.js';
import type { Dataset } from '../load/dataset.js';
import { levelCounts, numeric, textColumn, type TextColumn } from '../load/dataset.js';
import { InputError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { msg, type Lang } from '../messages/catalog.js';
import { formatNumber } from '../messages/format.js';
import type { CharacteristicResult } from './results.js';

export function analyseCharacteristics(config: Config, data: Dataset): CharacteristicResult[] {
  return config.characteristics.map((spec) => {
    let r: Omit<CharacteristicResult, 'group' | 'format' | 'median'>;
    if (spec.bins) r = classes(spec, numeric(data, spec.column), config.language);
    else {
      r = spec.multiple ? multiple(spec, textColumn(data, spec.column)) : categorical(spec, textColumn(data, spec.column));
      // A profile table (and its chart) of hundreds of answers is no profile: refuse before drawing it.
      if (r.categories.length > LIMITS.categories) {
        throw new InputError(config.language, [
          {
            file: data.file,
            column: data.headerOf.get(spec.column) ?? spec.column,
            message: msg(config.language, 'limitCategories', { column: spec.column, count: r.categories.length, limit: LIMITS.categories }),
          },
        ]);
      }
    }
    return { ...r, group: spec.group ?? null, format: spec.format ?? null, median: r.ordered ? medianClass(r.categories, r.base) : null };
  });
}

/** The class holding the middle respondent: the first whose cumulative count reaches n/2. */
function medianClass(categories: CharacteristicResult['categories'], base: number): string | null {
  if (base <= 0) return null;
  let cum = 0;
  for (const c of categories) {
    cum += c.count;
    if (cum >= base / 2) return c.label;
  }
  return null;
}

type Partial_ = Omit<CharacteristicResult, 'group' | 'format' | 'median'>;

// Both count each distinct answer once (the column holds it once, with a count); the categories
// come in order of first appearance, as if the respondents were counted one by one.
function categorical(spec: CharacteristicSpec, column: TextColumn): Partial_ {
  const perLevel = levelCounts(column);
  const counts = new Map<string, number>();
  column.levels.forEach((v, code) => counts.set(v, perLevel[code]));
  const base = column.codes.length;
  const numericAnswers = [...counts.keys()].every((k) => k.trim() !== '' && Number.isFinite(Number(k)));
  // A configured order of three or more categories is read as ordinal (SD < SMP < SMA …); two
  // (Laki-laki, Perempuan) only fix the table's order.
  return { column: spec.column, label: spec.label, kind: 'categorical', ordered: (spec.order !== undefined && spec.order.length >= 3) || numericAnswers, base, answers: null, categories: ordered(spec, counts, base) };
}

function multiple(spec: CharacteristicSpec, column: TextColumn): Partial_ {
  const sep = spec.multiple!;
  const trimmedSep = sep.trim();
  const perLevel = levelCounts(column);
  const counts = new Map<string, number>();
  let answers = 0;
  column.levels.forEach((v, code) => {
    const n = perLevel[code];
    const chosen = [...new Set(v.split(trimmedSep === '' ? sep : trimmedSep).map((s) => s.trim()).filter((s) => s !== ''))];
    for (const c of chosen) counts.set(c, (counts.get(c) ?? 0) + n);
    answers += chosen.length * n;
  });
  const base = column.codes.length;
  return { column: spec.column, label: spec.label, kind: 'multiple', ordered: false, base, answers, categories: ordered(spec, counts, base) };
}

function classes(spec: CharacteristicSpec, values: ArrayLike<number>, lang: Lang): Partial_ {
  const bins = spec.bins!;
  const counts = new Array<number>(bins.length + 1).fill(0);
  let integral = bins.every(Number.isInteger);
  let nonNegative = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (integral && !Number.isInteger(v)) integral = false;
    if (v < 0) nonNegative = false;
    let c = 0;
    while (c < bins.length && v >= bins[c]) c++;
    counts[c]++;
  }
  const rupiah = spec.format === 'rupiah';
  const unit = rupiah ? '' : (spec.unit ?? spec.label.match(/\(([^)]+)\)\s*$/)?.[1]?.trim() ?? '');
  const n = values.length;
  const categories = counts.map((count, c) => {
    const lower = c === 0 ? undefined : bins[c - 1];
    const upper = c === bins.length ? undefined : bins[c];
    // Whole counts that cannot be negative: the class below 1 is simply 0 ("0 orang", not "< 1 orang").
    const label = lower === undefined && upper === 1 && integral && nonNegative ? `${formatNumber(0, lang, 0)}${unit ? ` ${unit}` : ''}` : classLabel(lower, upper, integral, unit, lang, rupiah);
    return { label, count, percent: pct(count, n), ...(lower === undefined ? {} : { lower }), ...(upper === undefined ? {} : { upper }) };
  });
  return { column: spec.column, label: spec.label, kind: 'classes', ordered: true, base: n, answers: null, categories };
}

/**
 * "< 25 tahun", "25–34 tahun", "≥ 55 tahun" (integer data); "2 – < 5" for continuous data;
 * money: "< Rp1.000.000", "Rp1.000.000–Rp2.999.999", "≥ Rp10.000.000".
 */
export function classLabel(lower: number | undefined, upper: number | undefined, integral: boolean, unit: string, lang: Lang, rupiah = false): string {
  const f = (x: number) => (rupiah ? 'Rp' : '') + formatNumber(x, lang, integral ? 0 : undefined);
  const u = unit ? ` ${unit}` : '';
  if (lower === undefined) return `< ${f(upper!)}${u}`;
  if (upper === undefined) return `≥ ${f(lower)}${u}`;
  if (integral) return upper - 1 === lower ? `${f(lower)}${u}` : `${f(lower)}–${f(upper - 1)}${u}`;
  return `${f(lower)} – < ${f(upper)}${u}`;
}

function ordered(spec: CharacteristicSpec, counts: Map<string, number>, base: number): CharacteristicResult['categories'] {
  const out: CharacteristicResult['categories'] = [];
  for (const label of spec.order ?? []) {
    out.push({ label, count: counts.get(label) ?? 0, percent: pct(counts.get(label) ?? 0, base) });
    counts.delete(label);
  }
  const rest = [...counts];
  const allNumeric = rest.every(([k]) => k.trim() !== '' && Number.isFinite(Number(k)));
  rest.sort(allNumeric ? (a, b) => Number(a[0]) - Number(b[0]) : (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [label, count] of rest) out.push({ label, count, percent: pct(count, base) });
  return out;
}

function pct(count: number, base: number): number {
  return base > 0 ? (count / base) * 100 : 0;
}
