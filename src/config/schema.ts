/**
 * The shape of bab4.config.yaml (contract §2) as a zod schema. Strict: an unknown key is refused.
 * Cross-field rules (items listed twice, model naming unknown variables, …) are in normalize.ts.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import type { MessageKey } from '../messages/catalog.js';

// A config is parsed once per build: zod's compiled fast path (generated with new Function, which no
// code cache keeps) costs more to make than it saves — 3–5 ms of every start.
z.config({ jitless: true });

/** A message of the schema: the key of its text in both languages (src/messages/catalog.ts), translated by config/load.ts. */
const rule = (key: MessageKey): string => key;

/** Where a page number stands: a corner or the middle of the top or bottom margin. */
export const PAGE_NUMBER_PLACES = ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'] as const;

const nonEmpty = z.string().trim().min(1, rule('ruleNonEmpty'));
const probability = z.number().gt(0, rule('ruleProbability')).lt(1, rule('ruleProbability'));

const items = z.union([
  z.array(nonEmpty).min(1, rule('ruleAtLeastOneItem')),
  z.record(z.string(), z.union([z.string(), z.null()])).refine((m) => Object.keys(m).length > 0, rule('ruleAtLeastOneItem')),
]);

export const variableSchema = z
  .object({
    label: nonEmpty,
    items: items.optional(),
    column: nonEmpty.optional(),
    reverse: z.array(nonEmpty).optional(),
    score: z.enum(['sum', 'mean']).optional(),
  })
  .strict()
  .refine((v) => (v.items === undefined) !== (v.column === undefined), {
    message: rule('ruleItemsOrColumn'),
  });

export const characteristicSchema = z
  .object({
    column: nonEmpty,
    label: nonEmpty,
    bins: z.array(z.number()).min(1).optional(),
    multiple: z.string().min(1).optional(),
    order: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
    unit: z.string().optional(),
    options: z.array(z.union([nonEmpty, z.number()]).transform(String)).min(1, rule('ruleAtLeastOneOption')).optional(),
    /** Group of the characteristic in 4.2 (sosial, ekonomi, or any label). */
    group: nonEmpty.optional(),
    /** Money classes: "< Rp1.000.000", "Rp1.000.000–Rp2.999.999", "≥ Rp10.000.000" (needs bins). */
    format: z.enum(['rupiah']).optional(),
  })
  .strict();

const hypothesisSchema = z
  .object({
    direction: z.enum(['positive', 'negative', 'two-sided']).optional(),
    text: nonEmpty.optional(),
  })
  .strict();

const checkSchema = z.union([
  nonEmpty,
  z.object({ rule: nonEmpty, severity: z.enum(['warning', 'error']).default('warning') }).strict(),
]);

const dataSchema = z.union([nonEmpty, z.object({ file: nonEmpty, sheet: z.union([nonEmpty, z.number().int().min(1)]).optional() }).strict()]);

