/**
 * Every wording branch of the chapter has a template path and a test: small variants of the
 * reference studies (config or data edited in a temporary copy) are built in memory, and the
 * sentence each result calls for must appear — in Indonesian, and for a subset in English.
 * Every variant is also checked for what holds in every chapter (test/helpers/chapter.ts: no NaN or
 * undefined, tables and figures numbered 1…n and named before they appear). Each variant also asserts the result that selects the branch, so a change in the data or the
 * analysis that moves a variant to another branch fails here with the reason, not just a sentence.
 */
import { describe, expect, it } from 'vitest';
import { chapter, editConfig, editCsv, INDONESIAN_WORDS, shuffled, templateWording, type Chapter, type Row } from '../helpers/chapter.js';
import { defaultStudy, fixtureStudy, type Study } from '../helpers/study.js';

const DATA = 'data/responden.csv';
const Y_ITEMS = ['Y_1', 'Y_2', 'Y_3', 'Y_4', 'Y_5'];

/** The default study with the respondents' rows in a shuffled order (regression unchanged, DW changed). */
function reordered(seed: number): Study {
  const s = defaultStudy();
  editCsv(s, DATA, (rows) => shuffled(rows, seed));
  return s;
}

/** The default study with Y's answers moved to other respondents: Y independent of X. */
function unrelatedY(seed: number): Study {
  const s = defaultStudy();
  editCsv(s, DATA, (rows) => {
    const ys = shuffled(rows, seed).map((r) => Y_ITEMS.map((c) => r[c]));
    return rows.map((r, i) => ({ ...r, ...Object.fromEntries(Y_ITEMS.map((c, j) => [c, ys[i][j]])) }));
  });
  return s;
}

/** X1_5 answered against the other X1 items: negatively correlated with its variable. */
function invalidItem(rows: Row[]): Row[] {
  return rows.map((r) => {
    const mean = (Number(r.X1_1) + Number(r.X1_2) + Number(r.X1_3) + Number(r.X1_4)) / 4;
    return { ...r, X1_5: String(6 - Math.round(mean)) };
  });
}

/** X3's items contradict each other (a, 6 − a, a, 6 − a, b): no item agrees with the rest. */
function contradictoryX3(rows: Row[]): Row[] {
  return rows.map((r) => {
    const a = Number(r.X3_1);
    return { ...r, X3_2: String(6 - a), X3_3: String(a), X3_4: String(6 - a) };
  });
}

/** Y's items equal X1's: Y = X1 exactly, a perfect fit. */
function yEqualsX1(rows: Row[]): Row[] {
  return rows.map((r) => ({ ...r, Y_1: r.X1_1, Y_2: r.X1_2, Y_3: r.X1_3, Y_4: r.X1_4, Y_5: r.X1_5 }));
}

function english(study: Study): Study {
  editConfig(study, (c) => {
    c.language = 'en';
    // The source line's text from the language's default, the year kept.
    c.source = c.source?.year ? { year: c.source.year } : undefined;
    if (!c.source) delete c.source;
  });
  return study;
}

function expectEnglish(ch: Chapter): void {
  const rest = templateWording(ch.md, ch.results, ch.config);
  for (const w of INDONESIAN_WORDS) {
    const m = rest.match(new RegExp(`(?<![\\p{L}\\p{N}-])${w}(?![\\p{L}\\p{N}-])`, 'iu'));
    expect(m, `Indonesian "${w}" in the English chapter: …${m ? rest.slice(Math.max(0, m.index! - 100), m.index! + 100) : ''}…`).toBeNull();
  }
  expect(ch.md).toMatch(/\*\*Table 4\.1\*\*/);
  // Indonesian decimals (0,494) would mean a number formatted in the wrong language.
  expect(ch.md).not.toMatch(/\b0,\d{3}\b/);
}

