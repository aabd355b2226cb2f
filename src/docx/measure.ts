/**
 * Estimated text widths in Times New Roman, for column widths of Word tables (Word and LibreOffice
 * lay a fixed-width table out as told; too narrow a column splits "Pertumbuhan" over two lines).
 * Advance widths in thousandths of an em, from the metrics of Times New Roman (as Tinos and
 * Liberation Serif share them); other characters count as 0,5 em.
 */
const WIDTHS: Record<string, number> = {};
const set = (chars: string, w: number) => {
  for (const c of chars) WIDTHS[c] = w;
};
set('il.,:;\'|!', 278);
set('jtf', 300);
set(' ', 250);
set('rI()[]-/', 333);
set('sJ', 389);
set('acez?', 444);
set('bdghknopquvxy0123456789*$', 500);
set('FPS', 556);
set('ELTZ', 611);
set('BCR', 667);
set('ADGHKNOQUVXYw', 722);
set('m%', 778);
set('M', 889);
set('W', 944);
set('–', 500);
set('—', 1000);
set('×÷±≤≥<>=+−', 564);
set('²³ᵢᵧ₀₁₂₃₄₅₆₇₈₉', 400);

/** Characters as wide in bold as in regular (Times New Roman Bold's figures are 0,5 em too). */
const SAME_IN_BOLD = new Set('0123456789.,− ');

/** Width of a text in twips at the given size (pt); bold letters ≈ 12% wider, bold figures not. */
export function textTwips(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const c of text) em += (WIDTHS[c] ?? 500) * (bold && !SAME_IN_BOLD.has(c) ? 1.12 : 1);
  return (em / 1000) * sizePt * 20;
}

/** The parts Word may break a cell's text at: lines at line breaks, words at spaces and after hyphens. */
const SPACE = /\s/;

/**
 * A cell's text measured in one pass, as textTwips would measure its pieces: its widest line and its
 * longest word ("Rata-/rata": a word ends after a hyphen), in twips — the same sums in the same order.
 */
export function cellTwips(text: string, sizePt: number, bold = false): { widest: number; longest: number } {
  const twips = (em: number) => (em / 1000) * sizePt * 20;
  let line = 0;
  let word = 0;
  let widest = -Infinity;
  let longest = 0;
  for (const c of text) {
    if (c === '\n') {
      widest = Math.max(widest, twips(line));
      longest = Math.max(longest, twips(word));
      line = 0;
      word = 0;
      continue;
    }
    const w = (WIDTHS[c] ?? 500) * (bold && !SAME_IN_BOLD.has(c) ? 1.12 : 1);
    line += w;
    if (SPACE.test(c)) {
      longest = Math.max(longest, twips(word));
      word = 0;
      continue;
    }
    word += w;
    if (c === '-') {
      longest = Math.max(longest, twips(word));
      word = 0;
    }
  }
  return { widest: Math.max(widest, twips(line)), longest: Math.max(longest, twips(word)) };
}
