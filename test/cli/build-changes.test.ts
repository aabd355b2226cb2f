/**
 * bab4 build with an earlier output: one line of what changed in the conclusions; and the chart
 * cache in .bab4-cache/ makes the second build faster without changing a byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { build } from '../../src/pipeline.js';
import { defaultStudy } from '../helpers/study.js';
import { readTable, writeTable } from '../helpers/google-forms.js';

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe('bab4 build: what changed', () => {
  it('prints nothing extra on the first build or when nothing changed, then names the changes', async () => {
    const s = defaultStudy();
    expect(await main(['build', '--config', s.config])).toBe(0);
    expect(out).not.toMatch(/berubah/);
    out = '';
    expect(await main(['build', '--config', s.config])).toBe(0);
    expect(out).not.toMatch(/berubah/);

    // Reverse the answers to X1_5 for every respondent: the item no longer measures X1.
    const t = readTable(s.read('data/responden.csv'));
    const col = t.header.indexOf('X1_5');
    for (const r of t.rows) r[col] = String(6 - Number(r[col]));
    t.rows.splice(0, 1);
    s.write('data/responden.csv', writeTable(t));
    out = '';
    expect(await main(['build', '--config', s.config])).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^bab4: berubah sejak build sebelumnya: n 89 → 88; .*butir X1_5 kini tidak valid/);
  });

  it('names a flipped hypothesis, in the language of the study', async () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('language: id', 'language: en'));
    expect(await main(['build', '--config', s.config])).toBe(0);
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: 0.06'));
    out = '';
    expect(await main(['build', '--config', s.config])).toBe(0);
    expect(out).toMatch(/^bab4: changed since the previous build: .*H2 \(X2\) now accepted \(was rejected\)/m);
  });
});

describe('chart cache (.bab4-cache/)', () => {
  it('gives byte-identical output, rendering nothing the second time', async () => {
    const s = defaultStudy();
    const plain = await build(s.config, { outDir: path.join(s.dir, 'out-plain') });
    expect(existsSync(path.join(s.dir, '.bab4-cache'))).toBe(false);
    const cold = await build(s.config, { outDir: path.join(s.dir, 'out-cold'), cache: 'disk' });
    const warm = await build(s.config, { outDir: path.join(s.dir, 'out-warm'), cache: 'disk' });
    const charts = [...plain.files.keys()].filter((f) => f.startsWith('charts/')).length;
    expect(cold.charts).toMatchObject({ cached: 0, rendered: charts });
    expect(warm.charts).toMatchObject({ cached: charts, rendered: 0 });
    expect(readdirSync(path.join(s.dir, '.bab4-cache/charts'))).toHaveLength(charts);
    const a = snapshot(plain.outDir!);
    for (const dir of [cold.outDir!, warm.outDir!]) {
      const b = snapshot(dir);
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [k, v] of a) expect(b.get(k) === v, k).toBe(true);
    }
  });

  it('ignores a corrupted entry and forgets entries a build no longer uses', async () => {
    const s = defaultStudy();
    const first = await build(s.config, { outDir: path.join(s.dir, 'a'), cache: 'disk' });
    const dir = path.join(s.dir, '.bab4-cache/charts');
    const [entry] = readdirSync(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, entry), readFileSync(path.join(dir, entry), 'utf8').replace('<svg', '<svg data-broken'));
    writeFileSync(path.join(dir, 'stale.svg'), 'x');
    const second = await build(s.config, { outDir: path.join(s.dir, 'b'), cache: 'disk' });
    expect(second.charts.rendered).toBe(1);
    for (const [k, v] of first.files) expect(Buffer.from(second.files.get(k)!).equals(Buffer.from(v)), k).toBe(true);
    expect(readdirSync(dir)).not.toContain('stale.svg');
  });
});