describe('chapter wording: the default study (Indonesian)', () => {
  let ch: Chapter;
  it('builds', async () => {
    ch = await chapter(defaultStudy());
  });

  it('introduction: simulated-data note, no listwise note', () => {
    expect(ch.results.meta.simulated).toBe(true);
    expect(ch.md).toContain('adalah **data simulasi** yang dibangkitkan komputer');
    expect(ch.md).not.toContain('*listwise deletion*');
  });

  it('4.1 population with growth, Slovin, allocation that matches the respondents, stated-total note', () => {
    expect(ch.md).toContain('Secara keseluruhan jumlah populasi meningkat dari 309 unit pada tahun 2021 menjadi 800 unit pada tahun 2022, yaitu bertambah 491 unit (158,9%).');
    expect(ch.md).toContain('n = N / (1 + N·e²) = 800 / (1 + 800 × 0,01) = 800 / 9 = 88,89');
    expect(ch.md).toContain('yang dibulatkan ke atas menjadi **89 responden**');
    expect(ch.md).toContain('Responden yang terkumpul dan dapat diolah sebanyak 89 orang, sesuai dengan alokasi sampel pada setiap kecamatan.');
    expect(ch.md).toContain('jumlah yang tercetak pada tabel sumber berbeda (lihat Lampiran)');
    expect(ch.md).toContain('| | **Jumlah** | **800** | **100,0%** | | **89** | **89** |');
  });

  it('4.2 characteristics: lists joined "a, b, dan c", majority vs plurality, multi-response base', () => {
    expect(ch.md).toContain('diuraikan berdasarkan jenis kelamin, usia, pendidikan terakhir, lama usaha, jumlah karyawan, dan platform yang digunakan.');
    expect(ch.md).toContain('Sebagian besar responden berada pada kategori Perempuan, yaitu 63 orang (70,8%).');
    expect(ch.md).toContain('Responden terbanyak berada pada kategori 35–44 tahun, yaitu 38 orang (42,7%).');
    expect(ch.md).toContain('persentase dihitung terhadap jumlah responden (n = 89), sehingga jumlahnya dapat melebihi 100%. Seluruhnya tercatat 330 jawaban.');
    expect(ch.md).toContain('Pilihan yang paling banyak dipilih adalah WhatsApp, yaitu oleh 83 responden (93,3%).');
  });

  it('4.3 description: highest and lowest items, ties joined with "dan"', () => {
    expect(ch.md).toContain('rata-rata skor butir variabel penggunaan e-commerce sebesar 3,68 termasuk kategori **tinggi**, dengan TCR 73,6% (baik)');
    expect(ch.md).toMatch(/yang terendah adalah X1\.4 \("[^"]+"\) dan X1\.5 \("[^"]+"\) sebesar 3,58\./);
  });

  it('4.4 all items valid, all variables reliable', () => {
    expect(ch.md).toContain('seluruh butir pernyataan variabel X1, X2, X3, dan Y memiliki r hitung lebih besar dari r tabel (0,208); r hitung terendah adalah 0,685 pada butir X1.5. Dengan demikian seluruh butir dinyatakan valid.');
    expect(ch.md).toContain('sehingga instrumen seluruh variabel dinyatakan reliabel.');
    expect(ch.md).toContain('diukur dengan instrumen yang valid dan reliabel, sehingga data layak dianalisis lebih lanjut.');
  });

  it('4.5 normality: deciding Lilliefors fails, the other tests disagree (and why)', () => {
    const n = ch.results.assumptions!.normality;
    expect([n.passed, n.disagree]).toEqual([false, true]);
    expect(ch.md).toContain('nilai Sig. uji Kolmogorov–Smirnov dengan koreksi Lilliefors sebesar 0,006, lebih kecil dari 0,05, sehingga residual **tidak berdistribusi normal**.');
    expect(ch.md).toContain('Uji-uji normalitas tidak sepakat: uji Kolmogorov–Smirnov klasik (*Asymp. Sig.* 0,192) menyatakan residual normal, dan uji Shapiro–Wilk (Sig. 0,094) menyatakan residual normal.');
    expect(ch.md).toContain('Perbedaan antara kedua nilai Sig. Kolmogorov–Smirnov lazim terjadi');
    expect(ch.md).toContain('Karena asumsi normalitas tidak terpenuhi');
  });

  it('4.5 multicollinearity, heteroscedasticity (Glejser, comparators agree), DW none, linearity met', () => {
    expect(ch.md).toContain('sehingga model regresi **bebas dari multikolinearitas**.');
    expect(ch.md).toContain('nilai Sig. seluruh variabel bebas lebih besar dari 0,05, sehingga **tidak terjadi heteroskedastisitas**. Sebagai pembanding, uji Breusch–Pagan bentuk Koenker menghasilkan χ² = 4,064 (df = 3; Sig. 0,255) dan uji White χ² = 12,672 (df = 9; Sig. 0,178); keduanya sejalan dengan kesimpulan tersebut.');
    expect(ch.md).toContain('nilai d = 1,786 berada di antara dU = 1,725 dan 4 − dU = 2,275, sehingga **tidak terjadi autokorelasi**.');
    expect(ch.md).toContain('(distribusi eksak) sebesar 0,160');
    expect(ch.md).toContain('sehingga hubungan setiap variabel bebas dengan variabel terikat **linear**. Uji RESET menghasilkan F = 0,163 (df = 2; 83) dengan Sig. 0,850, sehingga tidak ada indikasi kesalahan bentuk fungsi model.');
    expect(ch.md).toContain('Dengan demikian tidak semua asumsi klasik terpenuhi (asumsi normalitas tidak terpenuhi).');
  });

  it('4.6 equation with a negative constant, one sentence per coefficient', () => {
    expect(ch.md).toContain('**Y = −2,064 + 0,668X₁ + 0,189X₂ + 0,226X₃ + e**');
    expect(ch.md).toContain('Konstanta sebesar -2,064 berarti apabila X1, X2, dan X3 bernilai nol');
    expect(ch.md).toContain('karena skor nol berada di luar rentang skala pengukuran');
    expect(ch.md).toContain('Koefisien regresi Penggunaan E-commerce (X1) sebesar 0,668 bertanda positif: jika X1 naik satu satuan, Pendapatan UMKM naik sebesar 0,668');
  });

  it('4.7 t: significant positive (p < 0,001 and p = 0,030) and not significant; F accepted; R²', () => {
    expect(ch.md).toContain('Nilai signifikansi X1 kurang dari 0,001, lebih kecil dari 0,05, dan t hitung 7,048 > t tabel 1,988 dengan koefisien positif, maka **H₀ ditolak dan H₁ diterima**: penggunaan e-commerce berpengaruh positif dan signifikan terhadap pendapatan UMKM.');
    expect(ch.md).toContain('Nilai signifikansi X3 sebesar 0,030 < 0,05 dan t hitung 2,214 > t tabel 1,988 dengan koefisien positif, maka **H₀ ditolak dan H₃ diterima**');
    expect(ch.md).toContain('Nilai signifikansi X2 sebesar 0,053 > 0,05 dan |t hitung| 1,965 < t tabel 1,988, maka **H₀ diterima dan H₂ ditolak**: media sosial tidak berpengaruh signifikan terhadap pendapatan UMKM.');
    expect(ch.md).toContain('| H₂ | Media Sosial (X2) | 0,189 | 1,965 | 1,988 | 0,053 | H₀ diterima, H₂ ditolak |');
    expect(ch.md).toContain('F hitung 27,635 > F tabel 2,712 dan nilai signifikansi kurang dari 0,001, lebih kecil dari 0,05, maka **H₀ ditolak dan H₄ diterima**: penggunaan e-commerce, media sosial, dan social media marketing secara simultan berpengaruh signifikan');
    expect(ch.md).toContain('nilai R sebesar 0,703 menunjukkan hubungan yang **kuat**');
    expect(ch.md).toContain('Nilai Adjusted R² sebesar 0,476 berarti 47,6% variasi pendapatan UMKM dijelaskan oleh penggunaan e-commerce, media sosial, dan social media marketing, sedangkan sisanya sebesar 52,4% dijelaskan oleh variabel lain di luar model.');
  });

  it('4.8 dominant variable, significant, contributions without suppression', () => {
    expect(ch.md).toContain('variabel **Penggunaan E-commerce (X1)** memiliki nilai |Beta| terbesar, yaitu 0,562, sehingga merupakan variabel yang paling dominan memengaruhi pendapatan UMKM. Sumbangan efektifnya sebesar 35,80% dari total 49,38% (R²), atau 72,50% dari seluruh sumbangan variabel bebas.');
    expect(ch.md).not.toContain('efek supresi');
  });

  it('4.9 discussion: accepted, rejected, simultaneous; the hint where the author has not written yet', () => {
    expect(ch.md).toContain('sehingga hipotesis H₁ diterima: semakin tinggi penggunaan e-commerce, semakin tinggi pula pendapatan UMKM.');
    expect(ch.md).toContain('media sosial (X2) tidak berpengaruh signifikan terhadap pendapatan UMKM (B = 0,189; t = 1,965; Sig. 0,053), sehingga hipotesis H₂ ditolak.');
    expect(ch.md).toContain('Variabel-variabel bebas tersebut bersama-sama menjelaskan 47,6% variasi pendapatan UMKM (Adjusted R²).');
    expect(ch.md).toContain('<!-- bab4: tulis pembahasan H1 (kaitan dengan teori dan penelitian terdahulu) di pembahasan/H1.md;');
  });
});

