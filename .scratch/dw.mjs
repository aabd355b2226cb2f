import { build } from '/work/main/dist/pipeline.js';
import { parse } from 'csv-parse/sync';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
const stub = async () => '<svg></svg>';
const dir = mkdtempSync('/tmp/bab4-x-');
cpSync('/work/main/bab4.config.yaml', dir + '/bab4.config.yaml');
cpSync('/work/main/data', dir + '/data', { recursive: true });
const b = await build(dir + '/bab4.config.yaml', { outDir: null, render: stub });
const e = b.analysis.plots.residuals.observedPredicted.map((p) => p.observed - p.predicted);
const d = (ord) => { let num = 0, den = 0; ord.forEach((i, t) => { den += e[i] ** 2; if (t) num += (e[i] - e[ord[t - 1]]) ** 2; }); return num / den; };
const dw = b.results.assumptions.autocorrelation.durbinWatson;
console.log('dL', dw.dL, 'dU', dw.dU, 'd', dw.d, d(e.map((_, i) => i)));
function lcg(seed) { let s = seed >>> 0; return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32); }
for (let seed = 1; seed <= 200; seed++) {
  const r = lcg(seed); const idx = e.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [idx[i], idx[j]] = [idx[j], idx[i]]; }
  const v = d(idx);
  const z = v < dw.dL ? 'pos' : v > 4 - dw.dL ? 'neg' : v > dw.dU && v < 4 - dw.dU ? 'none' : v <= dw.dU ? 'inc-low' : 'inc-high';
  if (z !== 'none') console.log(seed, v.toFixed(3), z);
}
