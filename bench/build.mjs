#!/usr/bin/env node
/**
 * npm run bench — how fast bab4 is, as a user feels it, on the compiled dist/ (`npm run build:ts`
 * first). Everything runs through the CLI in a new process; nothing here is asserted.
 *
 *   1. cold build of the default study: `bab4 build`, no chart cache, every output including the
 *      Word files — the median of --runs runs; when Rscript with rmarkdown is available, paired with
 *      the R Markdown render of ../shared/bench/rmarkdown/render.R (bab4 and R take turns going
 *      first) and the ratio bab4 / R; where the shell sets NODE_EXTRA_CA_CERTS (which Node 20 loads
 *      at every start), also without it, as on a machine that does not set it;
 *   2. live preview: a `bab4 watch` process; the time from writing an edited file to the watch's
 *      "bab4: preview →" line (the preview — Markdown, HTML, charts — written and swapped in; the
 *      debounce included), and to its "bab4: … files →" line (the Word files too), after a
 *      pembahasan edit, a template edit and a data edit (n = 89), --runs each;
 *   3. full builds of synthetic data (the default study's columns, 20 items; bench/synthetic.mjs,
 *      generated once into the OS temp folder) at n = 10⁵ and 10⁶ (10⁷ with --huge, a few minutes
 *      and 1.4 GB of data): wall time, peak RSS of the child and the cost per respondent — medians
 *      of up to 3 runs up to 10⁶, one run beyond.
 *
 * Options: --runs N (default 5) · --only cold,watch,scale · --no-r · --huge · --scale 1e5,1e6,…
 *          --r-dir DIR (default ../shared/bench/rmarkdown, or $BAB4_RMD_DIR)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensure } from './synthetic.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The command as installed: package.json's bin (the bundle).
const CLI = path.join(ROOT, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.bab4);
const RSS = pathToFileURL(path.join(ROOT, 'bench/rss.mjs')).href;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', '5')) || 5);
const ONLY = new Set(option('--only', 'cold,watch,scale').split(','));
const SCALE = option('--scale', flag('--huge') ? '1e5,1e6,1e7' : '1e5,1e6').split(',').map(Number).filter((n) => n > 0);
const R_DIR = path.resolve(option('--r-dir', process.env.BAB4_RMD_DIR ?? path.join(ROOT, '../shared/bench/rmarkdown')));

if (!existsSync(CLI)) {
  console.error('bench: dist/ is missing — run `npm run build:ts` first');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const int = (x) => Math.round(x).toLocaleString('en').replace(/,/g, ' ');
const ms = (x) => `${int(x)} ms`;
const spread = (xs) => `${ms(median(xs))}  (${int(Math.min(...xs))}–${int(Math.max(...xs))}, ${xs.length} runs)`;
const line = (what, value) => console.log(`  ${what.padEnd(44)} ${value}`);
const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** Runs a command to its end; resolves with the wall time, rejects with its stderr when it fails. */
function run(cmd, argv, options = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const t = performance.now() - t0;
      if (code === 0) resolve(t);
      else reject(new Error(`${path.basename(cmd)} ${argv.slice(-4).join(' ')} failed (${signal ?? code}): ${err.trim()}`));
    });
  });
}

