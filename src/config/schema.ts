/**
 * The shape of bab4.config.yaml (contract §2) as a zod schema. Strict: an unknown key is refused.
 * Cross-field rules (items listed twice, model naming unknown variables, …) are in normalize.ts.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';

/** Where a page number stands: a corner or the middle of the top or bottom margin. */
export const PAGE_NUMBER_PLACES = ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'] as const;

const nonEmpty = z.string().trim().min(1, 'expected a non-empty text');
const probability = z.number().gt(0, 'expected a number between 0 and 1').lt(1, 'expected a number between 0 and 1');

const items = z.union([
  z.array(nonEmpty).min(1, 'expected at least one item'),
  z.record(z.string(), z.union([z.string(), z.null()])).refine((m) => Object.keys(m).length > 0, 'expected at least one item'),
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
    message: 'expected either "items" (Likert items) or "column" (one numeric column), not both or neither',
  });

export const characteristicSchema = z
  .object({
    column: nonEmpty,
    label: nonEmpty,
    bins: z.array(z.number()).min(1).optional(),
    multiple: z.string().min(1).optional(),
    order: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
    unit: z.string().optional(),
    options: z.array(z.union([nonEmpty, z.number()]).transform(String)).min(1, 'expected at least one answer option').optional(),
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
      .refine((s) => s.max > s.min, { message: 'expected max > min' })
      .refine((s) => !(s.max - s.min >= LIMITS.scalePoints), {
        message: `expected at most ${LIMITS.scalePoints} scale points (max − min + 1), e.g. 0–100`,
        path: ['max'],
      })
      .refine((s) => !s.labels || s.labels.length === s.max - s.min + 1, {
        message: 'expected one label per scale point, from min to max',
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
    variables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected a name of letters, digits and _'), variableSchema),
    model: z
      .object({
        dependent: nonEmpty,
        independents: z.array(nonEmpty).min(1, 'expected at least one independent variable'),
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
        mean: z.array(nonEmpty).min(2, 'expected at least two category names, lowest first').optional(),
        tcr: z.array(z.object({ min: z.number(), label: nonEmpty }).strict()).min(1).optional(),
      })
      .strict()
      .optional(),
    source: z.object({ text: nonEmpty.optional(), year: z.number().int().optional() }).strict().optional(),
    pembahasan: z.record(z.string(), nonEmpty).optional(),
    simulated: z.boolean().default(false),
    columns: z.record(z.string(), nonEmpty).optional(),
    lists: z.enum(['separate', 'chapter']).default('separate'),
    pageStart: z.number().int().min(1, 'expected a page number of 1 or more').default(1),
    pageNumbers: z
      .object({ first: z.enum(PAGE_NUMBER_PLACES).optional(), others: z.enum(PAGE_NUMBER_PLACES).optional() })
      .strict()
      .optional(),
    docx: z.object({ reference: nonEmpty.optional() }).strict().optional(),
    pdf: z.boolean().default(false),
    italic: z.array(nonEmpty).optional(),
    decimals: z
      .object({
        statistic: z.number().int().min(1, 'expected 1 to 6 decimals').max(6, 'expected 1 to 6 decimals').optional(),
        mean: z.number().int().min(0, 'expected 0 to 6 decimals').max(6, 'expected 0 to 6 decimals').optional(),
        percent: z.number().int().min(0, 'expected 0 to 6 decimals').max(6, 'expected 0 to 6 decimals').optional(),
      })
      .strict()
      .optional(),
    questionnaire: z.object({ intro: nonEmpty.optional() }).strict().optional(),
    charts: z.object({ characteristics: z.boolean().optional(), items: z.boolean().optional() }).strict().optional(),
    hypotheses: z.record(z.string().regex(/^H[1-9][0-9]*$/, 'expected a hypothesis id H1, H2, …'), hypothesisSchema).optional(),
    tails: z.enum(['auto', 'two']).default('auto'),
    borderline: z.number().min(0, 'expected a share of alpha between 0 and 1').lt(1, 'expected a share of alpha between 0 and 1').default(0.2),
    robust: z.enum(['auto', 'always', 'never']).default('auto'),
    bootstrap: z
      .object({
        replicates: z.number().int().min(200, 'expected at least 200 replicates').max(1_000_000).optional(),
        seed: z.number().int().min(0, 'expected a whole number ≥ 0').max(Number.MAX_SAFE_INTEGER).optional(),
      })
      .strict()
      .optional(),
    determination: z.enum(['adjusted', 'r2']).default('adjusted'),
    checks: z.array(checkSchema).default([]),
  })
  .strict();

export type RawConfig = z.infer<typeof configSchema>;
