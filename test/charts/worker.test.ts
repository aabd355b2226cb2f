import { describe, expect, it } from 'vitest';
import { warmUpChart } from '../../src/charts/worker.js';
import { renderSvg } from '../../src/charts/render.js';

describe('the chart worker', () => {
  it('warms up on a characteristic chart that draws: bars with their percentages', async () => {
    const { id, spec } = warmUpChart();
    expect(id).toBe('karakteristik-warm-up');
    const svg = await renderSvg(id, spec, 'id');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('60,0%');
    expect(svg).toContain('40,0%');
  });
});
