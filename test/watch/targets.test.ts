/**
 * The watch list: config, data, population, pembahasan (existing or not) and the templates
 * folder; chokidar gets their nearest existing folders, and the output folder never counts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { matcher, roots, targetsOf } from '../../src/watch/targets.js';
import { defaultStudy } from '../helpers/study.js';

describe('watch targets', () => {
  it('lists the inputs of the default study, pembahasan files included before they exist, and the questionnaire intro', () => {
    const s = defaultStudy();
    const t = targetsOf(loadConfig(s.config));
    const rel = t.files.map((f) => path.relative(s.dir, f));
    expect(rel).toEqual([
      'bab4.config.yaml',
      'data/populasi-umkm-fashion-2021-2022.csv',
      'data/responden.csv',
      'kuesioner/pengantar.md',
      'pembahasan/H1.md',
      'pembahasan/H2.md',
      'pembahasan/H3.md',
      'pembahasan/H4.md',
    ]);
    expect(t.dirs).toEqual([]);
    // pembahasan/ does not exist: its nearest existing folder is the study folder, which covers data/.
    expect(roots(t)).toEqual([s.dir]);
  });

  it('lets through targets, the folders leading to them and the templates folder, never the output', () => {
    const s = defaultStudy();
    s.write('templates/id/bab4.md.hbs', 'x');
    s.edit('bab4.config.yaml', (t) => t + 'templates: templates\n');
    const t = targetsOf(loadConfig(s.config));
    const out = path.join(s.dir, 'output');
    const { relevant, keep } = matcher(t, out);
    const p = (rel: string) => path.join(s.dir, rel);
    expect(relevant(p('data/responden.csv'))).toBe(true);
    expect(relevant(p('pembahasan/H2.md'))).toBe(true);
    expect(relevant(p('templates/id/bab4.md.hbs'))).toBe(true);
    expect(relevant(p('templates/id/new.md.hbs'))).toBe(true);
    expect(relevant(p('data/other.csv'))).toBe(false);
    expect(relevant(p('data'))).toBe(false);
    expect(keep(p('data'))).toBe(true);
    expect(keep(p('pembahasan'))).toBe(true);
    expect(keep(p('output'))).toBe(false);
    expect(keep(p('output/results.json'))).toBe(false);
    expect(keep(p('.output.tmp-123'))).toBe(false);
    expect(keep(p('.bab4-cache'))).toBe(false);
    expect(keep(p('node_modules'))).toBe(false);

    // A templates folder that holds the output folder: the output still never counts.
    const inside = matcher({ files: [], dirs: [s.dir] }, out);
    expect(inside.relevant(p('bab4.config.yaml'))).toBe(true);
    expect(inside.relevant(p('output/bab4.html'))).toBe(false);
    expect(inside.relevant(p('.output.old-9/bab4.html'))).toBe(false);
  });
});
