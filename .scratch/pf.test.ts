import { it } from 'vitest';
import { chapter, editCsv } from '../test/helpers/chapter.js';
import { defaultStudy } from '../test/helpers/study.js';
it('pf', async () => {
  const s = defaultStudy();
  editCsv(s, 'data/responden.csv', (rows) => rows.map((r) => ({ ...r, Y_1: r.X1_1, Y_2: r.X1_2, Y_3: r.X1_3, Y_4: r.X1_4, Y_5: r.X1_5 })));
  const ch = await chapter(s);
  console.log(ch.md.slice(ch.md.indexOf('## 4.5'), ch.md.indexOf('---\n\n### Daftar')));
  console.log(JSON.stringify(ch.results.regression!.coefficients));
});
