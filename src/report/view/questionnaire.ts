/**
 * View of the questionnaire as the respondents saw it (appendix 1):
 *
 *   intro      the author's cover letter and instructions (`questionnaire.intro`), Markdown as written
 *   identity   one question per characteristic (and the respondent's stratum): its label and either
 *              the answer options — `options:` of the characteristic, else the answers seen in the
 *              data (in `order:` first, the rest alphabetically) — or a blank to fill in, for numbers
 *              (ages, years, counts) and for free answers with many different values
 *   legend     the scale's abbreviations (STS = Sangat Tidak Setuju, …)
 *   variables  every item statement per Likert variable, in a grid with one column per scale point;
 *              numeric variables (income, …) as a blank to fill in
 *
 * Reversed items are printed as worded: the respondent never sees the scoring.
 */
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import { itemCode } from '../../messages/item-code.js';
import { abbreviate } from './description.js';
import { titleCase, type Fmt } from './fmt.js';
import { byName } from './by-name.js';

/** More different answers than this (and none given as options or order): a blank, not a list. */
export const MAX_OPTIONS = 12;

type AuthorText = { path: string; text: string; exists: boolean } | undefined;

const isNumber = (s: string) => /^[+-]?\d+([.,]\d+)?$/.test(s.trim());
/** "Usia (tahun)" → ["Usia", "tahun"]. */
function splitUnit(label: string): [string, string] {
  const m = label.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
  return m ? [m[1], m[2].trim()] : [label, ''];
}

export function questionnaireView(results: Results, config: Config, f: Fmt, intro: AuthorText) {
  // The author's notes to themselves (<!-- … -->, like bab4's hint in the starter file) stay out.
  const introText = (intro?.text ?? '').replace(/<!--[\s\S]*?-->/g, '').trim();
  const hasIntro = introText !== '';

  const questions: { label: string; unit: string; options: string[]; multiple: boolean; fill: boolean }[] = [];
  const inCharacteristics = new Set(config.characteristics.map((c) => c.column));
  if (config.stratum && !inCharacteristics.has(config.stratum) && results.sample) {
    questions.push({ label: titleCase(config.stratum), unit: '', options: results.sample.allocation.map((a) => a.stratum), multiple: false, fill: false });
  }
  for (const c of config.characteristics) {
    const r = results.characteristics.find((x) => x.column === c.column);
    const [label, labelUnit] = splitUnit(c.label);
    // Money in Rupiah (format: rupiah) is asked as "Rp ………".
    const unit = c.unit ?? (labelUnit || (c.format === 'rupiah' ? 'Rp' : ''));
    const multiple = !!c.multiple;
    if (c.options) {
      questions.push({ label, unit, options: c.options, multiple, fill: false });
      continue;
    }
    const seen = (r?.categories ?? []).map((k) => k.label);
    const numeric = !!c.bins || (r?.kind === 'categorical' && seen.length > 0 && seen.every(isNumber));
    if (numeric || (!c.order && seen.length > MAX_OPTIONS)) {
      questions.push({ label, unit, options: [], multiple, fill: true });
      continue;
    }
    // Every option of `order` was offered, chosen or not.
    const ordered = c.order ?? [];
    const rest = seen.filter((s) => !ordered.includes(s)).sort(byName);
    questions.push({ label, unit, options: [...ordered, ...rest], multiple, fill: false });
  }
  for (const v of config.variables) {
    if (!v.column) continue;
    const [label, unit] = splitUnit(v.label);
    questions.push({ label, unit, options: [], multiple: false, fill: true });
  }

  const { labels } = config.scale;
  const legend = labels.map((label) => ({ short: f.text(abbreviate(label)), label: f.text(label) }));
  const likert = config.variables.filter((v) => v.items.length > 0);
  return {
    hasIntro,
    /** The author's Markdown, inserted as written (like the pembahasan files), comments removed. */
    intro: introText,
    identity: questions.map((q, i) => ({
      no: i + 1,
      label: f.text(q.label),
      unit: f.text(q.unit),
      /** A currency (Rp, IDR, $) stands before the blank, any other unit after it. */
      currency: /^(Rp|IDR|USD|\$)\.?$/i.test(q.unit),
      fill: q.fill,
      multiple: q.multiple,
      // An option never breaks inside ("☐ Danau Sipin" stays on one line).
      options: q.options.map((o) => f.text(o).replace(/ /g, '\u00a0')),
    })),
    anyIdentity: questions.length > 0,
    legend,
    variables: likert.map((v, i) => ({
      no: i + 1,
      id: f.text(v.id),
      label: f.text(v.label),
      items: v.items.map((it, j) => ({ no: j + 1, statement: f.text(it.statement ?? itemCode(it.column)) })),
    })),
    anyLikert: likert.length > 0,
  };
}
