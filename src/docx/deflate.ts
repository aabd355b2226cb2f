/**
 * DEFLATE exactly as fflate's `deflateSync(data, { level })` writes it (fflate 0.8, levels 1–9),
 * byte for byte — the .docx parts were compressed by fflate, and keep its bytes — with the match
 * search, where the time goes, in WebAssembly (deflate-kernel.wat): ≈ 100 ms of a cold build as
 * fflate's JavaScript, which V8 runs mostly unoptimized in a process that deflates once.
 *
 * The blocks are written by fflate's own code below (`wblk` and its helpers, from
 * node_modules/fflate/esm/index.mjs, MIT licence, © 2020 Arjun Barrett): code-length trees, the
 * choice between stored, fixed and dynamic blocks, and the bits. The kernel calls `block` where
 * fflate's loop calls `wblk`. test/docx/deflate.test.ts compares the output with fflate's on the
 * Word parts of three studies and on seeded random data.
 */
import { DEFLATE_KERNEL_WASM } from './deflate-kernel.generated.js';
import { ensureMemory, instantiate, type WasmMemory } from '../wasm.js';

const u8 = Uint8Array;
const u16 = Uint16Array;
const i32 = Int32Array;

// ---------------------------------------------------------------------------------------------
// fflate's tables and block writer (fflate 0.8.3, esm/index.mjs), typed, otherwise as written there.

/** Fixed length extra bits. */
const fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
/** Fixed distance extra bits. */
const fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
/** Code length index map. */
const clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

/** Base and reverse index map from extra bits. */
function freb(eb: Uint8Array, start: number): { b: Uint16Array; r: Int32Array } {
  const b = new u16(31);
  for (let i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
  const r = new i32(b[30]);
  for (let i = 1; i < 30; ++i) {
    for (let j = b[i]; j < b[i + 1]; ++j) r[j] = ((j - b[i]) << 5) | i;
  }
  return { b, r };
}
const { b: fl, r: revfl } = freb(fleb, 2);
fl[28] = 258;
revfl[258] = 28;
const { r: revfd } = freb(fdeb, 0);

/** Map of value to reverse (16 bits). */
const rev = new u16(32768);
for (let i = 0; i < 32768; ++i) {
  let x = ((i & 0xaaaa) >> 1) | ((i & 0x5555) << 1);
  x = ((x & 0xcccc) >> 2) | ((x & 0x3333) << 2);
  x = ((x & 0xf0f0) >> 4) | ((x & 0x0f0f) << 4);
  rev[i] = (((x & 0xff00) >> 8) | ((x & 0x00ff) << 8)) >> 1;
}

/** Huffman codes from code lengths `cd` (max bits mb), for writing (fflate's hMap with r = 0). */
function hMap(cd: Uint8Array, mb: number): Uint16Array {
  const s = cd.length;
  const l = new u16(mb);
  for (let i = 0; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
  const le = new u16(mb);
  for (let i = 1; i < mb; ++i) le[i] = (le[i - 1] + l[i - 1]) << 1;
  const co = new u16(s);
  for (let i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
  return co;
}

/** Fixed length tree and distance tree, and their codes. */
const flt = new u8(288);
for (let i = 0; i < 144; ++i) flt[i] = 8;
for (let i = 144; i < 256; ++i) flt[i] = 9;
for (let i = 256; i < 280; ++i) flt[i] = 7;
for (let i = 280; i < 288; ++i) flt[i] = 8;
const fdt = new u8(32);
for (let i = 0; i < 32; ++i) fdt[i] = 5;
const flm = hMap(flt, 9);
const fdm = hMap(fdt, 5);

/** The end of the byte bit p is in. */
const shft = (p: number) => ((p + 7) / 8) | 0;

/** Starting at bit p, the minimum number of bits that hold v. */
function wbits(d: Uint8Array, p: number, v: number): void {
  v <<= p & 7;
  const o = (p / 8) | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
}
/** Starting at bit p, the minimum number of bits (> 8) that hold v. */
function wbits16(d: Uint8Array, p: number, v: number): void {
  v <<= p & 7;
  const o = (p / 8) | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
}

type Node = { s: number; f: number; l?: Node; r?: Node };
const et = new u8(0);

/** Code lengths from a frequency table, at most mb bits. */
function hTree(d: Uint16Array, mb: number): { t: Uint8Array; l: number } {
  const t: Node[] = [];
  for (let i = 0; i < d.length; ++i) if (d[i]) t.push({ s: i, f: d[i] });
  const s = t.length;
  const t2 = t.slice();
  if (!s) return { t: et, l: 0 };
  if (s == 1) {
    const v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort((a, b) => a.f - b.f);
  t.push({ s: -1, f: 25001 });
  let l = t[0];
  let r = t[1];
  let i0 = 0;
  let i1 = 1;
  let i2 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i2].f ? i0++ : i2++];
    r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  let maxSym = t2[0].s;
  for (let i = 1; i < s; ++i) if (t2[i].s > maxSym) maxSym = t2[i].s;
  const tr = new u16(maxSym + 1);
  let mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    let i = 0;
    let dt = 0;
    const lft = mbt - mb;
    const cst = 1 << lft;
    t2.sort((a, b) => tr[b.s] - tr[a.s] || a.f - b.f);
    for (; i < s; ++i) {
      const i2_1 = t2[i].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << (mbt - tr[i2_1]));
        tr[i2_1] = mb;
      } else break;
    }
    dt >>= lft;
    while (dt > 0) {
      const i2_2 = t2[i].s;
      if (tr[i2_2] < mb) dt -= 1 << (mb - tr[i2_2]++ - 1);
      else ++i;
    }
    for (; i >= 0 && dt; --i) {
      const i2_3 = t2[i].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
}

/** The maximum length, and the length of each leaf's code. */
function ln(n: Node, l: Uint16Array, d: number): number {
  return n.s == -1 ? Math.max(ln(n.l!, l, d + 1), ln(n.r!, l, d + 1)) : (l[n.s] = d);
}

/** The code-length codes of a tree's code lengths (run lengths of repeats and zeros). */
function lc(c: Uint8Array): { c: Uint16Array; n: number } {
  let s = c.length;
  while (s && !c[--s]);
  const cl = new u16(++s);
  let cli = 0;
  let cln = c[0];
  let cls = 1;
  const w = (v: number) => {
    cl[cli++] = v;
  };
  for (let i = 1; i <= s; ++i) {
    if (c[i] == cln && i != s) ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138) w(32754);
        if (cls > 2) {
          w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6) w(8304);
        if (cls > 2) w(((cls - 3) << 5) | 8208), (cls = 0);
      }
      while (cls--) w(cln);
      cls = 1;
      cln = c[i];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
}

