/**
 * The whole build: all five outputs, byte-identical on rebuild, atomic on failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.js';
import { InputError } from '../src/errors.js';
import { defaultStudy } from './helpers/study.js';

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('build', () => {
  it('writes the chapter, the appendix, charts and results.json', async () => {
    const s = defaultStudy();
    const { outDir } = await build(s.config);
    expect(outDir).toBe(path.join(s.dir, 'output'));
    for (const f of ['bab4.md', 'bab4.html', 'lampiran.html', 'results.json', 'charts/populasi.svg']) expect(existsSync(path.join(outDir!, f)), f).toBe(true);
    const results = JSON.parse(readFileSync(path.join(outDir!, 'results.json'), 'utf8'));
    expect(results.meta.n).toBe(89);
    // The questionnaire's cover letter is an input like the data (its hash kept here, not in the appendix).
    expect(Object.keys(results.meta.inputs)).toEqual(['bab4.config.yaml', 'data/populasi-umkm-fashion-2021-2022.csv', 'data/responden.csv', 'kuesioner/pengantar.md']);
    expect(results.meta.inputs['data/responden.csv']).toMatch(/^[0-9a-f]{64}$/);
    const html = readFileSync(path.join(outDir!, 'bab4.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<img[^>]+charts\//);
    expect(html).toContain('<style>');
  });

  it('gives byte-identical files for identical inputs', async () => {
    const s = defaultStudy();
    const a = snapshot((await build(s.config, { outDir: path.join(s.dir, 'out-a') })).outDir!);
    const b = snapshot((await build(s.config, { outDir: path.join(s.dir, 'out-b') })).outDir!);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k) === v, k).toBe(true);
  });

  it('leaves the previous output untouched when a build fails', async () => {
    const s = defaultStudy();
    const out = path.join(s.dir, 'output');
    await build(s.config);
    const before = snapshot(out);
    const mtime = statSync(path.join(out, 'results.json')).mtimeMs;
    s.edit('data/responden.csv', (t) => t.replace('\n5,', '\n5x,').replace(/(\n6,"[^"]*","[^"]*",)\d+/, '$1abc'));
    await expect(build(s.config)).rejects.toBeInstanceOf(InputError);
    expect(snapshot(out)).toEqual(before);
    expect(statSync(path.join(out, 'results.json')).mtimeMs).toBe(mtime);
    expect(readdirSync(s.dir).filter((f) => f.startsWith('.output'))).toEqual([]);
  });

  it('asks for each chart once, while the analysis goes on (the first before the instrument, all before the assumption tests)', async () => {
    const s = defaultStudy();
    const events: string[] = [];
    const { files } = await build(s.config, {
      outDir: null,
      word: false,
      render: async (id) => (events.push(`chart ${id}`), '<svg></svg>'),
      onProgress: (p) => void (p.stage === 'analyse' && events.push(`step ${p.step}`)),
    });
    const charts = events.filter((e) => e.startsWith('chart '));
    expect(charts.length).toBe([...files.keys()].filter((k) => k.startsWith('charts/')).length);
    expect(new Set(charts).size).toBe(charts.length);
    expect(events.indexOf(charts[0])).toBeLessThan(events.indexOf('step assumptions'));
    expect(events.indexOf(charts.at(-1)!)).toBeLessThan(events.indexOf('step assumptions'));
    // The population's and the characteristics' charts before the instrument is even analysed.
    const first = events.slice(0, events.indexOf('step instrument')).filter((e) => e.startsWith('chart '));
    expect(first).toEqual(charts.filter((c) => /^chart (populasi|karakteristik-)/.test(c)));
    expect(first.length).toBeGreaterThan(5);
  });

  it('refuses to replace a folder it did not write', async () => {
    const s = defaultStudy();
    s.write('mine/thesis.docx', 'precious');
    await expect(build(s.config, { outDir: path.join(s.dir, 'mine') })).rejects.toThrow(/bukan buatan bab4 \(tidak ada results\.json\)/);
    expect(s.read('mine/thesis.docx')).toBe('precious');
  });
});

describe('the preview write (watch)', () => {
  it('writes the documents first, keeping the Word files of the last build, then the whole output', async () => {
    const s = defaultStudy();
    const out = path.join(s.dir, 'output');
    await build(s.config, { outDir: out });
    const oldDocx = readFileSync(path.join(out, 'bab4.docx'));
    s.write('pembahasan/H1.md', 'Pembahasan baru tentang *e-commerce*.\n');
    let seen: { html: string; docx: Buffer } | undefined;
    await build(s.config, {
      outDir: out,
      onPreview: () => {
        seen = { html: readFileSync(path.join(out, 'bab4.html'), 'utf8'), docx: readFileSync(path.join(out, 'bab4.docx')) };
      },
    });
    expect(seen?.html).toContain('Pembahasan baru tentang');
    expect(seen?.docx.equals(oldDocx)).toBe(true);
    expect(readFileSync(path.join(out, 'bab4.docx')).equals(oldDocx)).toBe(false);
    expect(existsSync(path.join(out, 'lampiran.docx'))).toBe(true);
  }, 120_000);
});
