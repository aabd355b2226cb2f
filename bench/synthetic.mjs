/**
 * Synthetic respondents for the scale points of `npm run bench`: the default study's columns
 * (data/responden.csv), n rows, deterministic (seeded), streamed to a file so that 10⁷ rows
 * (≈ 1.4 GB) never exist in memory.
 *
 * - characteristics (kecamatan, jenis_kelamin, usia, …, platform, pendapatan, modal): each drawn
 *   independently from the default study's own answers (so every category, bin and rule of the
 *   config applies, and the plausibility rule `lama_usaha <= usia - 15` is sometimes violated);
 * - the 20 Likert items from a latent model: X1, X2, X3 standard normal (correlated 0.3 through a
 *   common factor), Y = 0.35·X1 + 0.25·X2 + 0.2·X3 + noise; each item rounds 3 + 0.9·latent + 0.8·noise
 *   onto 1…5 — valid and reliable items and a regression with a real signal at any n.
 *
 * The rows of a smaller n are the first rows of a larger one (same seed, same stream).
 */
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

/** mulberry32: a small, fast 32-bit generator; same seed → same rows on every machine. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The default study's rows as fields (its quoting: every text field quoted). */
function parseSample(csvText) {
  const lines = csvText.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const split = (l) => {
    const out = [];
    let cur = '';
    let q = false;
    for (const ch of l) {
      if (ch === '"') {
        q = !q;
        cur += ch;
      } else if (ch === ',' && !q) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  };
  return { header: lines[0], names: split(lines[0]).map((h) => h.replace(/"/g, '')), rows: lines.slice(1).map(split) };
}

/**
 * Writes `n` synthetic respondents to `file` (via a temporary file and a rename, so an interrupted
 * run never leaves a short file behind). `sampleCsv`: the default study's data/responden.csv.
 */
export async function generate(file, n, sampleCsv, seed = 20240612) {
  const { header, names, rows } = parseSample(readFileSync(sampleCsv, 'utf8'));
  const itemRe = /^(X1|X2|X3|Y)_(\d)$/;
  const latentOf = names.map((c) => ['X1', 'X2', 'X3', 'Y'].indexOf(itemRe.exec(c)?.[1] ?? ''));
  const rand = mulberry32(seed);
  let spare = NaN;
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    let u = 0;
    while (u === 0) u = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    const t = 2 * Math.PI * rand();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
  const tmp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp, { highWaterMark: 1 << 22 });
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  const latent = new Float64Array(4);
  try {
    await write(header + '\n');
    let chunk = '';
    for (let i = 0; i < n; i++) {
      const common = normal();
      latent[0] = 0.55 * common + 0.84 * normal();
      latent[1] = 0.55 * common + 0.84 * normal();
      latent[2] = 0.55 * common + 0.84 * normal();
      latent[3] = 0.35 * latent[0] + 0.25 * latent[1] + 0.2 * latent[2] + 0.75 * normal();
      let line = String(i + 1);
      for (let j = 1; j < names.length; j++) {
        const l = latentOf[j];
        if (l >= 0) {
          const v = Math.round(3 + 0.9 * latent[l] + 0.8 * normal());
          line += ',' + (v < 1 ? 1 : v > 5 ? 5 : v);
        } else line += ',' + rows[Math.floor(rand() * rows.length)][j];
      }
      chunk += line + '\n';
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
    await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
    renameSync(tmp, file);
  } catch (e) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** `file` when it exists, else generated first; returns whether it was generated. */
export async function ensure(file, n, sampleCsv) {
  if (existsSync(file)) return false;
  await generate(file, n, sampleCsv);
  return true;
}
