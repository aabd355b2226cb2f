/**
 * The shape of bab4.config.yaml (contract §2) as a zod schema. Strict: an unknown key is refused.
 * Cross-field rules (items listed twice, model naming unknown variables, …) are in normalize.ts.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';

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
  })
  .strict();

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
  })
  .strict();

export type RawConfig = z.infer<typeof configSchema>;
