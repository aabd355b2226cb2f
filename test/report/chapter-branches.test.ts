/**
 * Every wording branch of the chapter has a template path and a test: small variants of the
 * reference studies (config or data edited in a temporary copy) are built in memory, and the
 * sentence each result calls for must appear — in Indonesian, and for a subset in English.
 * Every variant is also checked for what holds in every chapter (test/helpers/chapter.ts: no NaN or
 * undefined, tables and figures numbered 1…n and named before they appear). Each variant also asserts the result that selects the branch, so a change in the data or the
 * analysis that moves a variant to another branch fails here with the reason, not just a sentence.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { chapter, editConfig, editCsv, INDONESIAN_WORDS, shuffled, templateWording, type Chapter, type Row } from '../helpers/chapter.js';
import { main } from '../../src/cli/main.js';
import { captureConsole } from '../helpers/console.js';
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
    expect(ch.md).toContain('Jumlah tahun 2021 yang tercantum pada sumber data (Dinas Tenaga Kerja, Koperasi dan UKM Kota Jambi, 2022) adalah 330 unit, sedangkan penjumlahan rincian per kecamatan menghasilkan 309 unit; Tabel 4.1 memakai jumlah hasil penjumlahan rincian tersebut (309 unit).');
    // The population table and figure name their own source; the other tables the default one.
    expect(ch.md).toContain('Data populasi diperoleh dari Dinas Tenaga Kerja, Koperasi dan UKM Kota Jambi, 2022.');
    expect(ch.md.match(/^\*Sumber: Dinas Tenaga Kerja, Koperasi dan UKM Kota Jambi, 2022\*$/gm)).toHaveLength(2);
    expect(ch.md.indexOf('*Sumber: Dinas Tenaga Kerja')).toBeLessThan(ch.md.indexOf('**Gambar 4.1**'));
    expect(ch.md).toContain('| | **Jumlah** | **800** | **100,0%** | | **89** | **89** |');
  });

  it('4.2 characteristics by group; dominant category, runner-up, median class; Rupiah classes; varied openings', () => {
    expect(ch.md).toContain('diuraikan menurut kelompoknya: karakteristik sosial, yaitu jenis kelamin, usia, dan pendidikan terakhir, serta karakteristik ekonomi, yaitu lama usaha, jumlah karyawan, pendapatan per bulan, modal awal, dan platform yang digunakan.');
    expect(ch.md).toContain('Berdasarkan Tabel 4.3, responden didominasi oleh perempuan, yaitu 63 orang (70,8%), sedangkan laki-laki sebanyak 26 orang (29,2%).');
    expect(ch.md).toContain('Dilihat dari usia, kelompok terbesar responden berada pada kelas 35–44 tahun, yaitu 38 orang (42,7%), disusul kelas 25–34 tahun (27 orang; 30,3%). Kelas ini sekaligus kelas median');
    expect(ch.md).toContain('Tabel 4.5 menunjukkan bahwa kelompok responden terbesar adalah SMA/SMK, yaitu 43 orang (48,3%), disusul diploma (18 orang; 20,2%). Kategori ini sekaligus kategori median');
    // Two categories only fix the order (jenis kelamin): no median.
    expect(ch.md).not.toMatch(/29,2%\)\. Kategori/);
    expect(ch.md).toContain('| 1 | 0 orang | 21 | 23,6% |');
    expect(ch.md).toContain('sebagian besar responden berada pada kelas 1–2 orang, yaitu 49 orang (55,1%)');
    expect(ch.md).toContain('| 1 | < Rp3.000.000 | 15 | 16,9% |');
    expect(ch.md).toContain('| 4 | ≥ Rp10.000.000 | 9 | 10,1% |');
    expect(ch.md).toContain('kelompok terbesar responden berada pada kelas Rp5.000.000–Rp9.999.999, yaitu 33 orang (37,1%), disusul kelas Rp3.000.000–Rp4.999.999 (32 orang; 36,0%). Kelas mediannya adalah Rp3.000.000–Rp4.999.999, artinya separuh responden berada pada kelas tersebut atau kelas di bawahnya.');
    expect(ch.md).toContain('persentase dihitung terhadap jumlah responden (n = 89), sehingga jumlahnya dapat melebihi 100%. Seluruhnya tercatat 330 jawaban.');
    expect(ch.md).toContain('pilihan yang paling banyak adalah WhatsApp, yaitu oleh 83 responden (93,3%), disusul Instagram (73 responden; 82,0%) dan Shopee (63 responden; 70,8%).');
    // Four openings in turn, not one template eight times.
    for (const opening of ['Berdasarkan Tabel 4.3, ', 'Dilihat dari usia, ', 'Tabel 4.5 menunjukkan bahwa ', 'Dari segi lama usaha, ']) expect(ch.md).toContain(opening);
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
    expect(ch.md).toContain('nilai Sig. seluruh variabel bebas lebih besar dari 0,05, sehingga **tidak terdeteksi heteroskedastisitas**. Sebagai pembanding, uji Breusch–Pagan bentuk Koenker menghasilkan χ² = 4,064 (df = 3; Sig. 0,255) dan uji White χ² = 12,672 (df = 9; Sig. 0,178); keduanya sejalan dengan kesimpulan tersebut.');
    expect(ch.md).toContain('nilai d = 1,786 berada di antara dU = 1,725 dan 4 − dU = 2,275, sehingga **tidak terjadi autokorelasi**.');
    expect(ch.md).toContain('(distribusi eksak) sebesar 0,160');
    expect(ch.md).toContain('sehingga hubungan setiap variabel bebas dengan variabel terikat **linear**. Uji RESET menghasilkan F = 0,163 (df = 2; 83) dengan Sig. 0,850, sehingga tidak ada indikasi kesalahan bentuk fungsi model.');
    expect(ch.md).toContain('Dengan demikian tidak semua asumsi klasik terpenuhi (asumsi normalitas tidak terpenuhi).');
  });

  it('4.6 equation with a negative constant, one sentence per coefficient', () => {
    expect(ch.md).toContain('**Y = −2,064 + 0,668X₁ + 0,189X₂ + 0,226X₃ + e**');
    expect(ch.md).toContain('Konstanta sebesar −2,064 berarti apabila X1, X2, dan X3 bernilai nol');
    expect(ch.md).toContain('karena skor nol berada di luar rentang skala pengukuran');
    expect(ch.md).toContain('Koefisien regresi Penggunaan E-commerce (X1) sebesar 0,668 bertanda positif: jika X1 naik satu satuan, Pendapatan UMKM naik sebesar 0,668');
  });

  it('4.7 t two-tailed without hypotheses: significant whatever the sign, H₀ wording, borderline X2 with the overlap; F; R²', () => {
    expect(ch.results.hypotheses!.map((h) => [h.id, h.direction, h.tails, h.accepted, h.borderline])).toEqual([
      ['H1', 'two-sided', 2, true, false],
      ['H2', 'two-sided', 2, false, true],
      ['H3', 'two-sided', 2, true, false],
      ['H4', 'two-sided', 2, true, false],
    ]);
    expect(ch.md).toContain('Hipotesis penelitian tidak menyatakan arah pengaruh, sehingga diuji dua arah (*two-tailed*): H₀ ditolak apabila Sig. < 0,05, atau setara dengan |t hitung| > t tabel, apa pun tanda koefisiennya.');
    expect(ch.md).toContain('- H₁: Penggunaan E-commerce berpengaruh signifikan terhadap Pendapatan UMKM.');
    expect(ch.md).toContain('Nilai signifikansi X1 kurang dari 0,001, lebih kecil dari 0,05, dan t hitung 7,048 > t tabel 1,988, maka **H₀ ditolak dan H₁ diterima**: penggunaan e-commerce berpengaruh signifikan terhadap pendapatan UMKM, dengan arah positif: semakin tinggi penggunaan e-commerce, semakin tinggi pula pendapatan UMKM.');
    expect(ch.md).toContain('Nilai signifikansi X3 sebesar 0,030 < 0,05 dan t hitung 2,214 > t tabel 1,988, maka **H₀ ditolak dan H₃ diterima**');
    expect(ch.md).toContain('Nilai signifikansi X2 sebesar 0,053 > 0,05 dan |t hitung| 1,965 < t tabel 1,988, maka **H₀ tidak dapat ditolak dan H₂ ditolak**: media sosial tidak berpengaruh signifikan terhadap pendapatan UMKM.');
    expect(ch.md).toContain(' Nilai Sig. ini berada di sekitar batas α (antara 0,04 dan 0,06), sehingga buktinya **marginal**: perubahan kecil pada data dapat membalik keputusan; keputusan ini diperiksa kembali dengan uji ketahanan pada subbab 4.7.2.');
    // X2 and X3 correlate 0,431 > 0,4 and X2 is not significant: its text names the overlap.
    expect(ch.md).toContain('Perlu dicatat bahwa media sosial berkorelasi cukup kuat dengan social media marketing (X3; r = 0,431): sebagian informasi yang dibawa X2 tumpang tindih');
    expect(ch.md.match(/Perlu dicatat bahwa .* berkorelasi cukup kuat/g)).toHaveLength(1);
    expect(ch.md).toContain('| H₂ | Media Sosial (X2) | 0,189 | 1,965 | 1,988 | 0,053 | H₀ tidak dapat ditolak, H₂ ditolak |');
    expect(ch.md).not.toContain('H₀ diterima');
    expect(ch.md).toContain('F hitung 27,635 > F tabel 2,712 dan nilai signifikansi kurang dari 0,001, lebih kecil dari 0,05, maka **H₀ ditolak dan H₄ diterima**: penggunaan e-commerce, media sosial, dan social media marketing secara simultan berpengaruh signifikan');
    expect(ch.md).toContain('nilai R sebesar 0,703 menunjukkan hubungan yang **kuat**');
    expect(ch.md).toContain('Nilai Adjusted R² sebesar 0,476 berarti 47,6% variasi pendapatan UMKM dijelaskan oleh penggunaan e-commerce, media sosial, dan social media marketing, sedangkan sisanya sebesar 52,4% dijelaskan oleh faktor lain di luar model, termasuk kesalahan pengukuran. Adjusted R² dipakai sebagai ukuran daya jelas model karena');
  });

  it('4.7.2 robustness (normality rejected): HC3 and the bootstrap reverse the decision on H₂', () => {
    const h2 = ch.results.hypotheses![1];
    expect([h2.accepted, h2.robust!.accepted, h2.bootstrap!.accepted]).toEqual([false, true, true]);
    expect(ch.results.regression!.bootstrap).toMatchObject({ replicates: 5000, seed: 20240612 });
    expect(ch.md).toContain('### 4.7.2 Uji Ketahanan Hasil Uji t');
    expect(ch.md).toContain('Karena asumsi normalitas residual tidak terpenuhi (subbab 4.5.1), hasil uji t diperiksa kembali dengan dua cara yang tidak memerlukan asumsi tersebut: (1) galat baku yang tahan heteroskedastisitas HC3');
    expect(ch.md).toContain('sebanyak 5.000 kali, 89 responden diambil ulang secara acak dengan pengembalian');
    expect(ch.md).toContain('*seed* 20240612');
    expect(ch.md).toMatch(/\| H₂ \| Media Sosial \(X2\) \| 0,189 \| 0,096 \| 0,085 \| 0,028 \| \[0,0\d\d; 0,3\d\d\] \| Berubah \(uji t: H₂ ditolak\) \|/);
    expect(ch.md).toContain('| Tetap (H₁ diterima) |');
    expect(ch.md).toMatch(/keputusan H₂ tidak bertahan: dengan galat baku HC3 nilai Sig\. X2 menjadi 0,028 \(< 0,05\) dan interval bootstrap \[0,0\d\d; 0,3\d\d\] tidak memuat nol, sehingga kedua pemeriksaan menyatakan pengaruh X2 signifikan, berbeda dari uji t biasa\./);
    expect(ch.md).toContain('Keputusan bab ini tetap mengikuti uji t pada subbab 4.7.1');
    expect(ch.md).toContain('### 4.7.3 Uji F (Simultan)');
    expect(ch.md).toContain('### 4.7.4 Koefisien Determinasi (R²)');
    expect(ch.md).toContain('karena itu hasil uji t diperiksa kembali dengan galat baku HC3 dan bootstrap pada subbab 4.7.2.');
  });

  it('4.5 the figures read: skewness, excess kurtosis, the largest P-P deviation and where, |e| against ŷ', () => {
    expect(ch.md).toContain('Bentuk histogram pada Gambar 4.15 cukup simetris: kemencengan (*skewness*) residual sebesar −0,238 dengan galat baku 0,255, masih dalam batas ±1,96 kali galat bakunya. Kurtosis berlebih (*excess kurtosis*) sebesar 0,214 dengan galat baku 0,506 menunjukkan bahwa keruncingan distribusinya tidak berbeda jelas dari kurva normal.');
    expect(ch.md).toContain('Pada Gambar 4.16, titik-titik menyimpang cukup jelas dari garis diagonal; selisih terbesar antara peluang kumulatif teramati dan harapan sebesar 0,105, yaitu di bagian tengah distribusi (peluang kumulatif harapan 0,408), tempat titik berada di bawah garis.');
    expect(ch.md).toContain('Pada Gambar 4.17, sebaran residual tidak tampak melebar atau menyempit seiring naiknya nilai prediksi: korelasi antara nilai mutlak residual dan nilai prediksi hanya r = −0,089 (Sig. 0,406).');
  });

  it('the data note names the rows that fail a plausibility rule, with the columns’ labels', () => {
    expect(ch.md).toContain('> **Catatan pemeriksaan data:** 4 responden tidak memenuhi aturan kewajaran lama usaha (tahun) ≤ usia (tahun) − 15 (baris data 15, 44, 69, 72).');
  });

  it('no product names and no config keys in the chapter', () => {
    expect(ch.md).not.toMatch(/SPSS/);
    for (const key of ['missing:', 'normality:', 'robust:', 'tails:', 'determination', 'borderline', 'statedTotals', 'checks:', 'severity']) expect(ch.md, key).not.toContain(key);
  });

  it('4.8 dominant variable, significant, contributions without suppression; they add up to R², not to the adjusted R²', () => {
    expect(ch.md).toContain('variabel **Penggunaan E-commerce (X1)** memiliki nilai |Beta| terbesar, yaitu 0,562, sehingga merupakan variabel yang paling dominan memengaruhi pendapatan UMKM. Sumbangan efektifnya sebesar 35,8% dari total 49,4% (R²), atau 72,5% dari seluruh sumbangan variabel bebas.');
    expect(ch.md).toContain('Perlu dicatat bahwa jumlah sumbangan efektif (49,4%) sama dengan R Square, bukan Adjusted R² (0,476) yang dipakai pada subbab 4.7');
    expect(ch.md).not.toContain('efek supresi');
  });

  it('4.9 discussion: accepted, rejected (marginal, not fully supported by the robustness check), simultaneous; the hint; the answers to the research questions', () => {
    expect(ch.md).toContain('sehingga hipotesis H₁ diterima: semakin tinggi penggunaan e-commerce, semakin tinggi pula pendapatan UMKM.');
    expect(ch.md).toContain('media sosial (X2) tidak berpengaruh secara signifikan terhadap pendapatan UMKM (B = 0,189; t = 1,965; Sig. 0,053), sehingga hipotesis H₂ ditolak. Nilai Sig.-nya berada di sekitar batas α, sehingga kesimpulan ini perlu disampaikan dengan hati-hati. Uji ketahanan (subbab 4.7.2) tidak sepenuhnya mendukung keputusan ini.');
    expect(ch.md).toContain('Variabel-variabel bebas tersebut bersama-sama menjelaskan 47,6% variasi pendapatan UMKM (Adjusted R²).');
    expect(ch.md).toContain('<!-- bab4: tulis pembahasan H1 (kaitan dengan teori dan penelitian terdahulu) di pembahasan/H1.md;');
    const answers = ch.md.slice(ch.md.indexOf('### 4.9.5 Jawaban Rumusan Masalah'));
    expect(answers).toContain('1. **Karakteristik responden.** Dari sisi sosial, kategori terbanyak adalah jenis kelamin perempuan (70,8%), usia 35–44 tahun (42,7%), dan pendidikan terakhir SMA/SMK (48,3%). Dari sisi ekonomi, kategori terbanyak adalah lama usaha 2–4 tahun (39,3%), jumlah karyawan 1–2 orang (55,1%), pendapatan per bulan Rp5.000.000–Rp9.999.999 (37,1%), modal awal Rp10.000.000–Rp24.999.999 (51,7%), dan platform yang digunakan WhatsApp (93,3% responden).');
    expect(answers).toContain('2. **Pengaruh variabel bebas terhadap pendapatan UMKM.** Variabel penggunaan e-commerce (X1) dan social media marketing (X3) berpengaruh signifikan terhadap pendapatan UMKM dengan arah positif, sedangkan media sosial (X2) tidak berpengaruh signifikan. Secara simultan, X1, X2, dan X3 berpengaruh signifikan terhadap pendapatan UMKM dan menjelaskan 47,6% variasinya. Variabel yang paling dominan adalah penggunaan e-commerce (X1; Beta = 0,562). Bukti untuk H₂ bersifat marginal');
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
    expect(ch.md).toContain('Heteroskedastisitas membuat galat baku OLS bias sehingga uji t dan F kurang dapat dipercaya; karena itu hasil uji t diperiksa kembali dengan galat baku HC3 dan bootstrap pada subbab 4.7.2.');
    expect(ch.md).toContain('Karena asumsi normalitas tidak terpenuhi dan terdeteksi heteroskedastisitas (subbab 4.5), hasil uji t diperiksa kembali');
    expect(ch.md).toMatch(/Pada Gambar 4\.\d+, sebaran residual melebar seiring naiknya nilai prediksi \(pola corong\)/);
    expect(ch.md).toMatch(/Bentuk histogram pada Gambar 4\.\d+ menceng ke kanan \(ekor kanannya lebih panjang\)/);
    expect(ch.md).toContain('nilai d = 0,991 lebih kecil dari dL = 1,651, sehingga **terjadi autokorelasi positif**.');
    expect(ch.md).toContain('(pendekatan normal) kurang dari 0,001');
    expect(ch.md).toContain('hubungan variabel Harga (X3) dengan variabel terikat **tidak linear** (Sig. < 0,05).');
    expect(ch.md).toContain(', yang menunjukkan adanya kesalahan bentuk fungsi model.');
    expect(ch.md).toContain('(asumsi normalitas, bebas multikolinearitas, homoskedastisitas, bebas autokorelasi, dan linearitas tidak terpenuhi)');
  });

  it('no hypothesis accepted: t not significant (incl. a negative coefficient), F rejected', () => {
    expect(ch.results.hypotheses!.every((h) => !h.accepted)).toBe(true);
    expect(ch.md).toContain('Nilai signifikansi X2 sebesar 0,299 > 0,05 dan |t hitung| 1,042 < t tabel 1,981, maka **H₀ tidak dapat ditolak dan H₂ ditolak**');
    expect(ch.md).toContain('Koefisien regresi Aksesibilitas (X2) sebesar −0,894 bertanda negatif: jika X2 naik satu satuan, Keputusan Pembelian turun sebesar 0,894');
    expect(ch.md).toContain('**Y = 11,028 + 0,749X₁ − 0,894X₂ + 0,153X₃ + e**');
    expect(ch.md).toContain('F hitung 1,167 < F tabel 2,683 dan nilai signifikansi sebesar 0,325 > 0,05, maka **H₀ tidak dapat ditolak dan H₄ ditolak**');
    expect(ch.md).toContain('secara simultan tidak berpengaruh signifikan terhadap keputusan pembelian (F = 1,167; Sig. 0,325), sehingga hipotesis H₄ ditolak.');
    expect(ch.md).not.toMatch(/\*\*H₀ ditolak/);
  });

  it('dominant variable: negative, not significant, suppression in the contributions', () => {
    expect(ch.md).toContain('memiliki nilai |Beta| terbesar, yaitu 0,636 (Beta = −0,636), sehingga merupakan variabel yang paling dominan (dengan arah pengaruh negatif)');
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
    expect(ch.md).toContain('| H₄ | Intensitas Persaingan (X4) | −212.279,482 | −5,273 | 1,976 | < 0,001 | Signifikan negatif, H₄ ditolak |');
    expect(ch.md).toContain('dan |t hitung| 5,273 > t tabel 1,976, tetapi koefisiennya negatif (−212.279,482): intensitas persaingan berpengaruh signifikan namun **negatif** terhadap pendapatan per bulan (Rp). Karena arahnya berlawanan dengan hipotesis, **H₀ tidak dapat ditolak dan H₄ ditolak**.');
    expect(ch.md).toContain('Walaupun hipotesis H₁, H₂, H₃, dan H₄ menyatakan arah pengaruh, seluruh uji t dilakukan dua arah (*two-tailed*) sebagai pilihan yang lebih konservatif');
    expect(ch.md).toContain('- H₄: Intensitas Persaingan berpengaruh positif dan signifikan terhadap Pendapatan per Bulan (Rp).');
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
    expect(ch.md).toMatch(/Berdasarkan Tabel 4\.15, 4 dari 5 butir variabel Penggunaan E-commerce \(X1\) valid; butir X1\.5 \(r = −0,\d{3}\) memiliki r hitung tidak lebih besar dari r tabel \(0,208\) sehingga dinyatakan tidak valid\./);
    expect(ch.md).toContain('Berdasarkan Tabel 4.15, seluruh butir pernyataan variabel Media Sosial (X2) memiliki r hitung lebih besar dari r tabel (0,208), sehingga seluruh butir dinyatakan valid.');
    expect(ch.md).toContain('| X1.5 | −0,');
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
    expect(ch.md).toMatch(/nilai Cronbach's Alpha variabel Social Media Marketing \(X3\) sebesar −\d,\d{3} ≤ 0,60, sehingga instrumen variabel ini dinyatakan tidak reliabel\./);
    expect(ch.md).toContain('Nilai Cronbach\'s Alpha variabel Penggunaan E-commerce (X1) sebesar 0,798 > 0,60, sehingga instrumen variabel ini dinyatakan reliabel.'.replace('Nilai', 'nilai'));
    expect(ch.md).toContain('Variabel yang tidak reliabel (Social Media Marketing (X3)) perlu ditafsirkan dengan hati-hati');
    // The figure shows the r the decision rests on, under a caption that names it.
    expect(ch.md).toMatch(/\*\*Gambar 4\.\d+\*\* Nilai r Butir-Total Terkoreksi Setiap Butir Dibandingkan dengan r Tabel/);
    const specs = new Map<string, object>();
    await build(s.config, { outDir: null, word: false, render: async (id, spec) => (specs.set(id, spec), '<svg></svg>') });
    const spec = JSON.stringify(specs.get('validitas'));
    expect(spec).toContain('"title":"r butir-total terkoreksi"');
    const bars = (specs.get('validitas') as { layer: { data: { values: { item: string; r: number }[] } }[] }).layer[0].data.values;
    expect(bars.find((b) => b.item === 'X1.1')!.r).toBe(ch.results.validity!.X1_1.correctedR);
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
    expect(ch.md).toMatch(/Nilai Adjusted R² sebesar −0,0\d\d bernilai negatif, yang berarti model praktis tidak menjelaskan variasi pendapatan UMKM\./);
    expect(ch.md).toMatch(/sehingga residual \*\*berdistribusi normal\*\*\. Uji normalitas lainnya memberikan kesimpulan yang sama\./);
    expect(ch.md).toContain('Dengan demikian seluruh asumsi klasik terpenuhi, sehingga model regresi layak digunakan untuk pengujian hipotesis.');
    expect(ch.md).toMatch(/maka \*\*H₀ tidak dapat ditolak dan H₄ ditolak\*\*/);
    // robust: auto — every assumption met, no robustness subsection.
    expect(ch.results.regression!.robust).toBeNull();
    expect(ch.md).not.toContain('Uji Ketahanan');
    expect(ch.md).toContain('### 4.7.2 Uji F (Simultan)');
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
    expect(ch.md).not.toContain('yang tercantum pada sumber data');
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
    expect(a.md).toContain('Uji Breusch–Pagan menghasilkan χ² = 4,064 (df = 3) dengan Sig. 0,255 > 0,05, sehingga **tidak terdeteksi heteroskedastisitas**. Sebagai pembanding, uji Glejser tidak menunjukkan variabel bebas dengan Sig. < 0,05 (Tabel 4.19), dan uji White menghasilkan χ² = 12,672');
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

