import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer } from '../../src/load/csv-tokenizer.js';

/** Tokenizes `text` fed in chunks of `size` bytes; returns [line, fields] per record. */
function tokenize(text: string | Buffer, size: number, delimiter = ','): [number, string[]][] {
  const out: [number, string[]][] = [];
  const t = new CsvTokenizer(delimiter.charCodeAt(0), (r, line) => out.push([line, Array.from({ length: r.count }, (_, i) => r.text(i))]));
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  for (let i = 0; i < buf.length; i += size) t.push(buf.subarray(i, i + size));
  t.end();
  return out;
}

const CASES: [string, string, [number, string[]][]][] = [
  ['plain LF', 'a,b\n1,2\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['no final newline', 'a,b\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['CRLF', 'a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['lone CR', 'a,b\r1,2\r', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['empty fields', ',\n,x,\n', [[1, ['', '']], [2, ['', 'x', '']]]],
  ['quotes, escaped quotes, separators and line breaks inside', '"a ""q"", b","x\r\ny"\nz,"1,5"\n', [[1, ['a "q", b', 'x\r\ny']], [3, ['z', '1,5']]]],
  ['blank lines skipped, line numbers kept', 'a\n\n\r\nb\n', [[1, ['a']], [4, ['b']]]],
  ['UTF-8 with BOM and multibyte text', '\uFEFFnama,kota\nSiti Ñ,Jambi – Timur\n', [[1, ['nama', 'kota']], [2, ['Siti Ñ', 'Jambi – Timur']]]],
  ['empty quoted field', '"",""\n', [[1, ['', '']]]],
];

describe('CsvTokenizer', () => {
  for (const [name, text, expected] of CASES) {
    it(`${name} (every chunk size)`, () => {
      for (const size of [1, 2, 3, 5, 7, 64, 1 << 16]) expect(tokenize(text, size), `chunk ${size}`).toEqual(expected);
    });
  }

  it('reads semicolon files', () => {
    expect(tokenize('a;b\n"1;5";2,5\n', 3, ';')).toEqual([[1, ['a', 'b']], [2, ['1;5', '2,5']]]);
  });

  it('reads small integers straight from the bytes', () => {
    const ints: number[][] = [];
    const t = new CsvTokenizer(44, (r) => ints.push(Array.from({ length: r.count }, (_, i) => r.smallInt(i))));
    t.push(Buffer.from('5,12,"3", 4,x,123,\n'));
    t.end();
    expect(ints).toEqual([[5, 12, -1, -1, -1, -1, -1]]);
  });

  it('reads plain numbers straight from the bytes, exactly as Number(text), and nothing else', () => {
    const cells = ['0', '-0', '+7', '13430000', '1.5', '-2.25', '0.1', '123456789012345', '1234567890123456', '1.', '.5', '"3"', ' 4', '1e3', '"1,5"', '', '4.0', '99999999.9999999'];
    const got: number[][] = [];
    const t = new CsvTokenizer(44, (r) => {
      got.push(Array.from({ length: r.count }, (_, i) => r.plainNumber(i, false)));
      got.push(Array.from({ length: r.count }, (_, i) => r.plainNumber(i, true)));
    });
    t.push(Buffer.from(cells.join(',') + '\n'));
    t.end();
    const plain = [0, -0, 7, 13430000, 1.5, -2.25, 0.1, 123456789012345, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 4, 99999999.9999999];
    expect(got[0]).toEqual(plain);
    for (const [i, v] of plain.entries()) if (!Number.isNaN(v)) expect(Object.is(v, Number(cells[i])), cells[i]).toBe(true);
    expect(got[1]).toEqual(plain.map((v, i) => (cells[i].includes('.') ? NaN : v)));
  });

  it('identifies a field by its raw bytes and quoting', () => {
    const seen: { hash: number; raw: { bytes: Uint8Array; quoted: boolean } }[] = [];
    const t = new CsvTokenizer(44, (r) => {
      for (let i = 0; i < r.count; i++) seen.push({ hash: r.fieldHash(i), raw: r.fieldRaw(i) });
      expect(r.fieldEquals(0, seen[0].raw.bytes, false)).toBe(true);
      expect(r.fieldEquals(1, seen[0].raw.bytes, false)).toBe(false); // quoted "Jambi"
      expect(r.fieldEquals(2, seen[0].raw.bytes, false)).toBe(false);
    });
    t.push(Buffer.from('Jambi,"Jambi",Jambi Timur\n'));
    t.end();
    expect(Buffer.from(seen[1].raw.bytes).toString()).toBe('Jambi');
    expect(seen[1].raw.quoted).toBe(true);
    expect(new Set(seen.map((s) => s.hash)).size).toBe(3);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => tokenize('a,b\n1,"2\n3,4\n', 4)).toThrow(CsvSyntaxError);
    try {
      tokenize('a,b\n1,"2\n3,4\n', 4);
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
    }
  });

  it('reports text after a closing quote', () => {
    expect(() => tokenize('a,b\n"1"x,2\n', 100)).toThrow(/after a closing quote/);
  });
});