describe('chapter wording: survey-c — every assumption fails, no hypothesis accepted', () => {
  let ch: Chapter;
  it('builds', async () => {
    ch = await chapter(fixtureStudy('survey-c'));
  });

  it('no population, no simulated note, two characteristics joined with "dan"', () => {
    expect(ch.md).toContain('Penelitian ini melibatkan 120 responden. Data populasi (kerangka sampel) tidak disertakan dalam analisis');
    expect(ch.md).not.toContain('data simulasi');
    expect(ch.md).toContain('diuraikan berdasarkan jenis kelamin dan usia.');
  });

  it('every assumption violated, each with its consequence', () => {
    expect(ch.md).toContain('sehingga residual **tidak berdistribusi normal**. Uji normalitas lainnya memberikan kesimpulan yang sama.');
    expect(ch.md).toContain('variabel Lokasi Usaha (X1) dan Aksesibilitas (X2) memiliki Tolerance ≤ 0,10 atau VIF ≥ 10, sehingga **terjadi multikolinearitas**.');
    expect(ch.md).toContain('nilai Sig. variabel Harga (X3) lebih kecil dari 0,05, sehingga **terjadi heteroskedastisitas**.');
    expect(ch.md).toContain('disarankan memakai galat baku yang robust (misalnya HC3)');
    expect(ch.md).toContain('nilai d = 0,991 lebih kecil dari dL = 1,651, sehingga **terjadi autokorelasi positif**.');
    expect(ch.md).toContain('(pendekatan normal) kurang dari 0,001');
    expect(ch.md).toContain('hubungan variabel Harga (X3) dengan variabel terikat **tidak linear** (Sig. < 0,05).');
    expect(ch.md).toContain(', yang menunjukkan adanya kesalahan bentuk fungsi model.');
    expect(ch.md).toContain('(asumsi normalitas, bebas multikolinearitas, homoskedastisitas, bebas autokorelasi, dan linearitas tidak terpenuhi)');
  });

  it('no hypothesis accepted: t not significant (incl. a negative coefficient), F rejected', () => {
    expect(ch.results.hypotheses!.every((h) => !h.accepted)).toBe(true);
    expect(ch.md).toContain('Nilai signifikansi X2 sebesar 0,299 > 0,05 dan |t hitung| 1,042 < t tabel 1,981, maka **H₀ diterima dan H₂ ditolak**');
    expect(ch.md).toContain('Koefisien regresi Aksesibilitas (X2) sebesar -0,894 bertanda negatif: jika X2 naik satu satuan, Keputusan Pembelian turun sebesar 0,894');
    expect(ch.md).toContain('**Y = 11,028 + 0,749X₁ − 0,894X₂ + 0,153X₃ + e**');
    expect(ch.md).toContain('F hitung 1,167 < F tabel 2,683 dan nilai signifikansi sebesar 0,325 > 0,05, maka **H₀ diterima dan H₄ ditolak**');
    expect(ch.md).toContain('secara simultan tidak berpengaruh signifikan terhadap keputusan pembelian (F = 1,167; Sig. 0,325), sehingga hipotesis H₄ ditolak.');
    expect(ch.md).not.toMatch(/H₀ ditolak/);
  });

  it('dominant variable: negative, not significant, suppression in the contributions', () => {
    expect(ch.md).toContain('memiliki nilai |Beta| terbesar, yaitu 0,636 (Beta = -0,636), sehingga merupakan variabel yang paling dominan (dengan arah pengaruh negatif)');
    expect(ch.md).toContain('Namun pengaruh variabel ini tidak signifikan pada uji t');
    expect(ch.md).toContain('Sumbangan efektif Lokasi Usaha (X1) bernilai negatif karena tanda Beta dan korelasinya dengan keputusan pembelian berlawanan (efek supresi)');
  });
});

