/**
 * The example data of `bab4 init` without `--data`: 100 simulated respondents (seeded, so every
 * init writes the same file) with two independent variables and a dependent one, four Likert
 * items each, driven by latent scores so that the instrument and the regression behave like a
 * real survey.
 */

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const EXAMPLE_LABELS = { X1: 'Kualitas Pelayanan', X2: 'Promosi Digital', Y: 'Keputusan Pembelian' };
export const EXAMPLE_TITLE = 'Contoh: Pengaruh Kualitas Pelayanan dan Promosi Digital terhadap Keputusan Pembelian';

export function exampleCsv(n = 100, seed = 20260101): string {
  const rand = prng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const likert = (latent: number) => Math.min(5, Math.max(1, Math.round(3.4 + 0.8 * latent + 0.6 * normal())));
  const platforms = ['Shopee', 'Tokopedia', 'Instagram', 'WhatsApp', 'TikTok Shop'];
  const header = ['no', 'jenis_kelamin', 'usia', 'pendidikan', 'platform'];
  for (const v of ['X1', 'X2', 'Y']) for (let j = 1; j <= 4; j++) header.push(`${v}_${j}`);
  const lines = [header.map((h) => `"${h}"`).join(',')];
  for (let i = 1; i <= n; i++) {
    const x1 = normal();
    const x2 = 0.3 * x1 + Math.sqrt(1 - 0.09) * normal();
    const y = 0.45 * x1 + 0.35 * x2 + 0.7 * normal();
    const chosen = platforms.filter(() => rand() < 0.45);
    if (chosen.length === 0) chosen.push(pick(platforms));
    const row: (string | number)[] = [
      i,
      `"${pick(['Laki-laki', 'Perempuan'])}"`,
      18 + Math.floor(rand() * 40),
      `"${pick(['SMA/SMK', 'SMA/SMK', 'Diploma', 'S1', 'S1', 'S2'])}"`,
      `"${chosen.join(', ')}"`,
    ];
    for (const latent of [x1, x2, y]) for (let j = 0; j < 4; j++) row.push(likert(latent));
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}
