/**
 * The Collector's storage: Likert items in the smallest integer array holding the scale (a
 * missing answer dropped by listwise deletion whatever the store), columns growing chunk by chunk
 * past the chunk size.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { Collector } from '../../src/load/collector.js';
import { CsvTokenizer } from '../../src/load/csv-tokenizer.js';
import { numeric, text } from '../../src/load/dataset.js';

function config(min: number, max: number): Config {
  return {
    language: 'en',
    columns: {},
    scale: { min, max, labels: [] },
    missing: 'listwise',
    variables: [{ id: 'X', items: [{ column: 'a' }, { column: 'b' }], reverse: [] }],
    characteristics: [{ column: 'g' }],
    checks: [],
  } as unknown as Config;
}

function collect(cfg: Config, csv: string) {
  let c: Collector | undefined;
  const t = new CsvTokenizer(44, (r, line) => {
    if (!c) c = new Collector(cfg, 'data.csv', Array.from({ length: r.count }, (_, i) => r.text(i)), false);
    else c.add(r, line);
  });
  t.push(Buffer.from(csv));
  t.end();
  return c!.finish();
}

describe('Collector storage', () => {
  for (const [min, max, type] of [
    [1, 5, Int8Array],
    [-3, 3, Int8Array],
    [200, 300, Int16Array],
    [100000, 100004, Float64Array],
  ] as const) {
    it(`items on ${min}…${max}: a ${type.name}, a missing answer dropped`, () => {
      const ds = collect(config(min, max), `a,b,g\n${min},${max},x\n,${max},y\n${max},NA,z\n${min + 1},${min},x\n`);
      expect(ds.n).toBe(2);
      expect(ds.dropped).toBe(2);
      expect(numeric(ds, 'a')).toBeInstanceOf(type);
      expect(Array.from(numeric(ds, 'a'))).toEqual([min, min + 1]);
      expect(Array.from(numeric(ds, 'b'))).toEqual([max, min]);
      expect(text(ds, 'g')).toEqual(['x', 'x']);
      expect(Array.from(ds.rows)).toEqual([1, 4]);
    });
  }

  it('columns of more rows than a chunk keep every row in order', () => {
    const n = 70_000;
    const rows = Array.from({ length: n }, (_, i) => `${(i % 5) + 1},${((i * 7) % 5) + 1},${i % 3 === 0 ? 'p' : 'q'}`);
    const ds = collect(config(1, 5), `a,b,g\n${rows.join('\n')}\n`);
    expect(ds.n).toBe(n);
    const a = numeric(ds, 'a');
    const g = text(ds, 'g');
    for (const i of [0, 1, 65535, 65536, 65537, n - 1]) {
      expect(a[i]).toBe((i % 5) + 1);
      expect(g[i]).toBe(i % 3 === 0 ? 'p' : 'q');
    }
    expect(ds.rows[n - 1]).toBe(n);
  });
});
