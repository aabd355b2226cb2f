/**
 * Issue 13, defect 6: the duplicate-header check was quadratic (`header.indexOf` inside a filter:
 * 200 000 headers took 27 s). It is one pass over a Set now; past the column limit the header is
 * refused before it is checked at all.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { Collector } from '../../src/load/collector.js';
import { loadData } from '../../src/load/index.js';
import { LIMITS } from '../../src/limits.js';
import { smallStudy } from '../helpers/small-study.js';

describe('defect 6: linear duplicate-header check', () => {
  it('16 384 headers (the column limit), one of them a used column given twice: found at once', () => {
    const config = loadConfig(smallStudy().config);
    const header = Array.from({ length: LIMITS.columns }, (_, i) => `q${i}`);
    const used = ['no', 'jk', 'usia', 'platform', 'X1_1', 'X1_2', 'X1_3', 'X2_1', 'X2_2', 'X2_3', 'Y_1', 'Y_2', 'Y_3'];
    used.forEach((h, i) => (header[i * 1000] = h));
    header[LIMITS.columns - 1] = 'X2_2';
    const t0 = performance.now();
    const e = (() => {
      try {
        new Collector(config, 'data.csv', header, false);
      } catch (x) {
        return x as InputError;
      }
    })();
    expect(performance.now() - t0).toBeLessThan(10_000); // generous: the quadratic check took seconds here
    expect(e).toBeInstanceOf(InputError);
    expect(e!.problems).toEqual([{ file: 'data.csv', line: 1, column: 'X2_2', message: 'judul kolom "X2_2" muncul lebih dari sekali' }]);
  });

  it('200 000 headers: refused by the column limit while the header is read', async () => {
    const s = smallStudy({ csv: Array.from({ length: 200_000 }, (_, i) => `h${i % 1000}`).join(',') + '\n' });
    const e = await loadData(loadConfig(s.config)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain(`lebih dari ${LIMITS.columns} kolom`);
  });
});