describe('chapter wording: survey-b — a significant negative coefficient, a reversed item, a numeric dependent', () => {
  let ch: Chapter;
  it('builds', async () => {
    ch = await chapter(fixtureStudy('survey-b'));
  });

  it('significant but negative: the hypothesis of a positive effect is rejected', () => {
    const h4 = ch.results.hypotheses!.find((h) => h.id === 'H4')!;
    expect([h4.significant, h4.positive, h4.accepted]).toEqual([true, false, false]);
    expect(ch.md).toContain('| H₄ | Intensitas Persaingan (X4) | -212.279,482 | -5,273 | 1,976 | < 0,001 | Signifikan negatif, H₄ ditolak |');
    expect(ch.md).toContain('dan |t hitung| 5,273 > t tabel 1,976, tetapi koefisiennya negatif (-212.279,482): intensitas persaingan berpengaruh signifikan namun **negatif** terhadap pendapatan per bulan (Rp). Karena arahnya berlawanan dengan hipotesis, **H₄ ditolak**.');
    expect(ch.md).toContain('sehingga hipotesis H₄ yang menyatakan pengaruh positif ditolak: peningkatan intensitas persaingan justru diikuti penurunan pendapatan per bulan (Rp).');
    expect(ch.md).toContain(' − 212.279,482X₄ + e**');
  });

  it('reversed item, numeric dependent with its unit kept in running text', () => {
    expect(ch.md).toContain('Butir X2.3 merupakan pernyataan negatif sehingga skornya dibalik (1 ↔ 5) sebelum dianalisis.');
    expect(ch.md).toContain('Variabel pendapatan per bulan (Rp) diukur langsung dalam satuan aslinya.');
    expect(ch.md).toContain('seluruh butir pernyataan variabel X1, X2, X3, dan X4 memiliki r hitung');
  });

  it('heteroscedasticity in three variables, joined with "dan"', () => {
    expect(ch.md).toContain('nilai Sig. variabel Kualitas Produk (X1), Promosi Digital (X2), dan Intensitas Persaingan (X4) lebih kecil dari 0,05, sehingga **terjadi heteroskedastisitas**.');
    expect(ch.md).toContain('(asumsi normalitas dan homoskedastisitas tidak terpenuhi)');
  });
});

