/**
 * View of section 4.2: one frequency table and chart per characteristic, introduced by group
 * (config `group`: sosial, ekonomi, …), each read in a sentence: the dominant category with its
 * count and percent, the runner-up, the median class of ordered categories. The sentences open in
 * turn in four ways (`opening`), so six characteristics do not read as one template six times.
 */
import type { CharacteristicResult } from '../../analysis/results.js';
import { chartIds, slug } from '../../charts/ids.js';
import type { Lang } from '../../messages/catalog.js';
import { lowerFirst, type Fmt } from './fmt.js';

/** Group keys with a word per language; any other group is shown as written. */
const GROUP_WORDS: Record<Lang, Record<string, string>> = {
  id: { sosial: 'sosial', social: 'sosial', ekonomi: 'ekonomi', economic: 'ekonomi', usaha: 'usaha', business: 'usaha', demografi: 'demografi', demographic: 'demografi' },
  en: { sosial: 'social', social: 'social', ekonomi: 'economic', economic: 'economic', usaha: 'business', business: 'business', demografi: 'demographic', demographic: 'demographic' },
};

/** "Perempuan" → "perempuan" inside a sentence; names and acronyms (Jambi Timur, SMA/SMK, WhatsApp) kept. */
function inSentence(label: string): string {
  return /^\p{Lu}[\p{Ll}-]*$/u.test(label) ? label.toLowerCase() : label;
}

/** The characteristic's label without a trailing unit in parentheses, lower-cased for a sentence. */
function labelLowerOf(c: CharacteristicResult): string {
  return lowerFirst(c.label.replace(/\s*\([^)]*\)\s*$/, ''));
}

/** `charts: false` leaves the figures out (the table says the same); figureId is then null. */
export function characteristicsView(list: CharacteristicResult[], f: Fmt, charts = true) {
  const items = list.map((c, i) => {
    // The largest category (the first of equals, in table order).
    const sorted = c.categories.map((k, j) => ({ ...k, j })).sort((a, b) => b.count - a.count || a.j - b.j);
    const top = sorted[0];
    const second = sorted[1] && sorted[1].count > 0 ? sorted[1] : undefined;
    const third = sorted[2] && sorted[2].count > 0 ? sorted[2] : undefined;
    // Numeric answers read with their unit ("1 orang"); words lower-cased inside a sentence.
    const unit = c.label.match(/\(([^)]+)\)\s*$/)?.[1]?.trim() ?? '';
    const numericAnswers = c.kind === 'categorical' && c.categories.every((k) => k.label.trim() !== '' && Number.isFinite(Number(k.label)));
    const word = (label: string) => f.text(c.kind === 'categorical' ? (numericAnswers && unit ? `${label} ${unit}` : inSentence(label)) : label);
    const cat = (k: (typeof sorted)[number] | undefined) => (k ? { label: f.text(k.label), word: word(k.label), count: f.int(k.count), percent: f.pct(k.percent) } : null);
    const used = c.categories.filter((k) => k.count > 0).length;
    return {
      no: i + 1,
      tableId: `tab-karakteristik-${slug(c.column)}`,
      figureId: charts ? chartIds.characteristic(c.column) : null,
      label: f.text(c.label),
      labelLower: f.text(labelLowerOf(c)),
      multiple: c.kind === 'multiple',
      classes: c.kind === 'classes',
      categorical: c.kind === 'categorical',
      rupiah: c.format === 'rupiah',
      rows: c.categories.map((k, j) => ({ no: j + 1, label: f.text(k.label), count: f.int(k.count), percent: f.pct(k.percent) })),
      base: f.int(c.base),
      answers: f.int(c.answers),
      totalPercent: f.pct(100),
      top: top && top.count > 0 ? { ...cat(top)!, majority: top.percent > 50, all: top.count === c.base && c.kind !== 'multiple' } : null,
      second: cat(second),
      third: cat(third),
      // Exactly two categories answered: "…, sedangkan laki-laki 26 orang (29,2%)".
      twoCategories: used === 2 && c.kind === 'categorical',
      median: c.median === null ? null : { label: f.text(c.median), word: word(c.median), isTop: top !== undefined && c.median === top.label },
      // Four openings in turn.
      opening: { a: i % 4 === 0, b: i % 4 === 1, c: i % 4 === 2, d: i % 4 === 3 },
      group: c.group,
    };
  });

  // Groups in order of first appearance; characteristics without a group form their own.
  const grouped = list.some((c) => c.group !== null);
  const groups: { key: string | null; members: typeof items }[] = [];
  for (const it of items) {
    let g = groups.find((x) => x.key === it.group);
    if (!g) groups.push((g = { key: it.group, members: [] }));
    g.members.push(it);
  }
  const groupView = groups.map((g) => ({
    name: f.text(g.key === null ? '' : (GROUP_WORDS[f.lang][g.key.toLowerCase()] ?? g.key)),
    named: g.key !== null,
    members: g.members.map((m) => ({ labelLower: m.labelLower })),
    // RQ1: the largest category of each member, for the answer in 4.9.
    tops: g.members.filter((m) => m.top).map((m) => ({ labelLower: m.labelLower, label: m.top!.word, percent: m.top!.percent, multiple: m.multiple, classes: m.classes })),
  }));
  return { list: items, any: items.length > 0, grouped, groups: groupView, manyGroups: groupView.length > 1 };
}
