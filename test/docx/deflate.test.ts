/**
 * deflateLikeFflate (src/docx/deflate.ts, its match search in deflate-kernel.wat) against fflate's
 * deflateSync, byte for byte: on every part of the Word files of three studies, and on seeded random
 * data of every kind the search meets — empty and tiny inputs, random bytes (stored blocks), text
 * and XML with long repeats (dynamic blocks, matches reaching the end of the data), runs of one byte
 * (the longest matches and distances), inputs past a block's 7 000 matches or 24 576 symbols —
 * at every level.
 */
import fc from 'fast-check';
import { deflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateLikeFflate } from '../../src/docx/deflate.js';
import { build } from '../../src/pipeline.js';
import { threeStudies } from '../helpers/chapter.js';

const same = (data: Uint8Array, level: number, what: string) => {
  const want = deflateSync(data, { level: level as 6 });
  const got = deflateLikeFflate(data, level);
  expect(Buffer.from(got).equals(Buffer.from(want)), `${what} (level ${level}, ${data.length} bytes): ${got.length} bytes, fflate ${want.length}`).toBe(true);
};

describe('deflateLikeFflate: fflate deflateSync, byte for byte', () => {
  it('every part of the Word files of the default study, in English, and of survey-c', async () => {
    for (const [study, make] of threeStudies()) {
      const { files } = await build(make().config, { outDir: null });
      for (const [name, data] of files) {
        if (!name.endsWith('.docx')) continue;
        for (const [part, bytes] of Object.entries(unzipSync(data as Uint8Array))) {
          if (part.startsWith('word/media/')) continue;
          same(bytes, 6, `${study} ${name} ${part}`);
        }
      }
    }
  }, 60_000);

  it('seeded inputs of every kind, at every level', () => {
    const text = (words: string[], n: number, seed: number) => {
      let x = seed;
      const out: string[] = [];
      for (let i = 0; i < n; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        out.push(words[x % words.length]);
      }
      return new TextEncoder().encode(out.join(''));
    };
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 8 }),
      fc.uint8Array({ maxLength: 3000 }),
      fc.record({ byte: fc.integer({ min: 0, max: 255 }), n: fc.integer({ min: 0, max: 70_000 }) }).map(({ byte, n }) => new Uint8Array(n).fill(byte)),
      fc.record({ n: fc.integer({ min: 1, max: 40_000 }), seed: fc.integer() }).map(({ n, seed }) => text(['<w:r>', '<w:t>', '</w:t></w:r>', 'Likert ', '3', '4,5', ' ', 'é', '\n', 'responden'], n, seed)),
      fc.record({ n: fc.integer({ min: 1, max: 3000 }), seed: fc.integer() }).map(({ n, seed }) => text(['a', 'b', 'ab', 'ba', 'abc', 'z'], n, seed)),
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 9 }), (data, level) => same(data, level, 'generated')),
      { seed: 20261129, numRuns: 250 },
    );
  });

  it('long inputs: many blocks, each ended by 7 000 matches or 24 576 symbols', () => {
    const xml = new TextEncoder().encode(Array.from({ length: 30_000 }, (_, i) => `<w:tc><w:p><w:r><w:t>${(i * 7919) % 1013}</w:t></w:r></w:p></w:tc>`).join(''));
    for (const level of [1, 6, 9]) same(xml, level, 'table XML');
    let x = 7;
    const noisy = Uint8Array.from({ length: 300_000 }, (_, i) => ((x = (Math.imul(x, 69069) + 1) >>> 0), i % 3 ? x >>> 24 : 65 + (x % 4)));
    same(noisy, 6, 'random with short repeats');
  });

  it('a block ended where 424 bytes remain (fflate ends one only while more than 423 do)', () => {
    // Random bytes: nearly every position a literal, so the first block ends near 24 577 symbols; one
    // of these lengths leaves exactly 424 bytes after that point.
    let x = 11;
    const bytes = Uint8Array.from({ length: 25_200 }, () => ((x = (Math.imul(x, 69069) + 1) >>> 0), x >>> 24));
    for (let s = 24_950; s <= 25_200; s++) same(bytes.subarray(0, s), 6, `random, ${s} bytes`);
  });

  it('refuses a level it does not write (0 is stored by the zip writer itself)', () => {
    expect(() => deflateLikeFflate(new Uint8Array(4), 0)).toThrow(/level/);
    expect(() => deflateLikeFflate(new Uint8Array(4), 10)).toThrow(/level/);
  });
});