/** A copy of the default study in a fresh temporary folder (its config, data, questionnaire, pembahasan). */
function study(tag) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bab4-bench-${tag}-`));
  for (const f of ['bab4.config.yaml', 'data', 'kuesioner', 'pembahasan']) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  return dir;
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

function rAvailable() {
  if (!existsSync(path.join(R_DIR, 'render.R'))) return `no ${path.relative(process.cwd(), path.join(R_DIR, 'render.R'))}`;
  const r = spawnSync('Rscript', ['-e', 'quit(status = if (requireNamespace("rmarkdown", quietly = TRUE) && rmarkdown::pandoc_available()) 0 else 3)'], { encoding: 'utf8' });
  if (r.error) return 'Rscript not found';
  if (r.status !== 0) return 'rmarkdown or pandoc not installed';
  return null;
}

// ---------------------------------------------------------------------------------------------

console.log(`bab4 bench — ${machine()}\n`);

// 1. Cold build, paired with R Markdown.
if (ONLY.has('cold')) {
  const dir = study('cold');
  const config = path.join(dir, 'bab4.config.yaml');
  const out = path.join(dir, 'output');
  const noR = flag('--no-r') ? '--no-r' : rAvailable();
  console.log(`Cold build of the default study (n = 89): \`bab4 build\` in a new process, no chart cache, every output incl. Word${noR ? '' : ', paired with R Markdown'}`);
  // Node 20 reads and parses every certificate of the file NODE_EXTRA_CA_CERTS names at each start,
  // before any of bab4's code runs (bab4 opens no network connection). Where the shell sets it (this
  // project's build machines do, for their npm proxy), the cold build is measured both as the shell
  // runs it and without the variable — as on a machine that does not set it.
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  const withoutCa = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));
  const cold = async (env = process.env) => {
    rmSync(path.join(dir, '.bab4-cache'), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    return run(process.execPath, [CLI, 'build', '--config', config, '--out', out], { env });
  };
  await cold(); // warms the file-system cache (module files), not measured
  const bab4 = [];
  const bare = [];
  const r = [];
  const who = ['bab4', ...(extraCa ? ['bare'] : []), ...(noR ? [] : ['R'])];
  for (let i = 0; i < RUNS; i++) {
    // Rotate which goes first, so that none always runs on a warmer machine.
    for (let j = 0; j < who.length; j++) {
      const w = who[(i + j) % who.length];
      if (w === 'bab4') bab4.push(await cold());
      else if (w === 'bare') bare.push(await cold(withoutCa));
      else r.push(await run('Rscript', ['render.R'], { cwd: R_DIR }));
    }
  }
  const ratio = (xs) => {
    const ratios = xs.map((t, i) => t / r[i]);
    return `${median(ratios).toFixed(2)}  (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
  };
  line('bab4 build', spread(bab4));
  if (extraCa) line('bab4 build without NODE_EXTRA_CA_CERTS', spread(bare));
  if (noR) line('R Markdown (render.R)', `not measured: ${noR}`);
  else {
    line('R Markdown (render.R)', spread(r));
    line('ratio bab4 / R (median of the pairs)', ratio(bab4));
    if (extraCa) line('  … without NODE_EXTRA_CA_CERTS', ratio(bare));
  }
  if (extraCa) {
    const certs = (() => {
      try {
        return `its ${readFileSync(extraCa, 'utf8').split('BEGIN CERTIFICATE').length - 1} certificates`;
      } catch {
        return 'the certificates';
      }
    })();
    console.log(`  (this shell sets NODE_EXTRA_CA_CERTS=${extraCa}: Node ${process.version} reads and parses`);
    console.log(`   ${certs} at every start, before bab4's code runs. bab4 opens no network connection; a machine`);
    console.log(`   without the variable starts it as the second line measures: ${ms(median(bab4) - median(bare))} less.)`);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log();
}

// 2. Live preview through `bab4 watch`.
if (ONLY.has('watch')) {
  const dir = study('watch');
  const config = path.join(dir, 'bab4.config.yaml');
  // One user template, to edit: the chapter's section 4.1.
  const template = path.join(dir, 'templates/id/s4-1-gambaran-umum.md.hbs');
  mkdirSync(path.dirname(template), { recursive: true });
  cpSync(path.join(ROOT, 'templates/id/s4-1-gambaran-umum.md.hbs'), template);
  writeFileSync(config, readFileSync(config, 'utf8') + 'templates: templates\n');
  const pembahasan = path.join(dir, 'pembahasan/H1.md');
  const data = path.join(dir, 'data/responden.csv');
  const originals = { template: readFileSync(template, 'utf8'), pembahasan: readFileSync(pembahasan, 'utf8'), data: readFileSync(data, 'utf8') };

  console.log('Live preview: a `bab4 watch` process, from writing the file to the preview written (debounce included), and to every output');
  const child = spawn(process.execPath, [CLI, 'watch', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let pending;
  let buffer = '';
  let errors = '';
  child.stderr.on('data', (d) => (errors = (errors + d).slice(-4000)));
  child.stdout.on('data', (d) => {
    buffer += d;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (/^bab4: (pratinjau|preview) → /.test(text) && pending) pending.preview ??= performance.now();
      if (/^bab4: \d+ files → /.test(text) && pending) {
        const p = pending;
        pending = undefined;
        p.resolve({ t: performance.now(), preview: p.preview ?? performance.now(), text });
      }
    }
  });
  const built = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`watch: no build within 60 s; stderr: ${errors.trim()}`)), 60_000);
      pending = { resolve: (v) => (clearTimeout(timer), resolve(v)) };
    });
  try {
    await built(); // the first build
    await sleep(500); // the watcher is ready after its first build
    const samples = { pembahasan: [], template: [], data: [] };
    const complete = { pembahasan: [], template: [], data: [] };
    const edits = {
      pembahasan: (i) => writeFileSync(pembahasan, `${originals.pembahasan}\n\nCatatan bench ${i}.\n`),
      template: (i) => writeFileSync(template, `${originals.template}\nCatatan templat ${i}.\n`),
      // One answer of respondent 5 changed (n stays 89): every statistic is recomputed.
      data: (i) => {
        const rows = originals.data.split('\n');
        const cells = rows[5].split(',');
        const at = cells.length - 5; // Y_1
        cells[at] = String(i % 2 === 0 ? (Number(cells[at]) % 5) + 1 : cells[at]);
        rows[5] = cells.join(',');
        writeFileSync(data, rows.join('\n'));
      },
    };
    for (let i = 0; i < RUNS; i++) {
      for (const kind of ['pembahasan', 'template', 'data']) {
        const done = built();
        const t0 = performance.now();
        edits[kind](i);
        const { t, preview } = await done;
        samples[kind].push(preview - t0);
        complete[kind].push(t - t0);
        await sleep(300);
      }
    }
    const bab4md = readFileSync(path.join(dir, 'output/bab4.md'), 'utf8');
    if (!bab4md.includes(`Catatan bench ${RUNS - 1}.`) || !bab4md.includes(`Catatan templat ${RUNS - 1}.`)) throw new Error('watch: the last edits are not in output/bab4.md');
    line('pembahasan edit: preview', spread(samples.pembahasan));
    line('template edit: preview', spread(samples.template));
    line('data edit (n = 89): preview', spread(samples.data));
    line('  … and the Word files: pembahasan edit', spread(complete.pembahasan));
    line('  … template edit', spread(complete.template));
    line('  … data edit', spread(complete.data));
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log();
}

