/** View of section 4.3: the description of each variable, item by item. */
import type { Config } from '../../config/types.js';
import type { ItemResult, Results, VariableResult } from '../../analysis/results.js';
import { meanClassBounds } from '../../analysis/categories.js';
import { chartIds, slug } from '../../charts/ids.js';
import { itemCode } from '../../messages/item-code.js';
import { lowerFirst, type Fmt } from './fmt.js';

/** "Sangat Tidak Setuju" → "STS", "Netral" → "N", "Strongly Agree" → "SA". */
export function abbreviate(label: string): string {
  const words = label.split(/\s+/).filter(Boolean);
  return words.length === 1 && /^\d+$/.test(words[0]) ? words[0] : words.map((w) => w[0].toUpperCase()).join('');
}

export function descriptionView(results: Results, config: Config, f: Fmt) {
  const { min, max, labels } = config.scale;
  const items = results.items ?? {};
  const variables = results.variables ?? {};
  const scalePoints = labels.map((label, j) => ({ value: String(min + j), label: f.text(label), short: f.text(abbreviate(label)) }));
  const classes = meanClassBounds(min, max, config.meanCategories.length).map((c, i) => ({
    lower: f.num(i === 0 ? c.lower : c.lower + 0.01, 2),
    upper: f.num(c.upper, 2),
    label: f.text(config.meanCategories[i]),
  }));
  const bands = config.tcrBands;
  const tcrBands = bands.map((b, i) => ({
    range: i === bands.length - 1 && b.min <= 0 ? `< ${f.num(bands[i - 1]?.min ?? 0, 0)}%` : `${f.num(b.min, 0)}–${i === 0 ? f.num(100, 0) : f.num(bands[i - 1].min - 1, 0)}%`,
    label: f.text(b.label),
  }));
  const list = config.variables.map((v, vi) => {
    const r: VariableResult = variables[v.id];
    const its: [string, ItemResult][] = v.items.map((it) => [it.column, items[it.column]]);
    const means = its.map(([, it]) => it.mean);
    const hi = Math.max(...means);
    const lo = Math.min(...means);
    const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
    const named = (pred: (m: number) => boolean) => its.filter(([, it]) => pred(it.mean)).map(([c, it]) => ({ code: f.text(itemCode(c)), statement: it.statement ? f.text(it.statement) : '' }));
    return {
      no: vi + 1,
      id: f.text(v.id),
      label: f.text(v.label),
      labelLower: f.text(lowerFirst(v.label)),
      likert: v.items.length > 0,
      numeric: !!v.column,
      tableId: `tab-deskripsi-${slug(v.id)}`,
      // `charts: { items: false }` drops the item distribution figure (it repeats the table); a
      // numeric variable's histogram stays (no table shows its distribution).
      figureId: v.items.length > 0 ? (config.charts.items ? chartIds.itemDistribution(v.id) : null) : chartIds.histogram(v.id),
      scoreIsSum: v.score === 'sum',
      nItems: f.int(v.items.length),
      items: its.map(([c, it], i) => ({
        no: i + 1,
        code: f.text(itemCode(c)),
        statement: it.statement ? f.text(it.statement) : f.text(itemCode(c)),
        reversed: it.reversed,
        cells: scalePoints.map((p) => ({ count: f.int(it.frequencies[p.value]), percent: f.pct(it.percents[p.value]), percentNumber: f.num(it.percents[p.value], 1) })),
        mean: f.mean(it.mean),
        sd: f.mean(it.sd),
        tcr: f.pct(it.tcr),
        category: f.text(it.category ?? '–'),
        tcrCategory: f.text(it.tcrCategory ?? '–'),
      })),
      anyReversed: its.some(([, it]) => it.reversed),
      reversedItems: its.filter(([, it]) => it.reversed).map(([c]) => ({ code: f.text(itemCode(c)) })),
      reversedMany: its.filter(([, it]) => it.reversed).length > 1,
      highest: its.length > 1 && !same(hi, lo) ? { items: named((m) => same(m, hi)), many: means.filter((m) => same(m, hi)).length > 1, mean: f.mean(hi) } : null,
      lowest: its.length > 1 && !same(hi, lo) ? { items: named((m) => same(m, lo)), many: means.filter((m) => same(m, lo)).length > 1, mean: f.mean(lo) } : null,
      // Every item has the same mean: no highest or lowest to name.
      sameMeans: its.length > 1 && same(hi, lo),
      mean: f.mean(r.mean),
      sd: f.mean(r.sd),
      min: r.kind === 'numeric' ? f.int(r.min) : f.num(r.min, 0),
      max: r.kind === 'numeric' ? f.int(r.max) : f.num(r.max, 0),
      meanInt: f.int(r.mean),
      sdInt: f.int(r.sd),
      itemMean: f.mean(r.itemMean),
      tcr: f.pct(r.tcr),
      category: f.text(r.category ?? '–'),
      tcrCategory: f.text(r.tcrCategory ?? '–'),
    };
  });
  return {
    scalePoints,
    scaleMin: f.int(min),
    scaleMax: f.int(max),
    nCategories: f.int(config.meanCategories.length),
    classWidth: f.num((max - min) / config.meanCategories.length, 2),
    classes,
    tcrBands,
    variables: list,
    likert: list.filter((v) => v.likert),
    anyLikert: list.some((v) => v.likert),
  };
}