describe('chapter wording: variants of the data', () => {
  it('some items invalid: the invalid item named with its r, the others valid; alpha raised by deleting it', async () => {
    const s = defaultStudy();
    editCsv(s, DATA, invalidItem);
    const ch = await chapter(s);
    expect(ch.results.validity!.X1_5.valid).toBe(false);
    expect(ch.md).toMatch(/Berdasarkan Tabel 4\.13, 4 dari 5 butir variabel Penggunaan E-commerce \(X1\) valid; butir X1\.5 \(r = -0,\d{3}\) memiliki r hitung tidak lebih besar dari r tabel \(0,208\) sehingga dinyatakan tidak valid\./);
    expect(ch.md).toContain('Berdasarkan Tabel 4.13, seluruh butir pernyataan variabel Media Sosial (X2) memiliki r hitung lebih besar dari r tabel (0,208), sehingga seluruh butir dinyatakan valid.');
    expect(ch.md).toContain('| X1.5 | -0,');
    expect(ch.md).toMatch(/\| Tidak valid \|/);
    expect(ch.md).toContain('Butir yang tidak valid sebaiknya dikeluarkan dari instrumen');
    expect(ch.md).toMatch(/Alpha (variabel X1 )?akan naik apabila butir X1\.5 \(menjadi 0,\d{3}\) dihapus\./);
  });

  it('no item of a variable valid (corrected item-total r), the variable unreliable', async () => {
    const s = defaultStudy();
    editCsv(s, DATA, contradictoryX3);
    editConfig(s, (c) => {
      c.validity = 'corrected';
    });
    const ch = await chapter(s);
    expect(['X3_1', 'X3_2', 'X3_3', 'X3_4', 'X3_5'].map((i) => ch.results.validity![i].valid)).toEqual([false, false, false, false, false]);
    expect(ch.results.reliability!.X3.reliable).toBe(false);
    expect(ch.md).toContain('keputusan memakai korelasi butir dengan skor total tanpa butir itu sendiri (corrected item-total correlation)');
    expect(ch.md).toContain('tidak satu pun butir variabel Social Media Marketing (X3) memiliki r butir-total terkoreksi lebih besar dari r tabel (0,208), sehingga seluruh butirnya tidak valid.');
    expect(ch.md).toMatch(/nilai Cronbach's Alpha variabel Social Media Marketing \(X3\) sebesar -\d,\d{3} ≤ 0,60, sehingga instrumen variabel ini dinyatakan tidak reliabel\./);
    expect(ch.md).toContain('Nilai Cronbach\'s Alpha variabel Penggunaan E-commerce (X1) sebesar 0,798 > 0,60, sehingga instrumen variabel ini dinyatakan reliabel.'.replace('Nilai', 'nilai'));
    expect(ch.md).toContain('Variabel yang tidak reliabel (Social Media Marketing (X3)) perlu ditafsirkan dengan hati-hati');
  });

  it('a zero-variance item and a single-item variable: notes in 4.4', async () => {
    const s = defaultStudy();
    editCsv(s, DATA, (rows) => rows.map((r) => ({ ...r, X2_5: '4' })));
    editConfig(s, (c) => {
      c.variables.X3.items = { X3_1: c.variables.X3.items.X3_1 };
    });
    const ch = await chapter(s);
    expect(ch.results.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['zero-variance-item', 'single-item']));
    expect(ch.md).toContain('> **Catatan:** Semua responden memberi jawaban yang sama pada butir X2_5');
    expect(ch.md).toContain('> **Catatan:** Variabel X3 (Social Media Marketing) hanya memiliki satu butir');
    expect(ch.md).toMatch(/\| X2\.5 \| – \| 0,208 \| – \| Tidak valid \|/);
  });

  it('perfect fit (Y = X1): coefficients stated, every test not applicable, no NaN', async () => {
    const s = defaultStudy();
    editCsv(s, DATA, yEqualsX1);
    const ch = await chapter(s);
    expect(ch.results.regression!.perfectFit).toBe(true);
    expect(ch.md).toContain('Uji asumsi klasik tidak dapat dilakukan karena model regresi cocok sempurna (semua residual nol)');
    expect(ch.md).toContain('Uji t untuk X1 tidak dapat dilakukan karena model cocok sempurna (galat baku nol).');
    expect(ch.md).toContain('Uji F tidak dapat dilakukan karena model cocok sempurna (varians residual nol).');
    expect(ch.md).toContain('Hipotesis H₁ tidak dapat diuji karena model cocok sempurna.');
    expect(ch.md).toContain('| H₁ | Penggunaan E-commerce (X1) | 1,000 |');
    expect(ch.md).toContain('Tidak dapat diuji |');
    expect(ch.md).toContain('**Y = 0,000 + 1,000X₁ + 0,000X₂ + 0,000X₃ + e**');
    expect(ch.md).toContain('Koefisien regresi Media Sosial (X2) sebesar 0,000: X2 praktis tidak mengubah Pendapatan UMKM.');
    expect(ch.md).not.toContain('Namun pengaruh variabel ini tidak signifikan');
    expect(ch.md).not.toMatch(/!\[[^\]]*\]\(charts\/(normalitas|heteroskedastisitas|koefisien|observasi)/);
  });

  it('Y unrelated to X: adjusted R² negative, F rejected, normality met by every test, all assumptions met', async () => {
    const ch = await chapter(unrelatedY(5));
    const { regression: reg, assumptions: as } = ch.results;
    expect(reg!.adjR2).toBeLessThan(0);
    expect([as!.normality.passed, as!.normality.disagree]).toEqual([true, false]);
    expect(ch.md).toMatch(/Nilai Adjusted R² sebesar -0,0\d\d bernilai negatif, yang berarti model praktis tidak menjelaskan variasi pendapatan UMKM\./);
    expect(ch.md).toMatch(/sehingga residual \*\*berdistribusi normal\*\*\. Uji normalitas lainnya memberikan kesimpulan yang sama\./);
    expect(ch.md).toContain('Dengan demikian seluruh asumsi klasik terpenuhi, sehingga model regresi layak digunakan untuk pengujian hipotesis.');
    expect(ch.md).toMatch(/maka \*\*H₀ diterima dan H₄ ditolak\*\*/);
    expect(ch.md).toContain('hubungan yang **sangat lemah**');
  });

  describe('Durbin–Watson zones (the same respondents in other orders)', () => {
    it('positive autocorrelation', async () => {
      const ch = await chapter(reordered(81));
      expect(ch.results.assumptions!.autocorrelation.durbinWatson.decision).toBe('positive');
      expect(ch.md).toMatch(/nilai d = 1,\d{3} lebih kecil dari dL = 1,586, sehingga \*\*terjadi autokorelasi positif\*\*\./);
      expect(ch.md).toContain('autokorelasi membuat galat baku terlalu kecil; pertimbangkan galat baku Newey–West');
      expect(ch.md).toContain('(asumsi normalitas dan bebas autokorelasi tidak terpenuhi)');
    });
    it('negative autocorrelation', async () => {
      const ch = await chapter(reordered(159));
      expect(ch.results.assumptions!.autocorrelation.durbinWatson.decision).toBe('negative');
      expect(ch.md).toMatch(/nilai d = 2,\d{3} lebih besar dari 4 − dL = 2,414, sehingga \*\*terjadi autokorelasi negatif\*\*\./);
      expect(ch.md).toContain('| Autokorelasi negatif |');
    });
    it('inconclusive, between dL and dU', async () => {
      const ch = await chapter(reordered(8));
      expect(ch.results.assumptions!.autocorrelation.durbinWatson.decision).toBe('inconclusive-positive');
      expect(ch.md).toMatch(/nilai d = 1,\d{3} berada di antara dL = 1,586 dan dU = 1,725, sehingga \*\*tidak dapat disimpulkan\*\* ada tidaknya autokorelasi\./);
      expect(ch.md).toContain('| Tidak dapat disimpulkan |');
    });
    it('inconclusive, between 4 − dU and 4 − dL', async () => {
      const ch = await chapter(reordered(20));
      expect(ch.results.assumptions!.autocorrelation.durbinWatson.decision).toBe('inconclusive-negative');
      expect(ch.md).toMatch(/nilai d = 2,\d{3} berada di antara 4 − dU = 2,275 dan 4 − dL = 2,414, sehingga \*\*tidak dapat disimpulkan\*\*/);
    });
  });

  it('population decreasing; respondents spread differently from the allocation', async () => {
    const s = defaultStudy();
    editCsv(s, 'data/populasi-umkm-fashion-2021-2022.csv', (rows) => rows.map((r) => ({ ...r, umkm_2021: String(Number(r.umkm_2022) + 10) })));
    editConfig(s, (c) => {
      delete c.population.statedTotals;
    });
    editCsv(s, DATA, (rows) => rows.map((r, i) => (i === 0 ? { ...r, kecamatan: 'Jelutung' } : r)));
    const ch = await chapter(s);
    expect(ch.md).toContain('Secara keseluruhan jumlah populasi menurun dari 910 unit pada tahun 2021 menjadi 800 unit pada tahun 2022, yaitu berkurang 110 unit (12,1%).');
    expect(ch.md).toContain('| | **Jumlah** | **910** | **800** | **−110** | **−12,1%** |');
    expect(ch.md).not.toContain('jumlah yang tercetak pada tabel sumber berbeda');
    expect(ch.md).toContain('Responden yang terkumpul dan dapat diolah sebanyak 89 orang, sama dengan ukuran sampel, walaupun sebarannya per kecamatan sedikit berbeda dari alokasi.');
  });

  it('population unchanged, one year only; respondents from an unknown stratum', async () => {
    const s = defaultStudy();
    editCsv(s, 'data/populasi-umkm-fashion-2021-2022.csv', (rows) => rows.map((r) => ({ ...r, umkm_2021: r.umkm_2022 })));
    editConfig(s, (c) => {
      delete c.population.statedTotals;
    });
    editCsv(s, DATA, (rows) => rows.map((r, i) => (i < 2 ? { ...r, kecamatan: 'Muaro Jambi' } : r)));
    const ch = await chapter(s);
    expect(ch.md).toContain('Jumlah populasi tidak berubah antara tahun 2021 dan 2022 (800 unit).');
    expect(ch.md).toContain('> **Catatan:** 2 responden berasal dari strata yang tidak ada di data populasi: "Muaro Jambi".');
    expect(ch.md).toMatch(/Responden yang terkumpul dan dapat diolah sebanyak 89 orang \(ukuran sampel 89\); sebarannya per kecamatan dapat dilihat pada kolom terakhir Tabel 4\.2\.|sama dengan ukuran sampel/);

    const one = defaultStudy();
    editConfig(one, (c) => {
      delete c.population.previous;
      delete c.population.statedTotals;
      delete c.stratum;
    });
    const ch1 = await chapter(one);
    expect(ch1.md).toContain('Sebaran populasi per kecamatan pada tahun 2022 disajikan pada Tabel 4.1 dan Gambar 4.1.');
    expect(ch1.md).toContain('| No | Kecamatan | Jumlah | Persentase |');
    expect(ch1.md).toContain('| | **Jumlah** | **800** | **100,0%** |');
    expect(ch1.md).not.toContain('Responden terkumpul');
    expect(ch1.md).not.toContain('Responden yang terkumpul');
  });

  it('listwise deletion note; no characteristics; no simulated note', async () => {
    const s = defaultStudy();
    editCsv(s, DATA, (rows) => rows.map((r, i) => (i === 3 || i === 7 ? { ...r, X2_2: '' } : r)));
    editConfig(s, (c) => {
      c.missing = 'listwise';
      c.characteristics = [];
      c.simulated = false;
    });
    const ch = await chapter(s);
    expect(ch.md).toContain('Dari 89 baris data, 2 responden dengan jawaban tidak lengkap dikeluarkan dari analisis (listwise deletion), sehingga analisis memakai 87 responden.');
    expect(ch.md).toContain('Data karakteristik responden tidak disertakan dalam analisis ini');
    expect(ch.md).not.toContain('data simulasi');
  });

  it('deciding tests chosen in the config: K-S Asymp. Sig., Shapiro–Wilk, Breusch–Pagan, White', async () => {
    const ks = defaultStudy();
    editConfig(ks, (c) => {
      c.normality = 'kolmogorov-smirnov';
      c.heteroscedasticity = 'breusch-pagan';
    });
    const a = await chapter(ks);
    expect(a.md).toContain('| Kolmogorov–Smirnov, *Asymp. Sig.* klasik (penentu) |');
    expect(a.md).toContain('nilai *Asymp. Sig.* uji Kolmogorov–Smirnov sebesar 0,192, lebih besar dari 0,05, sehingga residual **berdistribusi normal**. Uji-uji normalitas tidak sepakat: uji dengan koreksi Lilliefors (Sig. 0,006) menyatakan residual tidak normal');
    expect(a.md).toContain('Uji Breusch–Pagan menghasilkan χ² = 4,064 (df = 3) dengan Sig. 0,255 > 0,05, sehingga **tidak terjadi heteroskedastisitas**. Sebagai pembanding, uji Glejser tidak menunjukkan variabel bebas dengan Sig. < 0,05 (Tabel 4.17), dan uji White menghasilkan χ² = 12,672');
    expect(a.md).toContain('Dengan demikian seluruh asumsi klasik terpenuhi');

    const sw = fixtureStudy('survey-c');
    editConfig(sw, (c) => {
      c.normality = 'shapiro-wilk';
      c.heteroscedasticity = 'white';
    });
    const b = await chapter(sw);
    expect(b.md).toContain('| Shapiro–Wilk (penentu) |');
    expect(b.md).toMatch(/nilai Sig\. uji Shapiro–Wilk (kurang dari 0,001|sebesar 0,\d{3}), lebih kecil dari 0,05, sehingga residual \*\*tidak berdistribusi normal\*\*\./);
    expect(b.md).toMatch(/Uji White menghasilkan χ² = \d+,\d{3} \(df = 9\) dengan Sig\. [^ ]+( 0,\d{3})? < 0,05, sehingga \*\*terjadi heteroskedastisitas\*\*\. Sebagai pembanding, uji Glejser menunjukkan Sig\. < 0,05 pada variabel Harga \(X3\)/);
  });
});