// 3. Full builds at scale.
if (ONLY.has('scale') && SCALE.length) {
  console.log('Full builds of synthetic data (the default study\'s columns, 20 items): `bab4 build` in a new process, every output');
  // "per respondent": time / n; "marginal": the extra time per extra respondent since the previous n —
  // constant when the cost is linear in n (the fixed cost of a build is in the first, not the second).
  console.log(`  ${'n'.padStart(12)}  ${'time'.padStart(9)}  ${'peak RSS'.padStart(9)}  ${'per respondent'.padStart(14)}  ${'marginal'.padStart(10)}  data`);
  let prev;
  const sample = path.join(ROOT, 'data/responden.csv');
  for (const n of SCALE) {
    const file = path.join(os.tmpdir(), `bab4-bench-synthetic-v1-${n}.csv`);
    const t0 = performance.now();
    if (await ensure(file, n, sample)) console.log(`  (generated ${path.basename(file)} in ${(performance.now() - t0) / 1000 | 0} s)`);
    const dir = study(`n${n}`);
    const config = path.join(dir, 'bab4.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('data: data/responden.csv', `data: ${JSON.stringify(file)}`));
    const rssFile = path.join(dir, 'rss.txt');
    try {
      // The median of up to 3 runs (time and peak memory each) up to 10⁶ respondents; one beyond.
      const times = [];
      const peaks = [];
      for (let r = 0; r < (n <= 1e6 ? Math.min(RUNS, 3) : 1); r++) {
        rmSync(path.join(dir, 'output'), { recursive: true, force: true });
        rmSync(path.join(dir, '.bab4-cache'), { recursive: true, force: true });
        times.push(await run(process.execPath, ['--import', RSS, CLI, 'build', '--config', config], { env: { ...process.env, BAB4_BENCH_RSS: rssFile } }));
        peaks.push(Number(readFileSync(rssFile, 'utf8')) * 1024);
      }
      const t = median(times);
      const rss = median(peaks);
      const size = statSync(file).size;
      const marginal = prev && n > prev.n ? `${(((t - prev.t) * 1000) / (n - prev.n)).toFixed(2).padStart(7)} µs` : ''.padStart(10);
      console.log(`  ${int(n).padStart(12)}  ${(t / 1000).toFixed(1).padStart(7)} s  ${int(rss / 1e6).padStart(6)} MB  ${((t * 1000) / n).toFixed(2).padStart(11)} µs  ${marginal}  ${int(size / 1e6)} MB CSV`);
      prev = { n, t };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!flag('--huge') && option('--scale', '') === '') console.log('  (n = 10 000 000: --huge, a few minutes and 1.4 GB of data in the temp folder)');
}
