/**
 * The regression as the analysis layer sees it: refusals that must reach the user as exit-1 input
 * errors naming the variables, and the perfect fit that must not crash.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy, type Study } from '../helpers/study.js';

/** Rewrites the data: fn(row) may change the cells of each data row (by header name). */
function editRows(s: Study, fn: (cell: (name: string, value?: string) => string, i: number) => void): void {
  s.edit('data/responden.csv', (t) => {
    const lines = t.trim().split('\n');
    const header = lines[0].split(',').map((h) => h.replace(/"/g, ''));
    const out = lines.slice(1).map((line, i) => {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')).slice(0, header.length);
      fn((name, value) => {
        const j = header.indexOf(name);
        if (value !== undefined) cells[j] = value;
        return cells[j];
      }, i);
      return cells.join(',');
    });
    return [lines[0], ...out].join('\n') + '\n';
  });
}

async function inputError(s: Study): Promise<InputError> {
  const e = await build(s.config, { outDir: null, word: false }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('regression refusals and degenerate fits', () => {
  it('exact collinearity is refused, naming the variables involved', async () => {
    const s = defaultStudy();
    // X3's items become a copy of X1's: the X3 score equals the X1 score.
    editRows(s, (cell) => {
      for (let j = 1; j <= 5; j++) cell(`X3_${j}`, cell(`X1_${j}`));
    });
    const e = await inputError(s);
    expect(e.problems[0].key).toBe('model.independents');
    expect(e.problems[0].message).toMatch(/X1 \(Penggunaan E-commerce\)/);
    expect(e.problems[0].message).toMatch(/X3 \(Social Media Marketing\)/);
    expect(e.problems[0].message).not.toMatch(/X2 \(/);
  });

  it('n ≤ k + 1 is refused', async () => {
    const s = defaultStudy();
    s.edit('data/responden.csv', (t) => t.trim().split('\n').slice(0, 5).join('\n') + '\n'); // 4 respondents, k = 3
    s.edit('bab4.config.yaml', (t) => t.replace(/population:\n(  .*\n)+/, '').replace('stratum: kecamatan\n', ''));
    const e = await inputError(s);
    expect(e.message).toMatch(/n = 4.*4 parameter/);
  });

  it('a perfect fit gives the exact coefficients, zero standard errors and no tests', async () => {
    const s = defaultStudy();
    // Y_1 … Y_5 = X1_1 … X1_5: the Y score equals the X1 score exactly.
    editRows(s, (cell) => {
      for (let j = 1; j <= 5; j++) cell(`Y_${j}`, cell(`X1_${j}`));
    });
    const { results, files } = await build(s.config, { outDir: null, word: false });
    const reg = results.regression!;
    expect(reg.perfectFit).toBe(true);
    const [b0, b1, b2, b3] = reg.coefficients.map((c) => c.b);
    expect(Math.abs(b0)).toBeLessThan(1e-10);
    expect(b1).toBeCloseTo(1, 12);
    expect(Math.abs(b2)).toBeLessThan(1e-12);
    expect(Math.abs(b3)).toBeLessThan(1e-12);
    expect(reg.coefficients.every((c) => c.se === 0)).toBe(true);
    expect(results.hypotheses!.every((h) => !h.applicable && !h.accepted)).toBe(true);
    expect(results.assumptions!.normality.passed).toBeNull();
    expect(results.warnings.some((w) => w.code === 'perfect-fit')).toBe(true);
    const md = files.get('bab4.md') as string;
    expect(md).not.toMatch(/NaN|undefined|\[object Object\]/);
  });
});
