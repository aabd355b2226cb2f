import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName } from '../../../src/report/view/by-name.js';

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
const sign = (x: number) => Math.sign(x);

describe('byName', () => {
  it('orders options as the Indonesian collator does: names, numbers by value, case ignored', () => {
    const names = ['TikTok Shop', 'Shopee', 'shopee', 'Tokopedia', 'Lazada', 'Instagram', 'WhatsApp', 'Facebook', '10 tahun', '2 tahun', '002', 'Laki-laki', 'Lakilaki', 'Laki laki', 'a b', 'ab', 'a-b', '', 'Rp 1.500.000', 'Ölmez', 'Éclair', 'S1', 'S2', 'SMA/SMK', 'D3', 'x_y'];
    expect([...names].sort(byName)).toEqual([...names].sort((a, b) => collator.compare(a, b)));
    for (const a of names) for (const b of names) expect([a, b, sign(byName(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
  });

  it('agrees with Intl.Collator on generated strings of letters, digits, spaces and hyphens (seeded)', () => {
    const plain = fc.array(fc.constantFrom('a', 'A', 'b', 'Z', 'z', 'm', '0', '1', '9', '00', '10', ' ', '-', 'ab', 'Shop'), { maxLength: 8 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(sign(byName(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { seed: 20261129, numRuns: 20_000 },
    );
  });

  it('leaves any other character to the collator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
        expect(sign(byName(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { seed: 20261129, numRuns: 5_000 },
    );
  });
});
