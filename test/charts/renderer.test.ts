/**
 * Who draws the charts: the worker thread of the installed command (dist/bundle/worker.cjs) gives the
 * bytes the same functions give in this thread; asked for an SVG with its PNG, it answers every SVG
 * asked for before it draws the PNG, and a chart that fails fails both answers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inThreadRenderer, workerRenderer } from '../../src/charts/renderer.js';
import { adoptEarlyWorker, startWorkerEarly, workerAvailable } from '../../src/charts/early.js';
import { BUNDLED_WORKER, ensureBuilt } from '../helpers/bundle.js';

const bars = (title: string, values: number[]) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title,
  width: 200,
  height: 100,
  data: { values: values.map((v, i) => ({ k: `k${i}`, v })) },
  mark: 'bar',
  encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
});

describe('the chart worker', () => {
  ensureBuilt();
  const worker = workerRenderer(BUNDLED_WORKER);
  const here = inThreadRenderer();
  afterAll(() => worker.close());

  it('draws the SVG and the PNG this thread draws, and answers every SVG before the PNG it draws unasked', async () => {
    const specs = [bars('Satu', [1, 2, 3]), bars('Dua', [3, 1]), bars('Tiga', [5, 4, 3, 2])];
    const order: string[] = [];
    const asked = specs.map((spec, i) =>
      worker.svgAndPng!(`c${i}`, spec, 'id').then((a) => {
        order.push(`svg${i}`);
        void a.png.then(() => order.push(`png${i}`));
        return a;
      }),
    );
    const answers = await Promise.all(asked);
    const pngs = await Promise.all(answers.map((a) => a.png));
    expect(order.slice(0, 3).sort()).toEqual(['svg0', 'svg1', 'svg2']);
    for (const [i, spec] of specs.entries()) {
      const svg = await here.svg(`c${i}`, spec, 'id');
      expect(answers[i].svg).toBe(svg);
      const png = await here.png(svg);
      expect({ width: pngs[i].width, height: pngs[i].height }).toEqual({ width: png.width, height: png.height });
      expect(Buffer.from(pngs[i].data).equals(Buffer.from(png.data))).toBe(true);
    }
    expect(order).toHaveLength(6);
  }, 60_000);

  it('fails the SVG and its PNG of a chart that cannot be drawn, and goes on with the next', async () => {
    await expect(worker.svgAndPng!('bad', { mark: 'no-such-mark', data: { values: [] } }, 'id')).rejects.toThrow(/chart worker/);
    const next = await worker.svgAndPng!('good', bars('Lagi', [1]), 'en');
    expect(next.svg).toMatch(/^<svg/);
    expect((await next.png).data.length).toBeGreaterThan(100);
  }, 60_000);
});

describe('the worker started early', () => {
  it('is not started where no compiled worker is (the sources, as tests run them), so there is none to adopt', () => {
    expect(workerAvailable()).toBe(false);
    startWorkerEarly();
    expect(adoptEarlyWorker()).toBeUndefined();
  });
});
