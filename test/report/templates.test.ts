/**
 * The templates are the user's: overrides by file name, phrases key by key, strict variables that
 * fail with the template's name and line, and the author's pembahasan inserted on every build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { InputError } from '../../src/errors.js';
import { defaultStudy } from '../helpers/study.js';

describe('user templates', () => {
  it('a file in the templates folder overrides the default of the same name', async () => {
    const s = defaultStudy();
    s.write('tpl/pendahuluan.md.hbs', 'Pengantar saya sendiri untuk {{n}} responden.\n');
    s.write('tpl/phrases.yaml', 'caption:\n  table: Tab.\n');
    s.edit('bab4.config.yaml', (t) => t + 'templates: tpl\n');
    const md = (await build(s.config, { outDir: null, word: false })).files.get('bab4.md') as string;
    expect(md).toContain('Pengantar saya sendiri untuk 89 responden.');
    expect(md).toContain('**Tab. 4.1** Jumlah UMKM Fashion');
    expect(md).toContain('**Gambar 4.1**'); // other phrases keep their defaults
  });

  it('a misspelt variable fails the build with the template file and line', async () => {
    const s = defaultStudy();
    s.write('tpl/pendahuluan.md.hbs', 'Baris satu.\n\nJumlah responden: {{jumlahResponden}}.\n');
    s.edit('bab4.config.yaml', (t) => t + 'templates: tpl\n');
    const e = await build(s.config, { outDir: null, word: false }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const p = (e as InputError).problems[0];
    expect(p.file).toBe(path.join(s.dir, 'tpl/pendahuluan.md.hbs'));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/pendahuluan\.md\.hbs.*"jumlahResponden" not defined/);
  });

  it('a reference to a table that does not exist fails the build', async () => {
    const s = defaultStudy();
    s.write('tpl/pendahuluan.md.hbs', 'Lihat {{ref "tab-tidak-ada"}}.\n');
    s.edit('bab4.config.yaml', (t) => t + 'templates: tpl\n');
    await expect(build(s.config, { outDir: null })).rejects.toThrow(/tab-tidak-ada/);
  });
});

describe('pembahasan', () => {
  it("the author's pembahasan/H1.md appears in 4.9 on every build and is never overwritten", async () => {
    const s = defaultStudy();
    const text = 'Temuan ini sejalan dengan penelitian terdahulu yang saya kutip di Bab II.\n';
    s.write('pembahasan/H1.md', text);
    for (let i = 0; i < 2; i++) {
      const { outDir } = await build(s.config, { word: false });
      const md = readFileSync(path.join(outDir!, 'bab4.md'), 'utf8');
      const h1 = md.slice(md.indexOf('### 4.9.1'), md.indexOf('### 4.9.2'));
      expect(h1).toContain(text.trim());
      expect(s.read('pembahasan/H1.md')).toBe(text);
    }
  });
});
