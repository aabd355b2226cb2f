/**
 * The progress line of long builds: the pipeline reports its stages and the rows read (counters,
 * never timing), and the CLI's line shows them on a terminal after 2 s — silent before, and
 * silent when stderr is piped. The clock is injected: nothing here waits.
 */
import { describe, expect, it } from 'vitest';
import { build, type BuildProgress } from '../../src/pipeline.js';
import { progressLine } from '../../src/cli/progress.js';
import { defaultStudy } from '../helpers/study.js';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, write: (s: string) => void writes.push(s), writes };
}

describe('progress of a build', () => {
  it('the pipeline reports every stage in order, the analysis step by step, and the rows read', async () => {
    const events: BuildProgress[] = [];
    await build(defaultStudy().config, { onProgress: (p) => events.push(p), word: false });
    const stages = events.map((e) => (e.step ? `${e.stage}:${e.step}` : e.stage)).filter((s, i, a) => s !== a[i - 1]);
    expect(stages).toEqual([
      'load',
      'analyse:checks',
      'analyse:description',
      'analyse:instrument',
      'analyse:regression',
      'analyse:assumptions',
      'analyse:diagnostics',
      'analyse:figures',
      'present',
      'write',
    ]);
    expect(events.find((e) => e.stage === 'load')!.rows).toBe(0);
    expect(events.filter((e) => e.stage === 'load').at(-1)!.rows).toBe(89);
    expect(events.every((e) => e.lang === 'id')).toBe(true);
  });

  it('the line: nothing in the first 2 s, then the stage and the rows, rewritten in place and erased at the end', () => {
    let t = 0;
    const tty = terminal(true);
    const line = progressLine(tty, { now: () => t });
    line.onProgress({ stage: 'load', rows: 0, lang: 'id' });
    t = 1999;
    line.onProgress({ stage: 'load', rows: 650_000, lang: 'id' });
    expect(tty.writes).toEqual([]);
    t = 2000;
    line.onProgress({ stage: 'load', rows: 1_234_567, lang: 'id' });
    t = 2050; // a row count 50 ms later is not drawn; a new stage is
    line.onProgress({ stage: 'load', rows: 1_300_000, lang: 'id' });
    line.onProgress({ stage: 'analyse', step: 'assumptions', lang: 'id' });
    line.done();
    expect(tty.writes).toEqual([
      '\rbab4: membaca data … · 1.234.567 baris',
      '\rbab4: uji asumsi klasik … · 1.300.000 baris', // longer than the line before: no padding
      `\r${' '.repeat('bab4: uji asumsi klasik … · 1.300.000 baris'.length)}\r`,
    ]);
  });

  it('in English for an English study', () => {
    let t = 5000;
    const tty = terminal(true);
    const line = progressLine(tty, { now: () => t, delayMs: 0 });
    line.onProgress({ stage: 'load', rows: 1_234_567, lang: 'en' });
    t += 1000;
    line.onProgress({ stage: 'word', lang: 'en' });
    expect(tty.writes[0]).toBe('\rbab4: reading the data … · 1,234,567 rows');
    expect(tty.writes[1]).toMatch(/^\rbab4: writing the Word files … · 1,234,567 rows/);
  });

  it('silent when stderr is not a terminal (piped), however long the build', () => {
    let t = 0;
    const piped = terminal(false);
    const line = progressLine(piped, { now: () => t });
    for (let i = 0; i < 10; i++) {
      t += 1000;
      line.onProgress({ stage: 'load', rows: i * 100_000, lang: 'id' });
    }
    line.done();
    expect(piped.writes).toEqual([]);
  });
});
