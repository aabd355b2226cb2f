/**
 * Schema-valid raw config → Config: defaults per language, absolute paths, and the rules that
 * span several keys (an item listed twice, a model naming an unknown variable, …).
 */
import path from 'node:path';
import { InputError, type Problem } from '../errors.js';
import { fileKind } from '../load/files.js';
import { msg, type Lang } from '../messages/catalog.js';
import type { RawConfig } from './schema.js';
import type { Band, Config, ItemSpec, VariableSpec } from './types.js';

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
    problems.push({ file: shown, line: ctx.lineOf(keyPath), column: keyPath.join('.'), message });
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
  if (dupIndep) fail(['model', 'independents'], msg(lang, 'configInvalid', { key: 'model.independents', detail: `"${dupIndep}" is listed twice` }));

  // Characteristics
  raw.characteristics.forEach((c, i) => {
    if (c.bins && c.bins.some((b, j) => j > 0 && !(b > c.bins![j - 1]))) fail(['characteristics', i, 'bins'], msg(lang, 'configBins'));
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
      }
    : undefined;
  const templates = raw.templates ? path.resolve(baseDir, raw.templates) : undefined;
  if (raw.templates && templates) {
    const kind = fileKind(templates);
    if (kind === 'missing') fail(['templates'], msg(lang, 'configFileMissing', { path: raw.templates }));
    else if (kind !== 'folder') fail(['templates'], msg(lang, 'configTemplatesNotFolder', { path: raw.templates }));
  }

  if (problems.length) throw new InputError(problems);

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
  };
}
