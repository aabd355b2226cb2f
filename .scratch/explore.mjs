import { build } from '/work/main/dist/pipeline.js';
import { parse } from 'csv-parse/sync';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const stub = async () => '<svg></svg>';
function study() {
  const dir = mkdtempSync('/tmp/bab4-x-');
  cpSync('/work/main/bab4.config.yaml', dir + '/bab4.config.yaml');
  cpSync('/work/main/data', dir + '/data', { recursive: true });
  return dir;
}
const q = (v) => '"' + String(v).replace(/"/g, '""') + '"';
function rw(dir, fn) {
  const p = dir + '/data/responden.csv';
  const rows = parse(readFileSync(p, 'utf8'), { columns: true });
  const out = fn(rows);
  const cols = Object.keys(out[0]);
  writeFileSync(p, [cols.map(q).join(','), ...out.map((r) => cols.map((c) => q(r[c])).join(','))].join('\n') + '\n');
}
function lcg(seed) { let s = seed >>> 0; return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32); }
// adjR2 negative: permute Y items
for (let seed = 1; seed <= 8; seed++) {
  const dir = study();
  rw(dir, (rows) => {
    const r = lcg(seed); const idx = rows.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [idx[i], idx[j]] = [idx[j], idx[i]]; }
    const ys = idx.map((i) => ['Y_1','Y_2','Y_3','Y_4','Y_5'].map((c) => rows[i][c]));
    return rows.map((row, i) => { const o = { ...row }; ['Y_1','Y_2','Y_3','Y_4','Y_5'].forEach((c, j) => (o[c] = ys[i][j])); return o; });
  });
  const b = await build(dir + '/bab4.config.yaml', { outDir: null, render: stub });
  const res = b.results; const n = res.assumptions.normality;
  console.log('seed', seed, 'adjR2', res.regression.adjR2.toFixed(3), 'F p', res.regression.anova.p.toFixed(3), 'norm', n.lilliefors.p?.toFixed(3), n.kolmogorovSmirnov.p?.toFixed(3), n.shapiroWilk.p?.toFixed(3), 'dw', res.assumptions.autocorrelation.durbinWatson.decision, 'het', res.assumptions.heteroscedasticity.passed, 'lin', res.assumptions.linearity.passed, 'hyp', res.hypotheses.map(h=>h.accepted?1:0).join(''));
}
