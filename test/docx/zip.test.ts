import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { zipArchive, zipEntry } from '../../src/docx/zip.js';

/** Parts as a package has them: XML-like text (compressible), binary data, stored media. */
const part = fc.record({
  name: fc.oneof(
    fc.constantFrom('[Content_Types].xml', 'word/document.xml', 'word/media/image1.png', 'docProps/core.xml'),
    fc.string({ minLength: 1, maxLength: 30 }).map((s) => `word/${s}`),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => `x/${s}.xml`), // beyond ASCII: the UTF-8 flag
  ),
  data: fc.oneof(
    fc.uint8Array({ maxLength: 3000 }),
    fc.array(fc.constantFrom('<w:p>', '<w:r><w:t>', 'Tabel 4.', '</w:t></w:r>', '</w:p>', ' ', 'ä'), { maxLength: 800 }).map((xs) => new TextEncoder().encode(xs.join(''))),
  ),
  level: fc.constantFrom(0, 6),
});

const date = fc.record({
  year: fc.integer({ min: 1980, max: 2099 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
});

describe('zipEntry + zipArchive', () => {
  it('writes the bytes fflate zipSync writes for the same parts, levels and date', () => {
    fc.assert(
      fc.property(fc.uniqueArray(part, { selector: (p) => p.name, maxLength: 8 }), date, (parts, d) => {
        const mtime = new Date(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
        const zippable: Zippable = {};
        for (const p of parts) zippable[p.name] = [p.data, { mtime, level: p.level as 0 | 6 }];
        const ours = zipArchive(
          parts.map((p) => zipEntry(p.name, p.data, p.level)),
          mtime,
        );
        expect(Buffer.from(ours).equals(Buffer.from(zipSync(zippable)))).toBe(true);
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });

  it('is read back as the same parts', () => {
    const parts = { 'a.xml': new TextEncoder().encode('<a>'.repeat(1000)), 'word/media/ü.png': new Uint8Array([137, 80, 78, 71, 0, 255]) };
    const zip = zipArchive(
      Object.entries(parts).map(([name, data]) => zipEntry(name, data, name.endsWith('.png') ? 0 : 6)),
      new Date(2022, 0, 1),
    );
    expect(unzipSync(zip)).toEqual(parts);
  });

  it('refuses a date the zip format cannot hold', () => {
    expect(() => zipArchive([zipEntry('a', new Uint8Array(1), 6)], new Date(1979, 11, 31))).toThrow(/date/);
  });
});