/** The length in bits of the symbols of frequencies cf with code lengths cl. */
function clen(cf: Uint16Array, cl: Uint8Array): number {
  let l = 0;
  for (let i = 0; i < cl.length; ++i) l += cf[i] * cl[i];
  return l;
}

/** Writes a stored block; returns the new bit position. */
function wfblk(out: Uint8Array, pos: number, dat: Uint8Array): number {
  const s = dat.length;
  const o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (let i = 0; i < s; ++i) out[o + i + 4] = dat[i];
  return (o + 4 + s) * 8;
}

/** Writes a block (stored, fixed or dynamic, whichever is shortest); returns the new bit position. */
function wblk(dat: Uint8Array, out: Uint8Array, final: number, syms: Int32Array, lf: Uint16Array, df: Uint16Array, eb: number, li: number, bs: number, bl: number, p: number): number {
  wbits(out, p++, final);
  ++lf[256];
  const { t: dlt, l: mlb } = hTree(lf, 15);
  const { t: ddt, l: mdb } = hTree(df, 15);
  const { c: lclt, n: nlc } = lc(dlt);
  const { c: lcdt, n: ndc } = lc(ddt);
  const lcfreq = new u16(19);
  for (let i = 0; i < lclt.length; ++i) ++lcfreq[lclt[i] & 31];
  for (let i = 0; i < lcdt.length; ++i) ++lcfreq[lcdt[i] & 31];
  const { t: lct, l: mlcb } = hTree(lcfreq, 7);
  let nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc);
  const flen = (bl + 5) << 3;
  const ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  const dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl));
  let lm: Uint16Array, ll: Uint8Array, dm: Uint16Array, dl: Uint8Array;
  wbits(out, p, 1 + Number(dtlen < ftlen)), (p += 2);
  if (dtlen < ftlen) {
    (lm = hMap(dlt, mlb)), (ll = dlt), (dm = hMap(ddt, mdb)), (dl = ddt);
    const llm = hMap(lct, mlcb);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (let i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, lct[clim[i]]);
    p += 3 * nlcc;
    for (const clct of [lclt, lcdt]) {
      for (let i = 0; i < clct.length; ++i) {
        const len = clct[i] & 31;
        wbits(out, p, llm[len]), (p += lct[len]);
        if (len > 15) wbits(out, p, (clct[i] >> 5) & 127), (p += clct[i] >> 12);
      }
    }
  } else {
    (lm = flm), (ll = flt), (dm = fdm), (dl = fdt);
  }
  for (let i = 0; i < li; ++i) {
    const sym = syms[i];
    if (sym > 255) {
      const len = (sym >> 18) & 31;
      wbits16(out, p, lm[len + 257]), (p += ll[len + 257]);
      if (len > 7) wbits(out, p, (sym >> 23) & 31), (p += fleb[len]);
      const dst = sym & 31;
      wbits16(out, p, dm[dst]), (p += dl[dst]);
      if (dst > 3) wbits16(out, p, (sym >> 5) & 8191), (p += fdeb[dst]);
    } else {
      wbits16(out, p, lm[sym]), (p += ll[sym]);
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
}

/** Deflate options per level: (nice << 13) | chain. */
const deo = new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);

