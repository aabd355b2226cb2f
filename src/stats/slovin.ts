/**
 * Slovin's sample size n = N / (1 + N·e²), rounded up (the usual practice: never sample fewer).
 *
 * Rounding up is done after removing floating-point noise of relative size 1e-9, so that an
 * exact integer (N = 400, e = 0.05 → 200) is not pushed to the next integer by representation error.
 *
 * @example slovin(800, 0.1)  // { exact: 88.888…, n: 89 }
 * Reference: Slovin (1960); Sevilla et al. (1992), Research Methods, p. 182.
 */
export function slovin(population: number, margin: number): { exact: number; n: number } {
  if (!(population >= 0) || !(margin > 0 && margin < 1)) return { exact: NaN, n: NaN };
  const exact = population / (1 + population * margin * margin);
  return { exact, n: Math.ceil(exact - exact * 1e-9) };
}
