/**
 * A small seeded pseudo-random number generator, so that every resampling bab4 does (the
 * bootstrap of the regression coefficients) gives the same numbers on every run, machine and
 * Node version. `Math.random` is never used: it cannot be seeded.
 *
 * Definition. xoshiro128** (Blackman & Vigna 2021): a state of four 32-bit words s₀…s₃;
 * each step outputs rotl(s₁·5, 7)·9 (mod 2³²) and advances the state by the xor/shift/rotate
 * linear transformation of the reference C code. Period 2¹²⁸ − 1; passes BigCrush.
 *
 * Seeding: the 64-bit SplitMix64 generator (Steele, Lea & Flood 2014), started at the seed,
 * gives two outputs whose low and high halves are s₀, s₁, s₂, s₃ — the seeding the authors
 * recommend, which never yields the all-zero state for practical seeds and spreads nearby seeds
 * (1, 2, 3 …) over unrelated states.
 *
 * Variant and why: 32-bit words need only `Math.imul`, shifts and `>>> 0` — exact integer
 * arithmetic in JavaScript without BigInt in the hot loop (BigInt only for the four seeding
 * words). Integers in [0, n) come from rejection sampling (draws ≥ the largest multiple of n
 * below 2³² are discarded), so every index is exactly equally likely — `x % n` alone would
 * favour small indices.
 *
 * R equivalent: none (R's default generator is the Mersenne Twister, `set.seed`); a bab4
 * bootstrap therefore agrees with `boot::boot` in distribution, not replicate by replicate.
 *
 * @example
 * const g = xoshiro128ss(20240612)
 * g.next()   // 2729034042   (reference C code: splitmix64 seeding, then next())
 * g.next()   // 403334566
 * g.int(89)  // an index 0 … 88
 *
 * References: D. Blackman & S. Vigna (2021), "Scrambled linear pseudorandom number generators",
 * ACM Trans. Math. Softw. 47(4), 36, https://prng.di.unimi.it/xoshiro128starstar.c;
 * G. L. Steele, D. Lea & C. H. Flood (2014), "Fast splittable pseudorandom number generators",
 * OOPSLA '14 (SplitMix64).
 */

/** A seeded generator. */
export interface Prng {
  /** The next 32-bit output, an integer 0 … 2³² − 1. */
  next(): number;
  /** A uniform number in [0, 1) with 32 random bits. */
  uniform(): number;
  /** A uniform integer 0 … n − 1 (1 ≤ n ≤ 2³²), unbiased. */
  int(n: number): number;
}

const MASK64 = (1n << 64n) - 1n;

/** SplitMix64 from `seed`: the next `count` outputs (BigInt, 64-bit). */
function splitMix64(seed: bigint, count: number): bigint[] {
  let x = seed & MASK64;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    out.push(z ^ (z >> 31n));
  }
  return out;
}

/**
 * The four state words xoshiro128** starts from: SplitMix64's first two outputs from `seed` (a
 * whole number 0 … 2⁵³ − 1), or the words given (not all zero). Each 0 … 2³² − 1.
 */
export function xoshiroState(seed: number | [number, number, number, number]): [number, number, number, number] {
  let words: number[];
  if (Array.isArray(seed)) {
    words = seed.map((w) => w >>> 0);
  } else {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a whole number 0 … 2^53 − 1, got ${seed}`);
    const [a, b] = splitMix64(BigInt(seed), 2);
    words = [Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n)];
  }
  if ((words[0] | words[1] | words[2] | words[3]) === 0) throw new RangeError('the state of xoshiro128** must not be all zero');
  return words as [number, number, number, number];
}

/**
 * xoshiro128** seeded by SplitMix64. `seed`: a whole number 0 … 2⁵³ − 1, or the four state words
 * directly (not all zero) — the latter for the reference test vectors.
 */
export function xoshiro128ss(seed: number | [number, number, number, number]): Prng {
  let [s0, s1, s2, s3] = xoshiroState(seed);
  const next = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  // int's bound for the n it was last called with (a bootstrap asks for the same n ~10⁵ times).
  let lastN = -1;
  let limit = 0;
  return {
    next,
    uniform: () => next() / 4294967296,
    int(n: number): number {
      if (n !== lastN) {
        if (!(Number.isInteger(n) && n >= 1 && n <= 4294967296)) throw new RangeError(`int(n) needs a whole n from 1 to 2^32, got ${n}`);
        // Accept x below the largest multiple of n that fits in 32 bits: x % n is then uniform.
        limit = 4294967296 - (4294967296 % n);
        lastN = n;
      }
      let x = next();
      while (x >= limit) x = next();
      return x % n;
    },
  };
}
