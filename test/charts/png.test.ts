/**
 * The charts' PNG are drawn with subsets of Tinos when the subsets hold every character of the chart
 * (src/charts/png.ts, fonts/tinos-subset/): the same PNG, byte for byte, as with the full files.
 * On glibc Linux resvg's native binding is called straight (loadResvg): the same PNG as resvg-js's own.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { chartFontFiles, chartSubsetFontFiles, fontFilesFor, glibcBinding, loadResvg, pngOptions, renderPng, subsetCovers } from '../../src/charts/png.js';
import { SUBSET_COVERAGE } from '../../src/charts/font-coverage.generated.js';
import { threeStudies } from '../helpers/chapter.js';

const same = async (svg: string, what: string) => {
  const full = await renderPng(svg, chartFontFiles());
  const subset = await renderPng(svg, chartSubsetFontFiles()!);
  expect(Buffer.from(subset.data).equals(Buffer.from(full.data)), what).toBe(true);
};

describe('charts drawn with the font subsets', () => {
  for (const [name, study] of threeStudies()) {
    it(`${name}: every chart is covered and drawn the same as with the full fonts`, async () => {
      const { files } = await build(study().config, { outDir: null, word: false });
      const charts = [...files].filter(([file]) => file.startsWith('charts/'));
      expect(charts.length).toBeGreaterThan(5);
      for (const [file, svg] of charts) {
        expect(subsetCovers(svg as string), file).toBe(true);
        await same(svg as string, file);
      }
    }, 120_000);
  }

  it('holds every character its coverage names, in all four styles, as the full fonts draw it', async () => {
    const chars = SUBSET_COVERAGE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));
    expect(chars.length).toBeGreaterThan(800);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const styles = ['', 'font-weight="bold"', 'font-style="italic"', 'font-weight="bold" font-style="italic"'];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += 40) lines.push(chars.slice(i, i + 40).join(' '));
    let y = 0;
    const texts = styles.flatMap((style) => lines.map((line) => `<text x="2" y="${(y += 9)}" font-family="Times New Roman" font-size="8" ${style}>${escape(line)}</text>`));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="${y + 4}">${texts.join('')}</svg>`;
    expect(subsetCovers(svg)).toBe(true);
    await same(svg, 'every covered character');
  }, 60_000);

  it('is used only where it holds every character: any other chart is drawn with the full fonts', () => {
    const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><text x="0" y="10">${text}</text></svg>`;
    for (const text of ['Usia (tahun)', 'Rata-rata ≤ 3,41 – “Setuju”', 'χ² = 1,2 ‰', 'é ß ō']) expect(fontFilesFor(svg(text)), text).toEqual(chartSubsetFontFiles());
    for (const text of ['中文', 'Жанр', 'ơ', 'a\u0001b', '&#x41;', '😀']) expect(fontFilesFor(svg(text)), text).toEqual(chartFontFiles());
  });

  it('a chart the subsets do not cover looks as before (the full fonts)', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><text x="2" y="14" font-size="12">Tinos Жанр ơ</text></svg>`;
    const drawn = await renderPng(svg, fontFilesFor(svg));
    const full = await renderPng(svg, chartFontFiles());
    expect(Buffer.from(drawn.data).equals(Buffer.from(full.data))).toBe(true);
  });
});

describe('resvg called straight from its glibc binding (loadResvg)', () => {
  const binding = process.platform === 'linux' ? glibcBinding() : undefined;

  it('is what loadResvg gives on glibc Linux, and resvg-js itself elsewhere', async () => {
    const loaded = await loadResvg();
    if (binding) expect(loaded.renderAsync).not.toBe((await import('@resvg/resvg-js')).renderAsync);
    else expect(loaded.renderAsync).toBe((await import('@resvg/resvg-js')).renderAsync);
  });

  it.skipIf(!binding)("draws every chart of the default study as resvg-js's own renderAsync does, byte for byte", async () => {
    const { renderAsync } = await import('@resvg/resvg-js');
    const [, study] = threeStudies()[0];
    const { files } = await build(study().config, { outDir: null, word: false });
    const charts = [...files].filter(([file]) => file.startsWith('charts/'));
    expect(charts.length).toBeGreaterThan(5);
    for (const [file, svg] of charts) {
      const options = pngOptions(fontFilesFor(svg as string));
      const straight = (await binding!.renderAsync(svg as string, options)).asPng();
      const own = (await renderAsync(svg as string, options)).asPng();
      expect(Buffer.compare(straight, own), file).toBe(0);
    }
  }, 120_000);
});
