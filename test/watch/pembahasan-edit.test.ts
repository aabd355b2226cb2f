/**
 * Live preview of a pembahasan edit: only the text is redone. Counted, never timed: the analysis
 * (every statistic) runs once, at the start — `analyse` is counted through a module mock — and the
 * rebuilds after editing pembahasan/H1.md reuse it (`reused`) and render no chart (`charts.rendered`
 * 0, every chart from the cache), while the new text is in the output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuildEvent, Watch } from '../../src/watch/index.js';
import { defaultStudy } from '../helpers/study.js';

const counts = vi.hoisted(() => ({ analyse: 0 }));
vi.mock('../../src/analysis/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/analysis/index.js')>();
  return {
    ...actual,
    analyse: (...args: Parameters<typeof actual.analyse>) => {
      counts.analyse++;
      return actual.analyse(...args);
    },
  };
});

const { startWatch } = await import('../../src/watch/index.js');

const open: Watch[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.close()));
});

function next(w: Watch): Promise<BuildEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no build within 30 s')), 30_000);
    const off = w.onBuild((e) => {
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}

describe('watch: a pembahasan edit', () => {
  it('recomputes no statistic and renders no chart; the text is in the output', async () => {
    const s = defaultStudy();
    s.write('pembahasan/H1.md', 'Pembahasan pertama.\n');
    const w = startWatch({ config: s.config, stdout: () => {}, stderr: () => {} });
    open.push(w);
    const first = await w.ready;
    expect(first.ok).toBe(true);
    expect(counts.analyse).toBe(1);
    expect(first.result!.charts.rendered).toBeGreaterThan(0);

    for (const text of ['Pembahasan kedua, dengan *penekanan*.', 'Pembahasan ketiga.']) {
      const built = next(w);
      s.write('pembahasan/H1.md', `${text}\n`);
      const e = await built;
      expect(e.ok).toBe(true);
      expect(e.result!.reused).toBe(true);
      expect(e.result!.charts.rendered).toBe(0);
      expect(e.result!.charts.cached).toBe(first.result!.charts.rendered + first.result!.charts.cached);
      expect(counts.analyse).toBe(1);
      expect(readFileSync(path.join(s.dir, 'output/bab4.md'), 'utf8')).toContain(text.split(',')[0].replace(/\.$/, ''));
    }
  });
});
