/**
 * Defect 4 of issue 13: a URL, "www.…" or e-mail address in a category value, a label or a statement
 * became a clickable link in both HTML files. Text from data or config never becomes a link now (the
 * templates' Markdown is parsed without GFM's autolink literals); the author's pembahasan keeps its links.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { editConfig, editCsv, noCharts } from '../helpers/chapter.js';
import { defaultStudy } from '../helpers/study.js';

describe('defect 4: autolinks from data', () => {
  it('a URL, www. address or e-mail in labels, statements and categories stays text; the author\'s link stays a link', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.variables.X2.label = 'Media Sosial https://evil.example/x';
      c.variables.X1.items.X1_1 = 'Saya berjualan di www.toko-saya.id dan admin@toko-saya.id';
    });
    editCsv(s, 'data/responden.csv', (rows) => rows.map((r) => (r.pendidikan === 'S2' ? { ...r, pendidikan: 'S2 http://kampus.ac.id' } : r)));
    editConfig(s, (c) => {
      const edu = c.characteristics.find((k: { column: string }) => k.column === 'pendidikan');
      edu.order = edu.order.map((o: string) => (o === 'S2' ? 'S2 http://kampus.ac.id' : o));
    });
    s.write('pembahasan/H1.md', 'Lihat [laporan BPS](https://www.bps.go.id) dan https://contoh.id/artikel.\n');
    const { files } = await build(s.config, { outDir: null, render: noCharts, word: false });
    for (const name of ['bab4.html', 'lampiran.html']) {
      const html = files.get(name) as string;
      const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !h.startsWith('#'));
      const own = name === 'bab4.html' ? ['https://www.bps.go.id', 'https://contoh.id/artikel'] : [];
      expect(links, name).toEqual(own);
      expect(html).toContain('evil.example');
      expect(html).toContain('admin@toko-saya.id');
    }
  }, 60_000);
});
