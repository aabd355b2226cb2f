#!/usr/bin/env node
/**
 * npm run bench — how fast bab4 is, on the compiled dist/ (run `npm run build:ts` first):
 *
 *   1. cold build of the default study: a fresh `node dist/cli/bin.js build` (no chart cache);
 *   2. the same with the chart cache of the first run (.bab4-cache/);
 *   3. warm rebuilds in `bab4 watch` (in-process): after a template edit (analysis reused, every
 *      chart cached) and after a data edit (analysis redone, unchanged charts cached);
 *   4. load + analyse of a synthetic 1,000,000-respondent CSV (the default study's rows repeated
 *      with perturbed answers; generated once into the OS temp folder), no charts.
 *
 * Prints timings only; nothing here is asserted.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
if (!existsSync(path.join(DIST, 'pipeline.js'))) {
  console.error('bench: dist/ is missing — run `npm run build:ts` first');
  process.exit(1);
}
const dist = (p) => import(pathToFileURL(path.join(DIST, p)).href);
const ms = (t0) => Math.round(performance.now() - t0);
const report = (what, value) => {
  console.log(`  ${what.padEnd(58)} ${value}`);
};

function study() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-bench-'));
  cpSync(path.join(ROOT, 'bab4.config.yaml'), path.join(dir, 'bab4.config.yaml'));
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  cpSync(path.join(ROOT, 'kuesioner'), path.join(dir, 'kuesioner'), { recursive: true });
  return dir;
}

function cli(dir) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli/bin.js'), 'build', '--config', path.join(dir, 'bab4.config.yaml')], { encoding: 'utf8' });
  const t = ms(t0);
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  return t;
}

console.log(`bab4 bench — node ${process.version}, ${process.platform}/${process.arch}\n`);

// 1–2. Cold build, then with the chart cache.
{
  const dir = study();
  report('cold build (new process, no cache), wall', `${cli(dir)} ms`);
  report('second build (new process, chart cache), wall', `${cli(dir)} ms`);
  rmSync(dir, { recursive: true, force: true });
}

// 3. Warm rebuilds in watch.
{
  const { startWatch } = await dist('watch/index.js');
  const dir = study();
  const css = readFileSync(path.join(ROOT, 'templates/style.css'), 'utf8');
  mkdirSync(path.join(dir, 'templates'));
  writeFileSync(path.join(dir, 'templates/style.css'), css);
  writeFileSync(path.join(dir, 'bab4.config.yaml'), readFileSync(path.join(dir, 'bab4.config.yaml'), 'utf8') + 'templates: templates\n');
  const w = startWatch({ config: path.join(dir, 'bab4.config.yaml'), stdout: () => {}, stderr: (s) => process.stderr.write(s) });
  const first = await w.ready;
  if (!first.ok) throw new Error(`the default study does not build: ${first.error?.message ?? first.error}`);
  report('watch: first build (in-process, modules loaded)', `${first.ms} ms`);
  const next = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no rebuild within 60 s')), 60_000);
      const off = w.onBuild((e) => {
        clearTimeout(timer);
        off();
        if (e.ok) resolve(e);
        else reject(new Error(`rebuild failed: ${e.error?.message ?? e.error}`));
      });
    });
  const samples = { template: [], data: [] };
  for (let i = 0; i < 3; i++) {
    let p = next();
    writeFileSync(path.join(dir, 'templates/style.css'), `${css}\n/* ${i} */\n`);
    let e = await p;
    samples.template.push(e);
    p = next();
    const csv = readFileSync(path.join(dir, 'data/responden.csv'), 'utf8').split('\n');
    csv.splice(2 + i, 1);
    writeFileSync(path.join(dir, 'data/responden.csv'), csv.join('\n'));
    e = await p;
    samples.data.push(e);
  }
  const fmt = (es) => `${Math.min(...es.map((e) => e.ms))}–${Math.max(...es.map((e) => e.ms))} ms`;
  const charts = (e) => `${e.result.charts.cached} cached / ${e.result.charts.rendered} rendered`;
  report(`watch: rebuild after a template edit (${charts(samples.template[0])})`, fmt(samples.template));
  report(`watch: rebuild after a data edit (${charts(samples.data[0])})`, fmt(samples.data));
  await w.close();
  rmSync(dir, { recursive: true, force: true });
}

// 4. One million respondents: load + analyse.
{
  const N = 1_000_000;
  const big = path.join(tmpdir(), 'bab4-bench-1m.csv');
  const source = readFileSync(path.join(ROOT, 'data/responden.csv'), 'utf8').trim().split('\n');
  const header = source[0];
  if (!existsSync(big) || !head(big).startsWith(header)) {
    const t0 = performance.now();
    await generate(big, header, source.slice(1), N);
    report('generate 1,000,000-respondent CSV (once)', `${ms(t0)} ms`);
  }
  report('1,000,000-respondent CSV size', `${(statSync(big).size / 1e6).toFixed(0)} MB`);
  const { loadConfig } = await dist('config/load.js');
  const { loadData, loadPopulation } = await dist('load/index.js');
  const { analyse } = await dist('analysis/index.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-bench-1m-'));
  const config = readFileSync(path.join(ROOT, 'bab4.config.yaml'), 'utf8')
    .replace('data: data/responden.csv', `data: ${JSON.stringify(big)}`)
    .replace(/file: (data\/populasi[^\s]*\.csv)/, (_m, rel) => `file: ${JSON.stringify(path.join(ROOT, rel))}`)
    .replace(/intro: (kuesioner\/[^\s}]*\.md)/, (_m, rel) => `intro: ${JSON.stringify(path.join(ROOT, rel))}`);
  writeFileSync(path.join(dir, 'bab4.config.yaml'), config);
  const cfg = loadConfig(path.join(dir, 'bab4.config.yaml'));
  const heap0 = process.memoryUsage().rss;
  let t0 = performance.now();
  const data = await loadData(cfg);
  const tLoad = ms(t0);
  const population = cfg.population ? loadPopulation(cfg, cfg.population) : undefined;
  t0 = performance.now();
  const analysis = analyse({ config: cfg, data, population, inputs: {} });
  const tAnalyse = ms(t0);
  const results = analysis.results ?? analysis;
  report(`1M: loadData (n = ${results.meta.n.toLocaleString('en')})`, `${tLoad} ms`);
  report('1M: analyse', `${tAnalyse} ms`);
  report('1M: load + analyse', `${tLoad + tAnalyse} ms`);
  report('1M: resident memory growth', `${Math.round((process.memoryUsage().rss - heap0) / 1e6)} MB`);
  rmSync(dir, { recursive: true, force: true });
}

function head(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(4096);
  const got = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  return buf.subarray(0, got).toString('utf8');
}

/** Repeats the sample's rows with perturbed Likert answers (seeded), renumbering respondents. */
async function generate(file, header, sample, n) {
  const cols = header.split(',').map((h) => h.replace(/"/g, ''));
  const items = new Set(cols.map((c, i) => (/^(X\d|Y)_\d$/.test(c) ? i : -1)).filter((i) => i >= 0));
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const parsed = sample.map((l) => {
    const out = [];
    let cur = '';
    let q = false;
    for (const ch of l) {
      if (ch === '"') q = !q;
      if (ch === ',' && !q) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  });
  const tmp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write(header + '\n');
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const row = parsed[i % parsed.length].slice();
    row[0] = String(i + 1);
    for (const j of items) {
      const r = rand();
      if (r < 0.15) row[j] = String(Math.max(1, Number(row[j]) - 1));
      else if (r > 0.85) row[j] = String(Math.min(5, Number(row[j]) + 1));
    }
    chunk += row.join(',') + '\n';
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((r) => out.end(r));
  renameSync(tmp, file);
}
