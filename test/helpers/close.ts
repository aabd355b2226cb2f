/**
 * Tolerance comparisons that print everything on failure: inputs (label), actual, expected,
 * absolute and relative difference, tolerance.
 */
import { expect } from 'vitest';

/** Default relative tolerance for agreement with R reference values. */
export const RTOL = 1e-6;

export function relErr(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}

/**
 * |actual − expected| ≤ atol + rtol·|expected|, with a message naming the quantity.
 */
export function expectClose(actual: number, expected: number, label: string, rtol = RTOL, atol = 1e-12): void {
  const diff = Math.abs(actual - expected);
  const ok = Number.isFinite(actual) && diff <= atol + rtol * Math.abs(expected);
  if (!ok) {
    expect.fail(
      `${label}: actual ${actual}, expected ${expected}, Δ ${diff.toExponential(3)}, ` +
        `rel ${relErr(actual, expected).toExponential(3)}, tolerance rtol ${rtol} atol ${atol}`,
    );
  }
  expect(ok).toBe(true);
}

/** Log relative error (NIST StRD): the number of correct significant digits. */
export function lre(actual: number, certified: number): number {
  if (certified === 0) return actual === 0 ? 15 : -Math.log10(Math.abs(actual));
  const rel = Math.abs(actual - certified) / Math.abs(certified);
  return rel === 0 ? 15 : Math.min(15, -Math.log10(rel));
}
