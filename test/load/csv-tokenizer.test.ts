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
