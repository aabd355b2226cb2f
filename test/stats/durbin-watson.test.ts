/**
 * durbinWatson / pan / durbinWatsonEigenvalues against R `lmtest::dwtest` (0.9-40).
 * Reference values: test/fixtures/r/normality-autocorrelation.R → .json (regressions with 1–4
 * predictors, n = 6 … 2000, independent / positively / negatively autocorrelated errors).
 *
 * Tolerances (stated per check):
 *  - d: rtol 1e-12 (same formula, sums in extra precision as R's long double).
 *  - exact p (Pan, n < 100) from our own eigenvalues: rtol 1e-6. Pan's 15-term series is
 *    ill-conditioned — a 1-ulp change of d or ~1e-14 in the eigenvalues moves p by up to ~1e-8
 *    (survey-a: R's own p changes by 6e-9 between eigen(MA) and eigen(MAM)) — so 1e-9 is not
 *    attainable by anything but R's exact LAPACK call; observed worst ≈ 2e-8.
 *  - the pan() port alone, fed lmtest's own eigenvalues and d: rtol 1e-10 (observed ≤ 3e-13).
 *  - durbinWatsonStatistic: rtol 1e-15 (R sums in long double, we use compensated sums).
 *  - normal-approximation p (n ≥ 100 or exact = FALSE): rtol 1e-9.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Matrix, QrDecomposition } from 'ml-matrix';
import { expectClose } from '../helpers/close.js';
import { ols } from '../../src/stats/ols.js';
import {
  durbinWatson,
  durbinWatsonEigenvalues,
  durbinWatsonStatistic,
  pan,
  type DurbinWatsonAlternative,
} from '../../src/stats/durbin-watson.js';

interface DwCase {
  name: string;
  n: number;
  k: number;
  rho: number;
  exact: boolean;
  alternative: DurbinWatsonAlternative;
  X: number[][];
  residuals: number[];
  d: number;
  p: number;
  eigenvalues?: number[];
  panLower?: number;
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/r/normality-autocorrelation.json', import.meta.url), 'utf8')) as {
  durbinWatson: DwCase[];
  surveyA: {
    n: number;
    X: number[][];
    residuals: number[];
    durbinWatson: { d: number; p: number; eigenvalues: number[]; panLower: number };
  };
};
const expected = JSON.parse(readFileSync(new URL('../fixtures/survey-a.expected.json', import.meta.url), 'utf8')) as {
  assumptions: { autocorrelation: { durbinWatson: { d: number; p: number } } };
};

const freeze = (c: DwCase) => ({
  e: Object.freeze([...c.residuals]),
  X: Object.freeze(c.X.map((col) => Object.freeze([...col]))),
});

describe('durbinWatson against R lmtest::dwtest', () => {
  it('the fixture spans exact and approximate p from < 1e-6 to > 0.99, 1–4 predictors', () => {
    const exact = fx.durbinWatson.filter((c) => c.exact);
    expect(exact.some((c) => c.p < 1e-6)).toBe(true);
    expect(exact.some((c) => c.p > 0.99)).toBe(true);
    expect(fx.durbinWatson.some((c) => !c.exact && c.p < 1e-6)).toBe(true);
    expect(new Set(fx.durbinWatson.map((c) => c.k))).toEqual(new Set([1, 2, 3, 4]));
  });
  for (const c of fx.durbinWatson) {
    const label = `${c.name} (n = ${c.n}, k = ${c.k}, ${c.exact ? 'exact' : 'normal'}, ${c.alternative})`;
    it(label, () => {
      const { e, X } = freeze(c);
      const r = durbinWatson(e, X, { exact: c.exact, alternative: c.alternative });
      expect(r.reason).toBeUndefined();
      expect(r.method).toBe(c.exact ? 'exact' : 'normal');
      expect(r.k).toBe(c.k + 1);
      expectClose(r.d, c.d, `${c.name} d`, 1e-12);
      expectClose(r.p, c.p, `${c.name} p`, c.exact ? 1e-6 : 1e-9, 1e-300);
    });
  }
  it('the normal approximation from the fit\'s (XᵀX)⁻¹ (unscaledCov, no n × k matrix) agrees with R too', () => {
    const cases = fx.durbinWatson.filter((c) => !c.exact);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const { e, X } = freeze(c);
      const fit = ols(new Float64Array(c.n), X as unknown as Float64Array[]);
      const r = durbinWatson(e, X, { exact: false, alternative: c.alternative, unscaledCov: fit.unscaledCov });
      expect(r.method).toBe('normal');
      expectClose(r.p, c.p, `${c.name} p (unscaledCov)`, 1e-9, 1e-300);
    }
  });
  it('default options follow lmtest: exact below n = 100, normal from n = 100, alternative "greater"', () => {
    for (const c of fx.durbinWatson.filter((x) => x.alternative === 'greater')) {
      const r = durbinWatson(c.residuals, c.X);
      expect(r.method).toBe(c.n < 100 ? 'exact' : 'normal');
      expect(r.alternative).toBe('greater');
      if (c.exact === c.n < 100) expectClose(r.p, c.p, `${c.name} p (defaults)`, c.exact ? 1e-6 : 1e-9, 1e-300);
    }
  });
  it('survey-a (n = 89, X1, X2, X3): fixture and survey-a.expected.json', () => {
    const s = fx.surveyA;
    const r = durbinWatson(Float64Array.from(s.residuals), s.X.map((col) => Float64Array.from(col)));
    expect(r).toMatchObject({ n: 89, k: 4, method: 'exact', alternative: 'greater' });
    expectClose(r.d, s.durbinWatson.d, 'survey-a d', 1e-12);
    expectClose(r.p, s.durbinWatson.p, 'survey-a p', 1e-6);
    const e = expected.assumptions.autocorrelation.durbinWatson;
    expectClose(r.d, e.d, 'survey-a d vs expected.json', 1e-12);
    expectClose(r.p, e.p, 'survey-a p vs expected.json', 1e-6);
  });
});

describe('pan(): the port of lmtest src/pan.f, fed lmtest’s own eigenvalues', () => {
  const withEv = [
    ...fx.durbinWatson.filter((c) => c.eigenvalues !== undefined),
    { name: 'survey-a', residuals: fx.surveyA.residuals, ...fx.surveyA.durbinWatson },
  ];
  for (const c of withEv) {
    it(c.name, () => {
      // d agrees with R's to an ulp or two (R sums in long double, here compensated sums) …
      expectClose(durbinWatsonStatistic(c.residuals), c.d, `${c.name} d`, 1e-15);
      // … but Pan's series amplifies one ulp of d to ~1e-8, so the port is checked at R's own d.
      expectClose(pan(c.eigenvalues!, c.d), c.panLower!, `${c.name} pan`, 1e-10, 1e-300);
    });
  }
  // Farebrother (1984) table, x = 0, c ≠ 0 (R: .Fortran("pan", c(0, a), m, c, 15L, x = 0, PACKAGE = "lmtest"))
  const table: [number[], number, number][] = [
    [[1, 3, 6], 1, 0.05421386289392049],
    [[1, 3, 6], 7, 0.4935617665308286],
    [[1, 3, 6], 20, 0.8760409258376737],
    [[1, 3, 5, 7, 9], 5, 0.05436673163295803],
    [[1, 3, 5, 7, 9], 50, 0.9068751359533908],
    [[3, 4, 5, 6, 7], 20, 0.4602948619235598],
  ];
  for (const [a, cc, p] of table)
    it(`Farebrother 1984: a = ${a.join(',')}, c = ${cc}`, () => expectClose(pan(a, 0, cc), p, `pan(${a}; c = ${cc})`, 1e-12));
});

describe('durbinWatsonEigenvalues: the non-zero spectrum of M·A', () => {
  it('agrees with lmtest’s eigen(MA) to 1e-12 absolute', () => {
    for (const c of fx.durbinWatson.filter((x) => x.eigenvalues !== undefined)) {
      const X = new Matrix(c.n, c.k + 1);
      for (let i = 0; i < c.n; i++) {
        X.set(i, 0, 1);
        for (let j = 0; j < c.k; j++) X.set(i, j + 1, c.X[j][i]);
      }
      const ev = durbinWatsonEigenvalues(new QrDecomposition(X).orthogonalMatrix);
      expect(ev.length, c.name).toBe(c.eigenvalues!.length);
      ev.forEach((v, i) => expectClose(v, c.eigenvalues![i], `${c.name} λ${i + 1}`, 0, 1e-12));
    }
  });
});

describe('degenerate input: NaN and a reason, no throw', () => {
  const x = [1, 2, 3, 4, 5, 6, 7, 8];
  it('zero residuals', () => {
    const r = durbinWatson(new Float64Array(8), [x]);
    expect(r.d).toBeNaN();
    expect(r.p).toBeNaN();
    expect(r.reason).toBe('zero-variance');
  });
  it('too few observations', () => {
    expect(durbinWatson([1], [[1]]).reason).toBe('n-out-of-range');
    const r = durbinWatson([1, -1, 1], [[1, 2, 3], [3, 1, 2]]); // n = k
    expect(r.reason).toBe('n-out-of-range');
    expectClose(r.d, 8 / 3, 'd is still reported', 1e-15);
  });
  it('mismatched lengths, non-finite values', () => {
    expect(durbinWatson([1, -1, 2, -2], [[1, 2, 3]]).reason).toBe('length-mismatch');
    expect(durbinWatson([1, -1, NaN, -2], [[1, 2, 3, 4]]).reason).toBe('non-finite');
    expect(durbinWatson([1, -1, 2, -2], [[1, 2, Infinity, 4]]).reason).toBe('non-finite');
  });
  it('collinear design', () => {
    const e = [0.5, -1, 0.3, 0.2, -0.4, 0.9, -0.1, -0.4];
    const r = durbinWatson(e, [x, x.map((v) => 2 * v + 1)]);
    expect(r.p).toBeNaN();
    expect(r.reason).toBe('singular-design');
  });
});
