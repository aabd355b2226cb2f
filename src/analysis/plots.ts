/**
 * Data for the figures that need more than results.json states (histograms, scatterplots):
 * aggregated or deterministically thinned, so a million respondents make charts of the same size
 * as a hundred. Not written to results.json.
 */
import { histogram, type Histogram } from '../stats/histogram.js';

/** At most this many points in a scatterplot; more are thinned by a fixed stride (no randomness). */
export const MAX_POINTS = 2000;

export interface PlotData {
  /** Numeric single-column variables: their histogram. */
  histograms: Record<string, Histogram & { mean: number; sd: number }>;
  [chart: string]: unknown;
}

/** Indices 0…n−1 thinned to at most `max`, evenly spread and deterministic. */
export function thin(n: number, max = MAX_POINTS): Int32Array {
  if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
  return Int32Array.from({ length: max }, (_, j) => Math.floor((j * n) / max));
}

export function numericHistogram(x: Float64Array, mean: number, sd: number): Histogram & { mean: number; sd: number } {
  return { ...histogram(x), mean, sd };
}
