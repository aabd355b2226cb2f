/** View of section 4.2: one frequency table and chart per characteristic. */
import type { CharacteristicResult } from '../../analysis/results.js';
import { chartIds, slug } from '../../charts/ids.js';
import { lowerFirst, type Fmt } from './fmt.js';

/** `charts: false` leaves the figures out (the table says the same); figureId is then null. */
export function characteristicsView(list: CharacteristicResult[], f: Fmt, charts = true) {
  const items = list.map((c, i) => {
    const top = c.categories.reduce((a, b) => (b.count > a.count ? b : a), c.categories[0]);
    return {
      no: i + 1,
      tableId: `tab-karakteristik-${slug(c.column)}`,
      figureId: charts ? chartIds.characteristic(c.column) : null,
      label: f.text(c.label),
      labelLower: f.text(lowerFirst(c.label.replace(/\s*\([^)]*\)\s*$/, ''))),
      multiple: c.kind === 'multiple',
      classes: c.kind === 'classes',
      rows: c.categories.map((k, j) => ({ no: j + 1, label: f.text(k.label), count: f.int(k.count), percent: f.pct(k.percent) })),
      base: f.int(c.base),
      answers: f.int(c.answers),
      totalPercent: f.pct(100),
      top: top ? { label: f.text(top.label), count: f.int(top.count), percent: f.pct(top.percent), majority: top.percent > 50 } : null,
    };
  });
  return { list: items, any: items.length > 0 };
}