describe('chapter wording in English', () => {
  it('the default study: the whole chapter in English, en-US numbers', async () => {
    const ch = await chapter(english(defaultStudy()));
    expectEnglish(ch);
    expect(ch.md).toMatch(/^# CHAPTER IV RESULTS AND DISCUSSION/);
    expect(ch.md).toContain('*Source: primary data, processed, 2026*');
    expect(ch.md).toContain('> **Note:** the data in this chapter are **simulated data**');
    expect(ch.md).toContain('every item of X1, X2, X3, and Y has a computed r greater than the critical r (0.208)');
    expect(ch.md).toContain('The significance of X1 is below 0.001, smaller than 0.05, and the computed t 7.048 > critical t 1.988 with a positive coefficient, so **H₀ is rejected and H₁ is accepted**');
    expect(ch.md).toContain('The significance of X2 is 0.053 > 0.05 and |computed t| 1.965 < critical t 1.988, so **H₀ is accepted and H₂ is rejected**');
    expect(ch.md).toContain('the computed F 27.635 > critical F 2.712');
    expect(ch.md).toContain('The Adjusted R² of 0.476 means that 47.6% of the variation');
    expect(ch.md).toContain('| 1 | 0.703 | 0.494 | 0.476 | 3.182 | 1.786 |');
    expect(ch.md).toContain('The normality tests disagree');
    expect(ch.md).toContain('Not all classical assumptions are therefore met (the assumption of normality is not met).');
    expect(ch.md).toContain('| Total | 1,699.978 | 88 | | | |');
    expect(ch.md).not.toContain('List of Tables');
    expect(ch.files.get('daftar.html')).toContain('LIST OF TABLES');
    expect(ch.md).toContain('<!-- bab4: write the discussion of H1');
  });

  it('survey-c: every assumption fails, nothing accepted', async () => {
    const ch = await chapter(english(fixtureStudy('survey-c')));
    expectEnglish(ch);
    expect(ch.md).toContain('This study involves 120 respondents. Population data (the sampling frame) are not included');
    expect(ch.md).toContain('Lokasi Usaha (X1) and Aksesibilitas (X2) have Tolerance ≤ 0.10 or VIF ≥ 10, so **multicollinearity is present**.');
    expect(ch.md).toContain('so **there is positive autocorrelation**.');
    expect(ch.md).toContain('(the assumptions of normality, no multicollinearity, homoscedasticity, no autocorrelation, and linearity are not met)');
    expect(ch.md).toContain('so **H₀ is accepted and H₄ is rejected**');
    expect(ch.md).toContain('(a suppression effect)');
    expect(ch.md).toContain('Its effect, however, is not significant in the t-test');
  });

  it('survey-b: significant negative coefficient, reversed item', async () => {
    const ch = await chapter(english(fixtureStudy('survey-b')));
    expectEnglish(ch);
    expect(ch.md).toContain('| Significant negative, H₄ rejected |');
    expect(ch.md).toContain('but the coefficient is negative (-212,279.482): intensitas persaingan has a significant but **negative** effect on pendapatan per bulan (Rp). Because the direction is opposite to the hypothesis, **H₄ is rejected**.');
    expect(ch.md).toContain('X2.3 is a negatively worded statement, so its score was reversed (1 ↔ 5) before the analysis.');
    expect(ch.md).toContain('the Sig. of Kualitas Produk (X1), Promosi Digital (X2), and Intensitas Persaingan (X4) are smaller than 0.05');
  });

  it('invalid item and perfect fit', async () => {
    const s = english(defaultStudy());
    editCsv(s, DATA, invalidItem);
    const a = await chapter(s);
    expectEnglish(a);
    expect(a.md).toMatch(/4 of the 5 items of Penggunaan E-commerce \(X1\) are valid; item X1\.5 \(r = -0\.\d{3}\) has a computed r not greater than the critical r \(0\.208\) and is therefore not valid\./);

    const p = english(defaultStudy());
    editCsv(p, DATA, yEqualsX1);
    const b = await chapter(p);
    expectEnglish(b);
    expect(b.md).toContain('The classical assumptions cannot be tested because the regression model fits perfectly');
    expect(b.md).toContain('The t-test for X1 cannot be carried out because the model fits perfectly (zero standard error).');
    expect(b.md).toContain('| Cannot be tested |');
  });
});
