/**
 * Schema-valid raw config → Config: defaults per language, absolute paths, and the rules that
 * span several keys (an item listed twice, a model naming an unknown variable, …).
 */
import path from 'node:path';
import { InputError, type Problem } from '../errors.js';
import { fileKind } from '../load/files.js';
import { msg, type Lang } from '../messages/catalog.js';
import type { RawConfig } from './schema.js';
import { DEFAULT_ITALIC_ID } from '../messages/foreign-terms.js';
import type { Band, CheckSpec, Config, HypothesisSpec, ItemSpec, VariableSpec } from './types.js';
import { parseRule, RuleSyntaxError } from './rule.js';

/** Bootstrap replicates and seed when the config names none. */
export const DEFAULT_BOOTSTRAP = { replicates: 5000, seed: 20240612 };

export const DEFAULT_MEAN_CATEGORIES: Record<Lang, string[]> = {
  id: ['sangat rendah', 'rendah', 'sedang', 'tinggi', 'sangat tinggi'],
  en: ['very low', 'low', 'moderate', 'high', 'very high'],
};

export const DEFAULT_TCR_BANDS: Record<Lang, Band[]> = {
  id: [
    { min: 85, label: 'sangat baik' },
    { min: 66, label: 'baik' },
    { min: 51, label: 'cukup' },
    { min: 36, label: 'kurang baik' },
    { min: 0, label: 'tidak baik' },
  ],
  en: [
    { min: 85, label: 'very good' },
    { min: 66, label: 'good' },
    { min: 51, label: 'fair' },
    { min: 36, label: 'poor' },
    { min: 0, label: 'very poor' },
  ],
};

const DEFAULT_SCALE_LABELS: Record<Lang, string[]> = {
  id: ['Sangat Tidak Setuju', 'Tidak Setuju', 'Netral', 'Setuju', 'Sangat Setuju'],
  en: ['Strongly Disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly Agree'],
};

const DEFAULT_SOURCE: Record<Lang, string> = {
  id: 'Sumber: data primer diolah',
  en: 'Source: primary data, processed',
};

interface Ctx {
  abs: string;
  shown: string;
  lang: Lang;
  lineOf: (keyPath: (string | number)[]) => number | undefined;
}

