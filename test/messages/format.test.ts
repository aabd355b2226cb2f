import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLikeIntl, formatNumber } from '../../src/messages/format.js';
import type { Lang } from '../../src/messages/catalog.js';

/** What formatLikeIntl stands in for: ICU's formatting. */
const intl = (x: number, lang: Lang, digits?: number) =>
  new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', digits === undefined ? { maximumFractionDigits: 6, useGrouping: true } : { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true }).format(x);

const langs: Lang[] = ['id', 'en'];
const allDigits = [undefined, 0, 1, 2, 3, 4, 6];

describe('formatLikeIntl', () => {
  it('writes what Intl.NumberFormat writes for numbers that round half-way, carry or sit at the edges', () => {
    const xs = [
      0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 1.015, 2.675, 0.0005, -0.0005, 0.00049999, 9.9995, 9.9996, 0.9996, 99.95, 999.5,
      999999.5, 1234, 12345.678, -1234567.891, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 5e-7, 4.9e-7, 1e-9, 5e-324, 2 ** 53, 2 ** 53 + 2, 1e21, 1.5e21,
      123456789012345680000, 1.7976931348623157e308, 0.0001234, 0.494, 49.4, 0.04545, 3.14159265, -0.000001, 1e15 + 0.3,
    ];
    for (const lang of langs) for (const d of allDigits) for (const x of xs) expect([x, d, formatLikeIntl(x, lang, d)]).toEqual([x, d, intl(x, lang, d)]);
  });

  it('agrees with Intl.NumberFormat on generated numbers (seeded)', () => {
    // Any double; decimals near a rounding edge (k / 10^j, k + 0.5 units of the last digit, a hair either side).
    const nearEdge = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 7 }), fc.constantFrom(0, 0.5, 0.4999999, 0.5000001)).map(([k, j, h]) => (k + h) / 10 ** j);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), nearEdge, fc.integer().map((k) => k / 1000)), fc.constantFrom(...langs), fc.constantFrom(...allDigits), (x, lang, d) => {
        expect(formatLikeIntl(x, lang, d)).toBe(intl(x, lang, d));
      }),
      { seed: 20261129, numRuns: 20_000 },
    );
  });
});

describe('formatNumber', () => {
  it('writes the minus sign and never a negative zero', () => {
    expect(formatNumber(-1234.5, 'id', 2)).toBe('\u22121.234,50');
    expect(formatNumber(-1234.5, 'en', 2)).toBe('\u22121,234.50');
    expect(formatNumber(-0.0001, 'id', 3)).toBe('0,000');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(1.005, 'id', 2)).toBe('1,01');
    expect(formatNumber(Number.NaN, 'id')).toBe('–');
  });
});