export const configSchema = z
  .object({
    title: nonEmpty,
    language: z.enum(['id', 'en']).default('id'),
    alpha: probability.default(0.05),
    data: dataSchema,
    scale: z
      .object({
        min: z.number().int(),
        max: z.number().int(),
        labels: z.array(nonEmpty).optional(),
      })
      .strict()
      .refine((s) => s.max > s.min, { message: rule('ruleScaleOrder') })
      .refine((s) => !(s.max - s.min >= LIMITS.scalePoints), {
        message: rule('ruleScalePoints'),
        params: { limit: LIMITS.scalePoints },
        path: ['max'],
      })
      .refine((s) => !s.labels || s.labels.length === s.max - s.min + 1, {
        message: rule('ruleScaleLabels'),
        path: ['labels'],
      })
      .default({ min: 1, max: 5 }),
    population: z
      .object({
        file: nonEmpty,
        stratum: nonEmpty,
        count: nonEmpty,
        previous: nonEmpty.optional(),
        margin: probability,
        statedTotals: z.record(z.string(), z.number()).optional(),
        unit: nonEmpty.optional(),
        area: nonEmpty.optional(),
        /** The population table's own source (e.g. the agency and year), under its table and figure. */
        source: nonEmpty.optional(),
      })
      .strict()
      .optional(),
    stratum: nonEmpty.optional(),
    characteristics: z.array(characteristicSchema).default([]),
    variables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, rule('ruleName')), variableSchema),
    model: z
      .object({
        dependent: nonEmpty,
        independents: z.array(nonEmpty).min(1, rule('ruleAtLeastOneIndependent')),
      })
      .strict(),
    score: z.enum(['sum', 'mean']).default('sum'),
    validity: z.enum(['pearson', 'corrected']).default('pearson'),
    reliabilityThreshold: probability.default(0.6),
    normality: z.enum(['lilliefors', 'kolmogorov-smirnov', 'shapiro-wilk']).default('lilliefors'),
    heteroscedasticity: z.enum(['glejser', 'breusch-pagan', 'white']).default('glejser'),
    missing: z.enum(['error', 'listwise']).default('error'),
    templates: nonEmpty.optional(),
    categories: z
      .object({
        mean: z.array(nonEmpty).min(2, rule('ruleCategories')).optional(),
        tcr: z.array(z.object({ min: z.number(), label: nonEmpty }).strict()).min(1).optional(),
      })
      .strict()
      .optional(),
    source: z.object({ text: nonEmpty.optional(), year: z.number().int().optional() }).strict().optional(),
    pembahasan: z.record(z.string(), nonEmpty).optional(),
    simulated: z.boolean().default(false),
    columns: z.record(z.string(), nonEmpty).optional(),
    lists: z.enum(['separate', 'chapter']).default('separate'),
    pageStart: z.number().int().min(1, rule('rulePageStart')).default(1),
    pageNumbers: z
      .object({ first: z.enum(PAGE_NUMBER_PLACES).optional(), others: z.enum(PAGE_NUMBER_PLACES).optional() })
      .strict()
      .optional(),
    docx: z.object({ reference: nonEmpty.optional() }).strict().optional(),
    pdf: z.boolean().default(false),
    italic: z.array(nonEmpty).optional(),
    decimals: z
      .object({
        statistic: z.number().int().min(1, rule('ruleDecimalsFrom1')).max(6, rule('ruleDecimalsFrom1')).optional(),
        mean: z.number().int().min(0, rule('ruleDecimalsFrom0')).max(6, rule('ruleDecimalsFrom0')).optional(),
        percent: z.number().int().min(0, rule('ruleDecimalsFrom0')).max(6, rule('ruleDecimalsFrom0')).optional(),
      })
      .strict()
      .optional(),
    questionnaire: z.object({ intro: nonEmpty.optional() }).strict().optional(),
    charts: z.object({ characteristics: z.boolean().optional(), items: z.boolean().optional() }).strict().optional(),
    hypotheses: z.record(z.string().regex(/^H[1-9][0-9]*$/, rule('ruleHypothesisId')), hypothesisSchema).optional(),
    tails: z.enum(['auto', 'two']).default('auto'),
    borderline: z.number().min(0, rule('ruleBorderline')).lt(1, rule('ruleBorderline')).default(0.2),
    robust: z.enum(['auto', 'always', 'never']).default('auto'),
    bootstrap: z
      .object({
        replicates: z.number().int().min(200, rule('ruleReplicates')).max(1_000_000, rule('ruleReplicates')).optional(),
        seed: z.number().int().min(0, rule('ruleSeed')).max(Number.MAX_SAFE_INTEGER).optional(),
      })
      .strict()
      .optional(),
    determination: z.enum(['adjusted', 'r2']).default('adjusted'),
    checks: z.array(checkSchema).default([]),
  })
  .strict();

export type RawConfig = z.infer<typeof configSchema>;
