/**
 * bab4 build --check: writes nothing; exit 0 when the output folder matches the inputs and this
 * bab4, else exit 1 naming what changed (an input, bab4's version, a missing output file).
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/version.js';
import { defaultStudy } from '../helpers/study.js';
import { captureConsole } from '../helpers/console.js';

const io = captureConsole();

const check = async (config: string, ...extra: string[]) => {
  io.clear();
  return main(['build', '--check', '--config', config, ...extra]);
};

describe('bab4 build --check', () => {
  it('is 0 right after a build, 1 after an input changes, and writes nothing', async () => {
    const s = defaultStudy();
    expect(await main(['build', '--config', s.config])).toBe(0);
    const results = path.join(s.dir, 'output/results.json');
    const mtime = statSync(results).mtimeMs;
    const listing = readdirSync(s.dir).sort();

    expect(await check(s.config)).toBe(0);
    expect(io.out).toMatch(/output mutakhir/);

    s.edit('data/responden.csv', (t) => t.replace('\n5,', '\n5,'.replace('5', '5')) + '\n');
    expect(await check(s.config)).toBe(1);
    expect(io.err).toMatch(/output tidak lagi sesuai/);
    expect(io.err).toMatch(/- berubah: data\/responden\.csv/);
    expect(io.err).not.toMatch(/bab4\.config\.yaml/);

    s.write('pembahasan/H1.md', 'Pembahasan.\n');
    expect(await check(s.config)).toBe(1);
    expect(io.err).toMatch(/- masukan baru: pembahasan\/H1\.md/);

    expect(statSync(results).mtimeMs).toBe(mtime);
    expect(readdirSync(s.dir).sort()).toEqual([...listing, 'pembahasan'].sort());

    expect(await main(['build', '--config', s.config])).toBe(0);
    expect(await check(s.config)).toBe(0);
  });

  it('is 1 when the output was built by another version of bab4, or a file is missing', async () => {
    const s = defaultStudy();
    const outDir = path.join(s.dir, 'out');
    expect(await main(['build', '--config', s.config, '--out', outDir])).toBe(0);
    expect(await check(s.config, '--out', outDir)).toBe(0);

    const file = path.join(outDir, 'results.json');
    const json = readFileSync(file, 'utf8');
    writeFileSync(file, json.replace(`"version": "${VERSION}"`, '"version": "0.0.1"'));
    expect(await check(s.config, '--out', outDir)).toBe(1);
    expect(io.err).toMatch(new RegExp(`dibuat oleh bab4 0\\.0\\.1, kini bab4 ${VERSION.replace(/\./g, '\\.')}`));
    writeFileSync(file, json);

    const chart = readdirSync(path.join(outDir, 'charts'))[0];
    rmSync(path.join(outDir, 'charts', chart));
    expect(await check(s.config, '--out', outDir)).toBe(1);
    expect(io.err).toContain(`berkas keluaran tidak ada: charts/${chart}`);
  });

  it('is 1 when there is no output yet; 1 with the usual message for a bad config', async () => {
    const s = defaultStudy();
    expect(await check(s.config)).toBe(1);
    expect(io.err).toMatch(/results\.json tidak ada/);
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: 5'));
    expect(await check(s.config)).toBe(1);
    expect(io.err).toMatch(/bab4\.config\.yaml:5: kunci "alpha"/);
  });

  it('speaks English for an English study', async () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('language: id', 'language: en'));
    expect(await check(s.config)).toBe(1);
    expect(io.err).toMatch(/no longer matches its inputs[\s\S]*results\.json is missing/);
  });
});
