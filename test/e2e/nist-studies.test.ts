/**
 * NIST StRD through the whole pipeline: a study whose variables are single numeric columns
 * (as a user would configure a numeric dependent and numeric predictors). Every coefficient and
 * standard error must have at least 7 correct significant digits (LRE ≥ 7) — Filip, a degree-10
 * polynomial with condition number ≈ 1e15, included — or the build must refuse.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { lre } from '../helpers/close.js';
import { FIXTURES } from '../helpers/study.js';

interface Certified {
  coefficients: { term: string; b: number; se: number }[];
}

/** Writes a study: data.csv with y, x1…xk, and a config regressing y on them. */
function study(name: string, rows: number[][], k: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `bab4-nist-${name}-`));
  const header = ['y', ...Array.from({ length: k }, (_, j) => `x${j + 1}`)];
  writeFileSync(path.join(dir, 'data.csv'), [header.join(','), ...rows.map((r) => r.map((v) => String(v)).join(','))].join('\n') + '\n');
  const vars = header.map((h) => `  ${h.toUpperCase()}: { label: ${h}, column: ${h} }`).join('\n');
  writeFileSync(
    path.join(dir, 'bab4.config.yaml'),
    `title: NIST ${name}\ndata: data.csv\nvariables:\n${vars}\nmodel:\n  dependent: Y\n  independents: [${header.slice(1).map((h) => h.toUpperCase()).join(', ')}]\n`,
  );
  return path.join(dir, 'bab4.config.yaml');
}

function readCsv(file: string): number[][] {
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
}

describe('NIST StRD through bab4 build', () => {
  it('Filip (degree 10, y on x … x¹⁰): ≥ 7 correct digits in every b and se', async () => {
    const certified = JSON.parse(readFileSync(path.join(FIXTURES, 'nist/filip.certified.json'), 'utf8')) as Certified;
    const rows = readCsv(path.join(FIXTURES, 'nist/filip.csv')).map(([y, x]) => [y, ...Array.from({ length: 10 }, (_, j) => x ** (j + 1))]);
    const { results } = await build(study('filip', rows, 10), { outDir: null, word: false });
    const coefficients = results.regression!.coefficients;
    certified.coefficients.forEach((c, j) => {
      expect(lre(coefficients[j].b, c.b), `b ${c.term}`).toBeGreaterThanOrEqual(7);
      expect(lre(coefficients[j].se, c.se), `se ${c.term}`).toBeGreaterThanOrEqual(7);
    });
  });

  it('Longley (6 predictors): ≥ 9 correct digits', async () => {
    const certified = JSON.parse(readFileSync(path.join(FIXTURES, 'nist/nist-longley.certified.json'), 'utf8')) as Certified;
    const rows = readCsv(path.join(FIXTURES, 'nist/nist-longley.csv'));
    const { results } = await build(study('longley', rows, 6), { outDir: null, word: false });
    certified.coefficients.forEach((c, j) => {
      expect(lre(results.regression!.coefficients[j].b, c.b), `b ${c.term}`).toBeGreaterThanOrEqual(9);
      expect(lre(results.regression!.coefficients[j].se, c.se), `se ${c.term}`).toBeGreaterThanOrEqual(9);
    });
  });
});
