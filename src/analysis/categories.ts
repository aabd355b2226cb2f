/**
 * Categories of a mean on the Likert scale and of a TCR.
 *
 * Mean: equal class intervals of width (max − min) / K over the scale, upper bounds inclusive — on
 * a 1–5 scale with five categories: 1,00–1,80 sangat rendah; 1,81–2,60 rendah; 2,61–3,40 sedang;
 * 3,41–4,20 tinggi; 4,21–5,00 sangat tinggi, applied to the mean rounded to two decimals as
 * printed (the limits are written that way). TCR (mean ÷ max × 100): bands with inclusive lower
 * bounds (85–100 sangat baik, 66–84 baik, 51–65 cukup, 36–50 kurang baik, < 36 tidak baik).
 */
import type { Band } from '../config/types.js';

export function meanCategory(mean: number, min: number, max: number, labels: readonly string[]): string | null {
  if (!Number.isFinite(mean)) return null;
  const width = (max - min) / labels.length;
  // The class limits are written with two decimals (1,80 | 1,81), so the category is that of the
  // mean as printed with two decimals: 3,4045 is shown as 3,40 and is "sedang", not "tinggi".
  const shown = Math.round(mean * 100) / 100;
  const idx = Math.ceil((shown - min) / width - 1e-9) - 1;
  return labels[Math.min(labels.length - 1, Math.max(0, idx))];
}

/** The upper bound of each class, for the chapter's explanation (1,80; 2,60; …). */
export function meanClassBounds(min: number, max: number, k: number): { lower: number; upper: number }[] {
  const width = (max - min) / k;
  return Array.from({ length: k }, (_, i) => ({ lower: min + i * width, upper: min + (i + 1) * width }));
}

export function tcrCategory(tcr: number, bands: readonly Band[]): string | null {
  if (!Number.isFinite(tcr)) return null;
  for (const b of bands) if (tcr >= b.min) return b.label;
  return bands[bands.length - 1]?.label ?? null;
}
