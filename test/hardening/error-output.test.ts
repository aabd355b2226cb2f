/**
 * Issue 13, defect 5: error output was unbounded (a 10 MB cell echoed whole; 100 000 headers listed
 * in each missing-column problem: 26.7 MB of stderr). Every list is now capped at 25 problems with
 * the total, every echoed value cut to ~80 characters with "…", and the whole message stays under 4 KB.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InputError } from '../../src/errors.js';
import { captureConsole } from '../helpers/console.js';
import { smallCsv, smallStudy, SMALL_CONFIG } from '../helpers/small-study.js';

const io = captureConsole();

describe('defect 5: bounded error output', () => {
  it('cuts an echoed cell to ~80 characters with "…", and caps the list at 25 with the total', async () => {
    const long = 'sangat setuju sekali '.repeat(1000); // 21 000 characters, under the cell limit
    const [head, ...rows] = smallCsv().trim().split('\n');
    const bad = rows.map((r) => r.replace(/,(\d),(\d),(\d)$/, `,"${long}",$2,$3`));
    const s = smallStudy({ csv: [head, ...bad].join('\n') + '\n' });
    expect(await main(['validate', '--config', s.config])).toBe(1);
    expect(io.err.length).toBeLessThan(4096);
    // As many of the 40 problems as fit in 25 lines and ~3.5 KB, then the total.
    const lines = io.err.trim().split('\n');
    expect(lines.length).toBeGreaterThan(15);
    expect(lines.length).toBeLessThanOrEqual(26);
    expect(lines[0]).toMatch(/baris 1, kolom "Y_1": "(sangat setuju sekali ){3}sangat setuju sek…" bukan bilangan bulat 1–5/);
    expect(lines[lines.length - 1]).toBe(`… ${40 - (lines.length - 1)} lagi (40 masalah seluruhnya)`);
  });

  it('missing columns among 16 000 headers: capped, each naming at most 10 headers, under 4 KB', async () => {
    const headers = Array.from({ length: 16_000 }, (_, i) => `pertanyaan_${i}_${'x'.repeat(60)}`);
    const csv = headers.join(',') + '\n' + headers.map(() => '1').join(',') + '\n';
    const items = Array.from({ length: 30 }, (_, i) => `Z_${i}`).join(', ');
    const s = smallStudy({ csv, config: SMALL_CONFIG.replace('X1: { label: Promosi, items: [X1_1, X1_2, X1_3] }', `X1: { label: Promosi, items: [${items}] }`) });
    expect(await main(['validate', '--config', s.config])).toBe(1);
    expect(io.err.length).toBeLessThan(4096);
    // The headers are listed once, at most 8 of them, each cut to 30 characters.
    expect(io.err).toMatch(/kolom "Z_0" \(dari variables\.X1\.items di konfigurasi\) tidak ada di data; kolom yang ada: "pertanyaan_0_x{17}…", .*"pertanyaan_7_x{17}…", … \(\+15992\)\n/);
    expect(io.err).toMatch(/kolom "Z_1": kolom "Z_1" \(dari variables\.X1\.items di konfigurasi\) tidak ada di data\n/);
    expect(io.err.match(/pertanyaan_0_/g)).toHaveLength(1);
    expect(io.err).toMatch(/… \d+ lagi \(3\d masalah seluruhnya\)\n$/);
  });

  it('InputError itself keeps any list short: 25 problems and ~3.5 KB at most, then the total', () => {
    const e = new InputError('en', Array.from({ length: 100_000 }, (_, i) => ({ file: 'data.csv', line: i + 2, column: 'c'.repeat(10_000), message: 'm'.repeat(10_000) })));
    expect(e.problems.length).toBeLessThanOrEqual(25);
    expect(e.total).toBe(100_000);
    expect(e.message.length).toBeLessThan(4096);
    expect(e.message).toMatch(/… \d+ more \(100000 problems in total\)$/);
  });
});