// ---------------------------------------------------------------------------------------------
// The kernel: fflate's match loop (deflate-kernel.wat), its memory laid out as the .wat says.

const LF = 64;
const DF = 640;
const STATE = 704;
const REVFL = 1024;
const REVFD = 4096;
const SYMS = 204800;
const HEAD = 304800;

interface Kernel {
  memory: WasmMemory;
  lz: (s: number, plvl: number, n: number, c: number, dat: number) => void;
}

/** The data and output of the deflate in progress, for the kernel's calls to `block`. */
let current: { dat: Uint8Array; out: Uint8Array; pos: number } | undefined;
let kernel: Kernel | undefined;

function views(memory: Kernel['memory']) {
  const { buffer } = memory;
  return { syms: new i32(buffer, SYMS, 25000), lf: new u16(buffer, LF, 288), df: new u16(buffer, DF, 32) };
}

function deflateKernel(): Kernel {
  if (!kernel) {
    const block = (li: number, eb: number, bs: number, bl: number) => {
      const c = current!;
      const { syms, lf, df } = views(kernel!.memory);
      c.pos = wblk(c.dat, c.out, 0, syms, lf, df, eb, li, bs, bl, c.pos);
    };
    const exports = instantiate(DEFLATE_KERNEL_WASM, { deflate: { block } });
    kernel = { memory: exports.memory as Kernel['memory'], lz: exports.lz as Kernel['lz'] };
    const { buffer } = kernel.memory;
    new u8(buffer, 0, 32).set(fleb);
    new u8(buffer, 32, 32).set(fdeb);
    new i32(buffer, REVFL, revfl.length).set(revfl);
    new i32(buffer, REVFD, revfd.length).set(revfd);
  }
  return kernel;
}

/** `deflateSync(dat, { level })` of fflate, byte for byte (level 1–9). */
export function deflateLikeFflate(dat: Uint8Array, level: number): Uint8Array {
  if (!(Number.isInteger(level) && level >= 1 && level <= 9)) throw new RangeError(`deflate: level must be 1 … 9, got ${level}`);
  const s = dat.length;
  // dopt's memory level for a single chunk, and dflt's output buffer.
  const plvl = Math.ceil(Math.max(8, Math.min(13, Math.log(s))) * 1.5);
  const out = new u8(s + 5 * (1 + Math.ceil(s / 7000)));
  const opt = deo[level - 1];
  const k = deflateKernel();
  const at = HEAD + (2 << plvl);
  ensureMemory(k.memory, at + s);
  new u8(k.memory.buffer, at, s).set(dat);
  current = { dat, out, pos: 0 };
  try {
    k.lz(s, plvl, opt >> 13, opt & 8191, at);
    const [li, eb, bs, i] = new i32(k.memory.buffer, STATE, 4);
    const { syms, lf, df } = views(k.memory);
    const pos = wblk(dat, out, 1, syms, lf, df, eb, li, bs, i - bs, current.pos);
    return out.slice(0, shft(pos));
  } finally {
    current = undefined;
  }
}
