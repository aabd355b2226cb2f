/**
 * Options in Indonesian order, numbers by value: Intl.Collator('id', { numeric: true, sensitivity:
 * 'base' }) — but a collator takes ICU 6–7 ms to make, and the options a build sorts are mostly plain
 * names ("Shopee", "TikTok Shop"). Strings of ASCII letters, digits, spaces and hyphens are compared
 * here as ICU's root collation compares them at that strength: space before hyphen before numbers
 * before letters, letters without case, a run of digits by its value (leading zeros ignored). Anything
 * else goes to the collator, made on first use. test/report/view/by-name.test.ts compares the two.
 */
let collator: Intl.Collator | undefined;

const PLAIN = /^[A-Za-z0-9 -]*$/;
/** Ranks of the kinds of unit: a space, a hyphen, a number, a letter. */
const SPACE = 0;
const HYPHEN = 1;
const NUMBER = 2;
const LETTER = 3;

/** Compares plain strings unit by unit (a run of digits is one unit); the sign of the collator's compare. */
function comparePlain(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ka = kind(a.charCodeAt(i));
    const kb = kind(b.charCodeAt(j));
    if (ka !== kb) return ka < kb ? -1 : 1;
    if (ka === NUMBER) {
      const ea = digitsEnd(a, i);
      const eb = digitsEnd(b, j);
      const c = compareNumbers(a.slice(i, ea), b.slice(j, eb));
      if (c !== 0) return c;
      i = ea;
      j = eb;
      continue;
    }
    if (ka === LETTER) {
      const ca = a.charCodeAt(i) | 32;
      const cb = b.charCodeAt(j) | 32;
      if (ca !== cb) return ca < cb ? -1 : 1;
    }
    i++;
    j++;
  }
  return i < a.length ? 1 : j < b.length ? -1 : 0;
}

function kind(c: number): number {
  if (c === 32) return SPACE;
  if (c === 45) return HYPHEN;
  if (c >= 48 && c <= 57) return NUMBER;
  return LETTER;
}

function digitsEnd(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

/** Two runs of digits by value, however long. */
function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function byName(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return comparePlain(a, b);
  return (collator ??= new Intl.Collator('id', { numeric: true, sensitivity: 'base' })).compare(a, b);
}
