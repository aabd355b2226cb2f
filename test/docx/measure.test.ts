/** Estimated text widths for Word's column widths (src/docx/measure.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellTwips, textTwips } from '../../src/docx/measure.js';

describe('textTwips', () => {
  it('measures Times New Roman advance widths at a size: figures half an em, a space a quarter', () => {
    expect(textTwips('193', 10)).toBeCloseTo(300, 9); // 3 × 0,5 em × 10 pt × 20 twips
    expect(textTwips('1 9', 12)).toBeCloseTo((500 + 250 + 500) * 0.24, 9);
    expect(textTwips('', 10)).toBe(0);
  });

  it('widens bold letters, not bold figures (Times New Roman Bold keeps 0,5 em figures)', () => {
    expect(textTwips('2,4184', 10, true)).toBeCloseTo(textTwips('2,4184', 10), 9);
    expect(textTwips('Jumlah', 10, true)).toBeCloseTo(textTwips('Jumlah', 10) * 1.12, 9);
    expect(textTwips('n = 89', 10, true)).toBeGreaterThan(textTwips('n = 89', 10));
  });
});

describe('cellTwips', () => {
  it('is textTwips of the widest line and of the longest word (split at spaces and after hyphens), to the last bit', () => {
    const piece = fc.constantFrom('a', 'W', 'Rata', '-', ' ', '  ', '\n', '\u00A0', '\t', '0,05', '≤', 'é', '😀', '\uD83D', '\uDE00', '\uFF01', '—', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')), fc.boolean(), (text, bold) => {
        const widest = Math.max(...text.split('\n').map((line) => textTwips(line, 10, bold)));
        const longest = Math.max(0, ...text.split(/\s+|(?<=-)/).map((w) => textTwips(w, 10, bold)));
        expect(cellTwips(text, 10, bold)).toEqual({ widest, longest });
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });
});
