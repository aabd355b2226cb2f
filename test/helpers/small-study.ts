/**
 * A small study (40 respondents, X1 and X2 → Y, three items each, three characteristics), quick to
 * validate: the hardening and fuzz tests mutate its data and config.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { wrap, type Study } from './study.js';

export const SMALL_CONFIG = `title: Studi Kecil
data: data.csv
scale: { min: 1, max: 5 }
characteristics:
  - { column: jk, label: Jenis Kelamin }
  - { column: usia, label: Usia (tahun), bins: [30, 40] }
  - { column: platform, label: Platform, multiple: ", " }
variables:
  X1: { label: Promosi, items: [X1_1, X1_2, X1_3] }
  X2: { label: Harga, items: [X2_1, X2_2, X2_3] }
  Y: { label: Penjualan, items: [Y_1, Y_2, Y_3] }
model: { dependent: Y, independents: [X1, X2] }
`;

/** The data as CSV text: answers driven by two latent scores, so that the items hang together. */
export function smallCsv(n = 40, seed = 7): string {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
  const likert = (base: number) => Math.max(1, Math.min(5, Math.round(base + (rnd() - 0.5) * 1.6)));
  const platforms = ['Shopee', 'TikTok Shop', 'Instagram', 'WhatsApp'];
  const rows = ['no,jk,usia,platform,X1_1,X1_2,X1_3,X2_1,X2_2,X2_3,Y_1,Y_2,Y_3'];
  for (let i = 1; i <= n; i++) {
    const a = 1.5 + rnd() * 3;
    const b = 1.5 + rnd() * 3;
    const y = (a + b) / 2 + (rnd() - 0.5);
    const chosen = platforms.filter(() => rnd() < 0.5);
    rows.push(
      [i, rnd() < 0.5 ? 'Laki-laki' : 'Perempuan', 20 + Math.floor(rnd() * 35), `"${(chosen.length ? chosen : ['Shopee']).join(', ')}"`,
        likert(a), likert(a), likert(a), likert(b), likert(b), likert(b), likert(y), likert(y), likert(y)].join(','),
    );
  }
  return rows.join('\n') + '\n';
}

export function smallStudy(opts: { csv?: string | Buffer; config?: string } = {}): Study {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-small-'));
  writeFileSync(path.join(dir, 'bab4.config.yaml'), opts.config ?? SMALL_CONFIG);
  writeFileSync(path.join(dir, 'data.csv'), opts.csv ?? smallCsv());
  return wrap(dir, 'bab4.config.yaml');
}