export function normalize(raw: RawConfig, ctx: Ctx): Config {
  const { lang, shown } = ctx;
  const baseDir = path.dirname(ctx.abs);
  const problems: Problem[] = [];
  const fail = (keyPath: (string | number)[], message: string) =>
    problems.push({ file: shown, line: ctx.lineOf(keyPath), key: keyPath.join('.'), message });
  const resolveFile = (rel: string, keyPath: (string | number)[]) => {
    const abs = path.resolve(baseDir, rel);
    const kind = fileKind(abs);
    if (kind === 'missing') fail(keyPath, msg(lang, 'configFileMissing', { path: rel }));
    else if (kind === 'folder') fail(keyPath, msg(lang, 'configFileIsFolder', { path: rel }));
    else if (kind === 'other') fail(keyPath, msg(lang, 'configFileNotRegular', { path: rel }));
    return abs;
  };

  // Scale
  const { min, max } = raw.scale;
  const nPoints = max - min + 1;
  let labels = raw.scale.labels;
  if (!labels) {
    labels = nPoints === 5 ? DEFAULT_SCALE_LABELS[lang] : Array.from({ length: nPoints }, (_, i) => String(min + i));
  }

  // Variables and items
  const seen = new Map<string, string>();
  const variables: VariableSpec[] = [];
  for (const [id, v] of Object.entries(raw.variables)) {
    const items: ItemSpec[] = [];
    if (Array.isArray(v.items)) items.push(...v.items.map((column) => ({ column })));
    else if (v.items) {
      for (const [column, statement] of Object.entries(v.items)) {
        items.push(statement ? { column, statement: statement.trim() } : { column });
      }
    }
    for (const [i, item] of items.entries()) {
      const where = `variables.${id}.items`;
      const first = seen.get(item.column);
      if (first) fail(['variables', id, 'items', Array.isArray(v.items) ? i : item.column], msg(lang, 'configDuplicateItem', { item: item.column, first, second: where }));
      else seen.set(item.column, where);
    }
    const reverse = v.reverse ?? [];
    for (const [i, r] of reverse.entries()) {
      if (!items.some((it) => it.column === r)) fail(['variables', id, 'reverse', i], msg(lang, 'configReverseNotItem', { item: r, variable: id }));
    }
    variables.push({ id, label: v.label, items, column: v.column, reverse, score: v.score ?? raw.score });
  }

  // Model
  const known = variables.map((v) => v.id);
  const checkVar = (name: string, keyPath: (string | number)[]) => {
    if (!known.includes(name)) fail(keyPath, msg(lang, 'configUnknownVariable', { name, known: known.join(', ') }));
  };
  checkVar(raw.model.dependent, ['model', 'dependent']);
  raw.model.independents.forEach((name, i) => {
    checkVar(name, ['model', 'independents', i]);
    if (name === raw.model.dependent) fail(['model', 'independents', i], msg(lang, 'configDependentIsIndependent', { name }));
  });
  const dupIndep = raw.model.independents.find((n, i, a) => a.indexOf(n) !== i);
  if (dupIndep) fail(['model', 'independents'], msg(lang, 'configListedTwice', { name: dupIndep }));

  // Characteristics
  raw.characteristics.forEach((c, i) => {
    const first = raw.characteristics.findIndex((d) => d.column === c.column);
    if (first !== i) fail(['characteristics', i, 'column'], msg(lang, 'configDuplicateCharacteristic', { column: c.column, first: first + 1 }));
    if (c.bins && c.bins.some((b, j) => j > 0 && !(b > c.bins![j - 1]))) fail(['characteristics', i, 'bins'], msg(lang, 'configBins'));
    c.options?.forEach((o, j) => {
      if (c.options!.indexOf(o) !== j) fail(['characteristics', i, 'options', j], msg(lang, 'configDuplicateOption', { option: o }));
    });
    if (c.format === 'rupiah' && !c.bins) fail(['characteristics', i, 'format'], msg(lang, 'configRupiahBins'));
  });

  // Hypotheses: H1…Hk follow the independents, H(k+1) is the F test (no direction).
  const nIndep = raw.model.independents.length;
  for (const [id, h] of Object.entries(raw.hypotheses ?? {})) {
    const no = Number(id.slice(1));
    if (no > nIndep + 1) fail(['hypotheses', id], msg(lang, 'configHypothesisUnknown', { id, last: `H${nIndep + 1}`, k: nIndep }));
    else if (no === nIndep + 1 && h.direction && h.direction !== 'two-sided') fail(['hypotheses', id, 'direction'], msg(lang, 'configHypothesisFDirection', { id }));
  }
  const hypotheses: HypothesisSpec[] = [...raw.model.independents, null].map((term, j) => {
    const id = `H${j + 1}`;
    const own = raw.hypotheses?.[id];
    return { id, term, direction: term === null ? 'two-sided' : (own?.direction ?? 'two-sided'), ...(own?.text ? { text: own.text.trim() } : {}) };
  });

  // Plausibility rules
  const checks: CheckSpec[] = [];
  raw.checks.forEach((c, i) => {
    const rule = typeof c === 'string' ? c : c.rule;
    const keyPath = typeof c === 'string' ? ['checks', i] : ['checks', i, 'rule'];
    try {
      checks.push({ rule: rule.trim(), parsed: parseRule(rule), severity: typeof c === 'string' ? 'warning' : c.severity, index: i, line: ctx.lineOf(keyPath) });
    } catch (e) {
      if (!(e instanceof RuleSyntaxError)) throw e;
      fail(keyPath, msg(lang, 'configRule', { rule: rule.trim(), problem: e.problem, found: e.found, at: e.position + 1 }));
    }
  });

  // Files
  const dataRaw = typeof raw.data === 'string' ? { file: raw.data } : raw.data;
  const dataFile = resolveFile(dataRaw.file, typeof raw.data === 'string' ? ['data'] : ['data', 'file']);
  const population = raw.population
    ? {
        file: resolveFile(raw.population.file, ['population', 'file']),
        stratum: raw.population.stratum,
        count: raw.population.count,
        previous: raw.population.previous,
        margin: raw.population.margin,
        statedTotals: raw.population.statedTotals ?? {},
        unit: raw.population.unit,
        area: raw.population.area ?? areaOfTitle(raw.title),
        ...(raw.population.source ? { source: raw.population.source.trim() } : {}),
      }
    : undefined;
  const intro = raw.questionnaire?.intro ? resolveFile(raw.questionnaire.intro, ['questionnaire', 'intro']) : undefined;
  const templates = raw.templates ? path.resolve(baseDir, raw.templates) : undefined;
  const reference = raw.docx?.reference ? resolveFile(raw.docx.reference, ['docx', 'reference']) : undefined;
  if (raw.templates && templates) {
    const kind = fileKind(templates);
    if (kind === 'missing') fail(['templates'], msg(lang, 'configFileMissing', { path: raw.templates }));
    else if (kind !== 'folder') fail(['templates'], msg(lang, 'configTemplatesNotFolder', { path: raw.templates }));
  }

  if (problems.length) throw new InputError(lang, problems);

  // Hypotheses H1..Hk (t tests) and Hk+1 (F test): the author's discussion files.
  const k = raw.model.independents.length;
  const pembahasan: Record<string, string> = {};
  for (let h = 1; h <= k + 1; h++) {
    const id = `H${h}`;
    pembahasan[id] = path.resolve(baseDir, raw.pembahasan?.[id] ?? path.join('pembahasan', `${id}.md`));
  }

  return {
    configPath: ctx.abs,
    baseDir,
    title: raw.title,
    language: lang,
    alpha: raw.alpha,
    data: { file: dataFile, sheet: dataRaw.sheet === undefined ? undefined : String(dataRaw.sheet) },
    scale: { min, max, labels },
    population,
    stratum: raw.stratum,
    characteristics: raw.characteristics.map((c) => ({ ...c })),
    variables,
    model: { dependent: raw.model.dependent, independents: [...raw.model.independents] },
    validity: raw.validity,
    reliabilityThreshold: raw.reliabilityThreshold,
    normality: raw.normality,
    heteroscedasticity: raw.heteroscedasticity,
    missing: raw.missing,
    templates,
    meanCategories: raw.categories?.mean ?? DEFAULT_MEAN_CATEGORIES[lang],
    tcrBands: [...(raw.categories?.tcr ?? DEFAULT_TCR_BANDS[lang])].sort((a, b) => b.min - a.min),
    source: { text: raw.source?.text ?? DEFAULT_SOURCE[lang], year: raw.source?.year },
    pembahasan,
    simulated: raw.simulated,
    columns: raw.columns ?? {},
    lists: raw.lists,
    pageStart: raw.pageStart,
    pageNumbers: { first: raw.pageNumbers?.first ?? 'bottom-center', others: raw.pageNumbers?.others ?? 'top-right' },
    docx: { reference },
    pdf: raw.pdf,
    italic: [...(lang === 'id' ? DEFAULT_ITALIC_ID : []), ...(raw.italic ?? [])],
    decimals: { statistic: raw.decimals?.statistic ?? 3, mean: raw.decimals?.mean ?? 2, percent: raw.decimals?.percent ?? 1 },
    questionnaire: { intro },
    charts: { characteristics: raw.charts?.characteristics ?? true, items: raw.charts?.items ?? true },
    hypotheses,
    hypothesesStated: raw.hypotheses !== undefined,
    tails: raw.tails,
    borderline: raw.borderline,
    robust: raw.robust,
    bootstrap: { replicates: raw.bootstrap?.replicates ?? DEFAULT_BOOTSTRAP.replicates, seed: raw.bootstrap?.seed ?? DEFAULT_BOOTSTRAP.seed },
    determination: raw.determination,
    checks,
  };
}

/**
 * The research area named at the end of an Indonesian title: "… UMKM Fashion di Kota Jambi" →
 * "Kota Jambi". Only a place with an administrative prefix (Kota, Kabupaten, Provinsi, …) counts,
 * so "… di Era Digital" gives nothing; a trailing "Tahun 2022" or "(Studi Kasus …)" is not part of it.
 */
export function areaOfTitle(title: string): string | undefined {
  const m = title.match(/\bdi\s+((?:Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Kelurahan|Desa|Nagari|Daerah Istimewa|DKI)\s+[^(),:;]+?)(?:\s+(?:Tahun|Periode|Pada)\b.*)?\s*(?:[(,:;].*)?$/u);
  // Two places ("di Kota A dan di Kabupaten B"): none is the area.
  return m && !/\sdi\s/.test(m[1]) ? m[1].trim() : undefined;
}
