/**
 * Every message bab4 prints or writes — errors and warnings — in Indonesian and English, in one place.
 * Wording lives here; code refers to messages by key and passes the values.
 *
 * Errors (exit 1) are printed on the terminal; warnings also appear in the chapter and results.json
 * (`warnings: [{ code, message, ... }]`), in the language of the chapter.
 */
export type Lang = 'id' | 'en';

type Args = Record<string, string | number>;
type Entry = { id: (a: Args) => string; en: (a: Args) => string };

const q = (s: string | number) => `"${s}"`;

export const catalog = {
  // ---- config ----
  configNotFound: {
    id: (a) => `berkas konfigurasi tidak ditemukan (${a.path})`,
    en: (a) => `config file not found (${a.path})`,
  },
  configYaml: {
    id: (a) => `YAML tidak valid: ${a.detail}`,
    en: (a) => `invalid YAML: ${a.detail}`,
  },
  configUnknownKey: {
    id: (a) => `kunci tidak dikenal ${q(a.key)} di ${a.where}; kunci yang diizinkan: ${a.allowed}`,
    en: (a) => `unknown key ${q(a.key)} in ${a.where}; allowed keys: ${a.allowed}`,
  },
  configInvalid: {
    id: (a) => `kunci ${q(a.key)}: ${a.detail}`,
    en: (a) => `key ${q(a.key)}: ${a.detail}`,
  },
  configDuplicateItem: {
    id: (a) => `butir ${q(a.item)} tercantum dua kali (di ${a.first} dan ${a.second})`,
    en: (a) => `item ${q(a.item)} is listed twice (in ${a.first} and ${a.second})`,
  },
  configUnknownVariable: {
    id: (a) => `model menyebut variabel ${q(a.name)} yang tidak ada di "variables" (tersedia: ${a.known})`,
    en: (a) => `the model names variable ${q(a.name)}, which is not defined under "variables" (defined: ${a.known})`,
  },
  configDependentIsIndependent: {
    id: (a) => `variabel ${q(a.name)} tidak boleh sekaligus terikat dan bebas`,
    en: (a) => `variable ${q(a.name)} cannot be both dependent and independent`,
  },
  configReverseNotItem: {
    id: (a) => `butir terbalik ${q(a.item)} bukan butir variabel ${a.variable}`,
    en: (a) => `reversed item ${q(a.item)} is not an item of variable ${a.variable}`,
  },
  configBins: {
    id: () => `batas kelas harus berupa angka yang naik`,
    en: () => `class bounds must be increasing numbers`,
  },
  configFileMissing: {
    id: (a) => `berkas ${q(a.path)} tidak ditemukan`,
    en: (a) => `file ${q(a.path)} not found`,
  },
  // ---- data ----
  dataMissingColumn: {
    id: (a) => `kolom ${q(a.column)} (dari ${a.key} di konfigurasi) tidak ada di data; kolom yang ada: ${a.available}`,
    en: (a) => `column ${q(a.column)} (from ${a.key} in the config) is not in the data; available columns: ${a.available}`,
  },
  dataNotItem: {
    id: (a) => `${q(a.value)} bukan bilangan bulat ${a.min}–${a.max} (skala Likert)`,
    en: (a) => `${q(a.value)} is not a whole number from ${a.min} to ${a.max} (the Likert scale)`,
  },
  dataNotNumber: {
    id: (a) => `${q(a.value)} bukan angka`,
    en: (a) => `${q(a.value)} is not a number`,
  },
  dataMissingValue: {
    id: () => `nilai kosong (atur "missing: listwise" untuk mengeluarkan responden yang tidak lengkap)`,
    en: () => `missing value (set "missing: listwise" to drop incomplete respondents)`,
  },
  dataCsv: {
    id: (a) => `CSV tidak valid: ${a.detail}`,
    en: (a) => `invalid CSV: ${a.detail}`,
  },
  dataEmpty: {
    id: () => `data tidak berisi satu baris responden pun`,
    en: () => `the data contain no respondent rows`,
  },
  dataDuplicateHeader: {
    id: (a) => `judul kolom ${q(a.column)} muncul lebih dari sekali`,
    en: (a) => `column header ${q(a.column)} appears more than once`,
  },
  dataSheet: {
    id: (a) => `lembar ${q(a.sheet)} tidak ada; lembar yang ada: ${a.available}`,
    en: (a) => `sheet ${q(a.sheet)} does not exist; sheets: ${a.available}`,
  },
  dataTooFew: {
    id: (a) => `hanya ${a.n} responden yang lengkap; analisis memerlukan paling sedikit ${a.min}`,
    en: (a) => `only ${a.n} complete respondents; the analysis needs at least ${a.min}`,
  },
  populationCount: {
    id: (a) => `${q(a.value)} bukan jumlah (bilangan bulat ≥ 0)`,
    en: (a) => `${q(a.value)} is not a count (a whole number ≥ 0)`,
  },
  populationDuplicate: {
    id: (a) => `strata ${q(a.stratum)} muncul dua kali`,
    en: (a) => `stratum ${q(a.stratum)} appears twice`,
  },
  // ---- analysis ----
  collinear: {
    id: (a) => `kolinearitas sempurna antara variabel ${a.terms}: koefisien regresi tidak dapat ditaksir; keluarkan salah satunya dari model`,
    en: (a) => `exact collinearity among ${a.terms}: the regression coefficients cannot be estimated; remove one of them from the model`,
  },
  illConditioned: {
    id: (a) => `matriks rancangan berkondisi buruk (bilangan kondisi ≈ ${a.cond}): hasil regresi tidak dapat dijamin akurat sampai 7 digit`,
    en: (a) => `ill-conditioned design matrix (condition number ≈ ${a.cond}): the regression cannot be computed to 7 correct digits`,
  },
  tooFewForModel: {
    id: (a) => `n = ${a.n} terlalu kecil untuk ${a.p} parameter regresi (perlu n > ${a.p})`,
    en: (a) => `n = ${a.n} is too small for ${a.p} regression parameters (needs n > ${a.p})`,
  },
  // ---- warnings ----
  warnSimulated: {
    id: () => `Data bawaan bab4 adalah data simulasi (dibangkitkan oleh komputer), bukan hasil survei lapangan.`,
    en: () => `bab4's bundled data are simulated (computer-generated), not the results of a field survey.`,
  },
  warnListwise: {
    id: (a) => `${a.dropped} responden dengan jawaban tidak lengkap dikeluarkan (listwise); analisis memakai ${a.n} responden.`,
    en: (a) => `${a.dropped} respondents with incomplete answers were excluded (listwise); the analysis uses ${a.n} respondents.`,
  },
  warnStatedTotal: {
    id: (a) => `Tabel sumber mencantumkan jumlah ${a.column} sebesar ${a.stated}, padahal penjumlahan barisnya ${a.computed}; bab4 memakai jumlah hasil penjumlahan.`,
    en: (a) => `The source table states a ${a.column} total of ${a.stated}, but its rows sum to ${a.computed}; bab4 uses the computed total.`,
  },
  warnStratumUnknown: {
    id: (a) => `${a.count} responden berasal dari strata yang tidak ada di data populasi: ${a.strata}.`,
    en: (a) => `${a.count} respondents belong to strata not in the population file: ${a.strata}.`,
  },
  warnSingleItem: {
    id: (a) => `Variabel ${a.variable} (${a.label}) hanya memiliki satu butir, sehingga uji validitas dan reliabilitasnya tidak dapat dihitung.`,
    en: (a) => `Variable ${a.variable} (${a.label}) has a single item, so its validity and reliability cannot be computed.`,
  },
  warnZeroVarianceItem: {
    id: (a) => `Semua responden memberi jawaban yang sama pada butir ${a.item} (varians nol): korelasinya tidak terdefinisi dan butir ini dinyatakan tidak valid.`,
    en: (a) => `Every respondent gave the same answer to item ${a.item} (zero variance): its correlation is undefined and the item is declared not valid.`,
  },
  warnAlphaUndefined: {
    id: (a) => `Cronbach's Alpha variabel ${a.variable} tidak terdefinisi (varians skor total nol).`,
    en: (a) => `Cronbach's alpha of variable ${a.variable} is undefined (the total score has zero variance).`,
  },
  warnItemLowersAlpha: {
    id: (a) => `Butir ${a.item} menurunkan reliabilitas ${a.variable}: tanpa butir ini Cronbach's Alpha naik dari ${a.alpha} menjadi ${a.without}.`,
    en: (a) => `Item ${a.item} lowers the reliability of ${a.variable}: without it Cronbach's alpha rises from ${a.alpha} to ${a.without}.`,
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof catalog;

export function msg(lang: Lang, key: MessageKey, args: Args = {}): string {
  return catalog[key][lang](args);
}