/** The default study with the hypotheses (and other keys) stated in its config. */
function withConfig(edit: (c: Record<string, any>) => void, study = defaultStudy()): Study {
  editConfig(study, edit);
  return study;
}

describe('chapter wording: what an examiner asks (issue 11)', () => {
  const io = captureConsole();

  it('directional hypotheses tested one-tailed: p = P(T ≥ t), t tabel = t(1 − α; df); X2 (one-tailed p 0,026) accepted', async () => {
    const ch = await chapter(withConfig((c) => (c.hypotheses = { H1: { direction: 'positive' }, H2: { direction: 'positive', text: 'Media sosial berpengaruh positif terhadap pendapatan UMKM fashion di Kota Jambi.' }, H3: { direction: 'positive' } })));
    const h = ch.results.hypotheses!;
    expect(h.map((x) => [x.tails, x.accepted])).toEqual([[1, true], [1, true], [1, true], [2, true]]);
    expect(h[1].p).toBeCloseTo(0.0263, 4);
    expect(ch.results.criticalValues!.t!.oneTailed).toBeCloseTo(1.6630, 4);
    expect(ch.md).toContain('Hipotesis H₁, H₂, dan H₃ menyatakan arah pengaruh, sehingga diuji satu arah (*one-tailed*): seluruh peluang kesalahan α ditempatkan pada sisi yang dihipotesiskan');
    expect(ch.md).toContain('adalah p satu arah, yaitu P(T ≥ t hitung) untuk hipotesis positif, dan t tabel = t(1 − α; df) = 1,663.');
    expect(ch.md).toContain('| H₂ | Media Sosial (X2) | 0,189 | 1,965 | satu arah (positif) | 1,663 | 0,026 | H₀ ditolak, H₂ diterima |');
    expect(ch.md).toContain('Keterangan: Sig. hipotesis yang diuji satu arah adalah p satu arah');
    expect(ch.md).toContain('- H₀: Media Sosial tidak berpengaruh positif terhadap Pendapatan UMKM.');
    expect(ch.md).toContain('- H₂: Media sosial berpengaruh positif terhadap pendapatan UMKM fashion di Kota Jambi.');
    expect(ch.md).toContain('Dengan uji satu arah, nilai signifikansi X2 sebesar 0,026 < 0,05 dan t hitung 1,965 > t tabel 1,663, maka **H₀ ditolak dan H₂ diterima**: media sosial berpengaruh positif dan signifikan terhadap pendapatan UMKM.');
    // One-tailed: X2's p (0,026) is no longer borderline; the robustness check still runs (normality fails).
    expect(h[1].borderline).toBe(false);
    expect(ch.md).toContain('untuk hipotesis satu arah, keputusan bootstrap memakai batas satu sisi (persentil 5% untuk hipotesis positif');
    expect(ch.files.get('lampiran.html')).toContain('t tabel satu arah = t(1 − α; n − k − 1) = t(0,95; 85) = 1,6630');
  });

  it('tails: two — the same directional hypotheses two-tailed: X2 (0,053) not accepted, a significant coefficient must have the stated sign', async () => {
    const ch = await chapter(withConfig((c) => {
      c.hypotheses = { H1: { direction: 'positive' }, H2: { direction: 'positive' }, H3: { direction: 'positive' } };
      c.tails = 'two';
    }));
    expect(ch.results.hypotheses!.map((x) => [x.tails, x.accepted])).toEqual([[2, true], [2, false], [2, true], [2, true]]);
    expect(ch.md).toContain('Walaupun hipotesis H₁, H₂, dan H₃ menyatakan arah pengaruh, seluruh uji t dilakukan dua arah (*two-tailed*)');
    expect(ch.md).toContain('dan t hitung 7,048 > t tabel 1,988 dengan koefisien positif sesuai arah hipotesis, maka **H₀ ditolak dan H₁ diterima**: penggunaan e-commerce berpengaruh positif dan signifikan terhadap pendapatan UMKM.');
    expect(ch.md).not.toContain('satu arah');
  });

  it('negative direction: accepted one-tailed below −t tabel (survey-b H4); a coefficient of the other sign (default X3) rejected', async () => {
    const b = await chapter(withConfig((c) => {
      c.hypotheses = { H4: { direction: 'negative' } };
      c.tails = 'auto';
    }, fixtureStudy('survey-b')));
    expect(b.results.hypotheses!.map((x) => x.accepted)).toEqual([true, true, false, true, true]);
    expect(b.md).toContain('Dengan uji satu arah, nilai signifikansi X4 kurang dari 0,001, lebih kecil dari 0,05, dan t hitung −5,273 < −t tabel (−1,655), maka **H₀ ditolak dan H₄ diterima**: intensitas persaingan berpengaruh negatif dan signifikan terhadap pendapatan per bulan (Rp).');
    expect(b.md).toContain('P(T ≤ t hitung) untuk hipotesis negatif');
    expect(b.md).toContain('- H₀: Intensitas Persaingan tidak berpengaruh negatif terhadap Pendapatan per Bulan (Rp).');

    const a = await chapter(withConfig((c) => (c.hypotheses = { H3: { direction: 'negative' } })));
    const h3 = a.results.hypotheses![2];
    expect([h3.tails, h3.signMatches, h3.accepted]).toEqual([1, false, false]);
    expect(a.md).toContain('Koefisien X3 bertanda positif (B = 0,226), berlawanan dengan arah yang dihipotesiskan, sehingga nilai signifikansi satu arahnya sebesar 0,985 > 0,05; maka **H₀ tidak dapat ditolak dan H₃ ditolak**: social media marketing tidak terbukti berpengaruh negatif terhadap pendapatan UMKM. Secara dua arah, pengaruh positifnya justru signifikan (Sig. dua arah 0,030), sehingga arah hubungan ini perlu dibahas.');
    expect(a.md).toContain('koefisien social media marketing (X3) berlawanan arah dengan hipotesis (B = 0,226; t = 2,214; Sig. satu arah 0,985), sehingga hipotesis H₃ ditolak.');
    // H1 and H2 stay two-sided: a mixed intro.
    expect(a.md).toContain('Hipotesis lainnya tidak menyatakan arah sehingga diuji dua arah (*two-tailed*)');
    expect(a.md).toContain('tidak terbukti berpengaruh sebagaimana dihipotesiskan');
  });

  it('robust: never — no robustness subsection; the borderline sentence without the pointer', async () => {
    const ch = await chapter(withConfig((c) => (c.robust = 'never')));
    expect(ch.results.regression!.robust).toBeNull();
    expect(ch.results.regression!.bootstrap).toBeNull();
    expect(ch.md).not.toContain('Uji Ketahanan');
    expect(ch.md).toContain('sehingga buktinya **marginal**: perubahan kecil pada data dapat membalik keputusan.');
    expect(ch.md).toContain('(alternatif: transformasi data, bootstrap, atau memeriksa pencilan)');
    expect(ch.md).toContain('### 4.7.2 Uji F (Simultan)');
  });

  it('robust: always with every assumption met — an additional check whose decisions all hold', async () => {
    const s = unrelatedY(5);
    editConfig(s, (c) => {
      c.robust = 'always';
      c.bootstrap = { replicates: 1000, seed: 3 };
    });
    const ch = await chapter(s);
    expect(ch.results.regression!.bootstrap).toMatchObject({ replicates: 1000, seed: 3 });
    expect(ch.md).toContain('Sebagai pemeriksaan tambahan, hasil uji t diperiksa kembali dengan dua cara yang tidak memerlukan asumsi normalitas dan homoskedastisitas');
    expect(ch.md).toContain('sebanyak 1.000 kali');
    expect(ch.md).toContain('keputusan seluruh hipotesis dengan galat baku HC3 maupun dengan interval bootstrap sama dengan keputusan uji t biasa, sehingga kesimpulan uji t tidak bergantung pada asumsi yang dilanggar.');
  });

  it('determination: r2 — 4.7, 4.8 and 4.9 speak of R²', async () => {
    const ch = await chapter(withConfig((c) => (c.determination = 'r2')));
    expect(ch.md).toContain('Nilai R² sebesar 0,494 berarti 49,4% variasi pendapatan UMKM dijelaskan oleh penggunaan e-commerce, media sosial, dan social media marketing, sedangkan sisanya sebesar 50,6% dijelaskan oleh faktor lain di luar model, termasuk kesalahan pengukuran. (Adjusted R², yang dikoreksi terhadap jumlah variabel bebas dan ukuran sampel, sebesar 0,476.)');
    expect(ch.md).not.toContain('bukan Adjusted R²');
    expect(ch.md).toContain('bersama-sama menjelaskan 49,4% variasi pendapatan UMKM (R²).');
    expect(ch.md).toContain('dan menjelaskan 49,4% variasinya.');
  });

  it('a failed rule with severity: error refuses the build (exit 1) naming the rule, the rows and the config line', async () => {
    const s = withConfig((c) => (c.checks = [{ rule: 'lama_usaha <= usia - 15', severity: 'error' }]));
    const line = s.read('bab4.config.yaml').split('\n').findIndex((l) => l.includes('lama_usaha <= usia - 15')) + 1;
    expect(await main(['build', '--config', s.config, '--out', `${s.dir}/out`])).toBe(1);
    expect(io.err).toContain(`bab4.config.yaml:${line}: kunci "checks[0]": aturan kewajaran "lama_usaha <= usia - 15" (severity: error) tidak dipenuhi oleh 4 responden, baris data 15, 44, 69, 72`);
  });

  it('duplicates and straight-lining in the data note; rules that hold and nothing found: one sentence', async () => {
    const items = ['X1', 'X2', 'X3', 'Y'].flatMap((v) => [1, 2, 3, 4, 5].map((i) => `${v}_${i}`));
    const s = defaultStudy();
    editCsv(s, DATA, (rows) => [...rows.map((r, i) => (i === 6 ? { ...r, ...Object.fromEntries(items.map((c) => [c, '3'])) } : r)), { ...rows[1], no: '90' }]);
    editConfig(s, (c) => (c.checks = ['modal_awal > 0']));
    const ch = await chapter(s);
    expect(ch.md).toContain('> **Catatan pemeriksaan data:** 2 responden memiliki jawaban yang identik pada semua kolom yang dianalisis (baris data 2 = 90). 1 responden memberikan jawaban yang sama pada seluruh 20 butir pernyataan (baris data 7).');
    expect(ch.files.get('lampiran.html')).toContain('Pemeriksaan Kewajaran Data');

    const clean = await chapter(withConfig((c) => (c.checks = ['modal_awal > 0', 'usia >= 17'])));
    expect(clean.md).toContain('Pemeriksaan kewajaran data (modal awal > 0 dan usia (tahun) ≥ 17, jawaban ganda yang identik, dan jawaban seragam pada semua butir) tidak menemukan data yang janggal.');
  });

  it('a population without its own source: the default source line; the discrepancy names "tabel sumber"', async () => {
    const ch = await chapter(withConfig((c) => delete c.population.source));
    expect(ch.md).toContain('Jumlah tahun 2021 yang tercantum pada tabel sumber adalah 330 unit, sedangkan penjumlahan rincian per kecamatan menghasilkan 309 unit');
    expect(ch.md).not.toContain('Dinas');
    expect(ch.md).not.toContain('Data populasi diperoleh dari');
  });

  it('characteristics without groups: one list; a categorical numeric answer read with its unit', async () => {
    const ch = await chapter(withConfig((c) => {
      for (const k of c.characteristics) delete k.group;
      c.characteristics = c.characteristics.filter((k: { column: string }) => !['pendapatan_per_bulan', 'modal_awal'].includes(k.column));
      delete c.characteristics.find((k: { column: string }) => k.column === 'jumlah_karyawan').bins;
    }));
    expect(ch.md).toContain('diuraikan berdasarkan jenis kelamin, usia, pendidikan terakhir, lama usaha, jumlah karyawan, dan platform yang digunakan.');
    expect(ch.md).toContain('kelompok responden terbesar adalah 1 orang, yaitu 30 orang (33,7%), disusul 0 orang (21 orang; 23,6%). Kategori ini sekaligus kategori median');
    expect(ch.md).toContain('1. **Karakteristik responden.** Kategori terbanyak adalah jenis kelamin perempuan (70,8%)');
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
    expect(ch.md).toContain('The significance of X1 is below 0.001, smaller than 0.05, and the computed t 7.048 > critical t 1.988, so **H₀ is rejected and H₁ is accepted**: penggunaan e-commerce has a significant effect on pendapatan UMKM, in a positive direction');
    expect(ch.md).toContain('The significance of X2 is 0.053 > 0.05 and |computed t| 1.965 < critical t 1.988, so **H₀ is not rejected and H₂ is rejected**');
    expect(ch.md).toContain('This Sig. lies close to α (between 0.04 and 0.06), so the evidence is **marginal**');
    expect(ch.md).toContain('### 4.7.2 Robustness of the t-Tests');
    expect(ch.md).toContain('### 4.9.5 Answers to the Research Questions');
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

  it('directional hypotheses one-tailed, a coefficient of the other sign, r2 determination', async () => {
    const s = english(defaultStudy());
    editConfig(s, (c) => {
      c.hypotheses = { H1: { direction: 'positive' }, H2: { direction: 'positive' }, H3: { direction: 'negative' } };
      c.determination = 'r2';
    });
    const ch = await chapter(s);
    expectEnglish(ch);
    expect(ch.md).toContain('Hypotheses H₁, H₂, and H₃ state the direction of the effect and are therefore tested one-tailed');
    expect(ch.md).toContain('In the one-tailed test, the significance of X2 is 0.026 < 0.05 and the computed t 1.965 > critical t 1.663, so **H₀ is rejected and H₂ is accepted**');
    expect(ch.md).toContain('The coefficient of X3 is positive (B = 0.226), opposite to the hypothesized direction, so its one-tailed significance is 0.985 > 0.05');
    expect(ch.md).toContain('The R² of 0.494 means that 49.4% of the variation');
  });

  it('survey-c: every assumption fails, nothing accepted', async () => {
    const ch = await chapter(english(fixtureStudy('survey-c')));
    expectEnglish(ch);
    expect(ch.md).toContain('This study involves 120 respondents. Population data (the sampling frame) are not included');
    expect(ch.md).toContain('Lokasi Usaha (X1) and Aksesibilitas (X2) have Tolerance ≤ 0.10 or VIF ≥ 10, so **multicollinearity is present**.');
    expect(ch.md).toContain('so **there is positive autocorrelation**.');
    expect(ch.md).toContain('(the assumptions of normality, no multicollinearity, homoscedasticity, no autocorrelation, and linearity are not met)');
    expect(ch.md).toContain('so **H₀ is not rejected and H₄ is rejected**');
    expect(ch.md).toContain('(a suppression effect)');
    expect(ch.md).toContain('Its effect, however, is not significant in the t-test');
  });

  it('survey-b: significant negative coefficient, reversed item', async () => {
    const ch = await chapter(english(fixtureStudy('survey-b')));
    expectEnglish(ch);
    expect(ch.md).toContain('| Significant negative, H₄ rejected |');
    expect(ch.md).toContain('but the coefficient is negative (−212,279.482): intensitas persaingan has a significant but **negative** effect on pendapatan per bulan (Rp). Because the direction is opposite to the hypothesis, **H₀ is not rejected and H₄ is rejected**.');
    expect(ch.md).toContain('X2.3 is a negatively worded statement, so its score was reversed (1 ↔ 5) before the analysis.');
    expect(ch.md).toContain('the Sig. of Kualitas Produk (X1), Promosi Digital (X2), and Intensitas Persaingan (X4) are smaller than 0.05');
  });

  it('invalid item and perfect fit', async () => {
    const s = english(defaultStudy());
    editCsv(s, DATA, invalidItem);
    const a = await chapter(s);
    expectEnglish(a);
    expect(a.md).toMatch(/4 of the 5 items of Penggunaan E-commerce \(X1\) are valid; item X1\.5 \(r = −0\.\d{3}\) has a computed r not greater than the critical r \(0\.208\) and is therefore not valid\./);

    const p = english(defaultStudy());
    editCsv(p, DATA, yEqualsX1);
    const b = await chapter(p);
    expectEnglish(b);
    expect(b.md).toContain('The classical assumptions cannot be tested because the regression model fits perfectly');
    expect(b.md).toContain('The t-test for X1 cannot be carried out because the model fits perfectly (zero standard error).');
    expect(b.md).toContain('| Cannot be tested |');
  });
});
