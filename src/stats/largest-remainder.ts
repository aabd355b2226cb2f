/**
 * Proportional allocation of n over strata by the largest-remainder (Hamilton) method:
 * every stratum gets ⌊Nᵢ/N·n⌋, and the units still missing go one each to the strata with the
 * largest fractional remainders (ties to the earlier stratum, like R's stable `order`). The
 * allocations add up to n exactly.
 *
 * @example largestRemainder([36, 42, 131], 20)  // quotas 3.44, 4.02, 12.54 → [3, 4, 13]
 */
export function largestRemainder(sizes: readonly number[], n: number): { quota: number[]; sample: number[] } {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return { quota: sizes.map(() => NaN), sample: sizes.map(() => 0) };
  const quota = sizes.map((s) => (s / total) * n);
  const sample = quota.map((q) => Math.floor(q + 1e-9));
  let left = n - sample.reduce((a, b) => a + b, 0);
  const order = quota.map((q, i) => ({ r: q - sample[i], i })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let j = 0; left > 0 && j < order.length; j++, left--) sample[order[j].i]++;
  return { quota, sample };
}
