/**
 * Every message bab4 prints or writes — errors and warnings — in Indonesian and English, in one place.
 * Wording lives here; code refers to messages by key and passes the values.
 *
 * Errors (exit 1) are printed on the terminal; warnings also appear in the chapter and results.json
 * (`warnings: [{ code, message, ... }]`), in the language of the chapter.
 */
import { clip, clipPath } from './clip.js';

export type Lang = 'id' | 'en';

type Args = Record<string, string | number>;
type Entry = { id: (a: Args) => string; en: (a: Args) => string };

/** An echoed value from the input, quoted and cut to ~80 characters. */
const q = (s: string | number) => `"${clip(String(s))}"`;
/** A path, quoted and cut in the middle when very long. */
const qp = (s: string | number) => `"${clipPath(String(s))}"`;
/** An unquoted path. */
const p = (s: string | number) => clipPath(String(s));

const ASSUMPTION_NAMES: Record<Lang, Record<string, string>> = {
  id: {
    normality: 'normalitas',
    multicollinearity: 'multikolinearitas',
    heteroscedasticity: 'heteroskedastisitas',
    autocorrelation: 'autokorelasi',
    linearity: 'linearitas',
  },
  en: {},
};

function assumptionName(lang: Lang, name: string | number): string {
  return ASSUMPTION_NAMES[lang][String(name)] ?? String(name);
}

const DW_ZONES: Record<Lang, Record<string, string>> = {
  id: {
    none: 'tidak ada autokorelasi',
    positive: 'autokorelasi positif',
    negative: 'autokorelasi negatif',
    'inconclusive-positive': 'tidak dapat disimpulkan (positif)',
    'inconclusive-negative': 'tidak dapat disimpulkan (negatif)',
    'not-applicable': 'tidak dapat diuji',
  },
  en: {
    none: 'no autocorrelation',
    positive: 'positive autocorrelation',
    negative: 'negative autocorrelation',
    'inconclusive-positive': 'inconclusive (positive)',
    'inconclusive-negative': 'inconclusive (negative)',
    'not-applicable': 'not testable',
  },
};

function dwZone(lang: Lang, zone: string | number): string {
  return DW_ZONES[lang][String(zone)] ?? String(zone);
}

const found = (lang: Lang, s: string) => (s === '' ? (lang === 'id' ? 'akhir aturan' : 'the end of the rule') : q(s));

/** What is wrong with a `checks:` rule (src/config/rule.ts RuleProblem). */
const RULE_PROBLEMS: Record<Lang, Record<string, (found: string) => string>> = {
  id: {
    character: (f) => `karakter ${q(f)} tidak dikenal (yang boleh: kolom, angka, + − * / ( ) dan satu perbandingan)`,
    quote: () => 'nama kolom dalam tanda ` tidak ditutup',
    empty: () => 'nama kolom kosong',
    operand: (f) => `diharapkan angka, nama kolom atau "(", tetapi ditemukan ${found('id', f)}`,
    close: (f) => `diharapkan ")", tetapi ditemukan ${found('id', f)}`,
    compare: (f) => `diharapkan perbandingan (<, <=, >, >=, ==, !=), tetapi ditemukan ${found('id', f)}`,
    trailing: (f) => `${found('id', f)} tidak diharapkan setelah perbandingan`,
    twoCompares: () => 'satu aturan hanya memuat satu perbandingan; tulis sebagai dua aturan',
    noColumn: () => 'aturan tidak menyebut kolom data',
  },
  en: {
    character: (f) => `unknown character ${q(f)} (allowed: columns, numbers, + - * / ( ) and one comparison)`,
    quote: () => 'a column name in backquotes is not closed',
    empty: () => 'an empty column name',
    operand: (f) => `expected a number, a column or "(", found ${found('en', f)}`,
    close: (f) => `expected ")", found ${found('en', f)}`,
    compare: (f) => `expected a comparison (<, <=, >, >=, ==, !=), found ${found('en', f)}`,
    trailing: (f) => `${found('en', f)} is not expected after the comparison`,
    twoCompares: () => 'a rule holds one comparison; write two rules',
    noColumn: () => 'the rule names no data column',
  },
};

export const catalog = {
  // ---- config ----
  configNotFound: {
    id: (a) => `berkas konfigurasi tidak ditemukan (${p(a.path)})`,
    en: (a) => `config file not found (${p(a.path)})`,
  },
  configIsFolder: {
    id: (a) => `${p(a.path)} adalah folder, bukan berkas konfigurasi; berikan berkasnya, mis. --config ${p(a.suggest)}`,
    en: (a) => `${p(a.path)} is a folder, not a config file; give the file, e.g. --config ${p(a.suggest)}`,
  },
  configYamlAliases: {
    id: () => `YAML tidak valid: terlalu banyak alias (*nama) yang diperluas; tulis nilainya secara langsung`,
    en: () => `invalid YAML: too many aliases (*name) to expand; write the values out`,
  },
  configRequired: {
    id: (a) => `wajib diisi (${typeName('id', a.expected)})`,
    en: (a) => `required (${typeName('en', a.expected)})`,
  },
  configWrongType: {
    id: (a) => `seharusnya ${typeName('id', a.expected)}, tetapi berisi ${a.got}${a.expected === 'number' && a.gotType === 'string' ? ' (tulis angka tanpa tanda kutip)' : ''}`,
    en: (a) => `expected ${typeName('en', a.expected)}, got ${a.got}${a.expected === 'number' && a.gotType === 'string' ? ' (write numbers without quotes)' : ''}`,
  },
  configFileIsFolder: {
    id: (a) => `${qp(a.path)} adalah folder, bukan berkas`,
    en: (a) => `${qp(a.path)} is a folder, not a file`,
  },
  configFileNotRegular: {
    id: (a) => `${qp(a.path)} bukan berkas biasa (perangkat, pipa atau soket); berikan berkas data`,
    en: (a) => `${qp(a.path)} is not a regular file (a device, pipe or socket); give a data file`,
  },
  configTemplatesNotFolder: {
    id: (a) => `${qp(a.path)} adalah berkas; "templates" harus berupa folder berisi templat`,
    en: (a) => `${qp(a.path)} is a file; "templates" must be a folder of templates`,
  },
  configYaml: {
    id: (a) => `YAML tidak valid: ${a.detail}`,
    en: (a) => `invalid YAML: ${a.detail}`,
  },
  // What the schema (src/config/schema.ts) asks of a value: its messages are these keys.
  ruleNonEmpty: {
    id: () => `seharusnya teks yang tidak kosong`,
    en: () => `expected a non-empty text`,
  },
  ruleProbability: {
    id: () => `seharusnya angka antara 0 dan 1`,
    en: () => `expected a number between 0 and 1`,
  },
  ruleAtLeastOneItem: {
    id: () => `seharusnya paling sedikit satu butir`,
    en: () => `expected at least one item`,
  },
  ruleItemsOrColumn: {
    id: () => `isi salah satu: "items" (butir Likert) atau "column" (satu kolom numerik), tidak keduanya dan tidak kosong`,
    en: () => `expected either "items" (Likert items) or "column" (one numeric column), not both or neither`,
  },
  ruleAtLeastOneOption: {
    id: () => `seharusnya paling sedikit satu pilihan jawaban`,
    en: () => `expected at least one answer option`,
  },
  ruleScaleOrder: {
    id: () => `max seharusnya lebih besar daripada min`,
    en: () => `expected max > min`,
  },
  ruleScalePoints: {
    id: (a) => `seharusnya paling banyak ${a.limit} titik skala (max − min + 1), misalnya 0–100`,
    en: (a) => `expected at most ${a.limit} scale points (max − min + 1), e.g. 0–100`,
  },
  ruleScaleLabels: {
    id: () => `seharusnya satu label untuk setiap titik skala, dari min sampai max`,
    en: () => `expected one label per scale point, from min to max`,
  },
  ruleName: {
    id: () => `seharusnya nama dari huruf, angka dan _, diawali huruf`,
    en: () => `expected a name of letters, digits and _, starting with a letter`,
  },
  ruleAtLeastOneIndependent: {
    id: () => `seharusnya paling sedikit satu variabel independen`,
    en: () => `expected at least one independent variable`,
  },
  ruleCategories: {
    id: () => `seharusnya paling sedikit dua nama kategori, mulai dari yang terendah`,
    en: () => `expected at least two category names, lowest first`,
  },
  rulePageStart: {
    id: () => `seharusnya nomor halaman 1 atau lebih`,
    en: () => `expected a page number of 1 or more`,
  },
  ruleDecimalsFrom1: {
    id: () => `seharusnya 1 sampai 6 desimal`,
    en: () => `expected 1 to 6 decimals`,
  },
  ruleDecimalsFrom0: {
    id: () => `seharusnya 0 sampai 6 desimal`,
    en: () => `expected 0 to 6 decimals`,
  },
  ruleHypothesisId: {
    id: () => `seharusnya id hipotesis H1, H2, …`,
    en: () => `expected a hypothesis id H1, H2, …`,
  },
  ruleBorderline: {
    id: () => `seharusnya bagian dari alpha antara 0 dan 1`,
    en: () => `expected a share of alpha between 0 and 1`,
  },
  ruleReplicates: {
    id: () => `seharusnya antara 200 dan 1.000.000 replikasi`,
    en: () => `expected 200 to 1,000,000 replicates`,
  },
  ruleSeed: {
    id: () => `seharusnya bilangan bulat ≥ 0`,
    en: () => `expected a whole number ≥ 0`,
  },
  // A bound the schema states without a message of its own (zod's too_small / too_big).
  ruleTooSmall: {
    id: (a) => (a.origin === 'array' ? `seharusnya berisi paling sedikit ${a.bound} unsur` : a.origin === 'string' ? `seharusnya paling sedikit ${a.bound} karakter` : a.inclusive ? `seharusnya ${a.bound} atau lebih` : `seharusnya lebih dari ${a.bound}`),
    en: (a) => (a.origin === 'array' ? `expected at least ${a.bound} ${a.bound === 1 ? 'entry' : 'entries'}` : a.origin === 'string' ? `expected at least ${a.bound} characters` : a.inclusive ? `expected ${a.bound} or more` : `expected more than ${a.bound}`),
  },
  ruleTooBig: {
    id: (a) => (a.origin === 'array' ? `seharusnya berisi paling banyak ${a.bound} unsur` : a.origin === 'string' ? `seharusnya paling banyak ${a.bound} karakter` : a.inclusive ? `seharusnya ${a.bound} atau kurang` : `seharusnya kurang dari ${a.bound}`),
    en: (a) => (a.origin === 'array' ? `expected at most ${a.bound} ${a.bound === 1 ? 'entry' : 'entries'}` : a.origin === 'string' ? `expected at most ${a.bound} characters` : a.inclusive ? `expected ${a.bound} or less` : `expected less than ${a.bound}`),
  },
  configUnknownKey: {
    id: (a) => `kunci tidak dikenal ${q(a.key)} di ${a.where}; kunci yang diizinkan: ${a.allowed}`,
    en: (a) => `unknown key ${q(a.key)} in ${a.where}; allowed keys: ${a.allowed}`,
  },
  configOneOf: {
    id: (a) => `harus salah satu dari ${a.values}`,
    en: (a) => `expected one of ${a.values}`,
  },
  configUnion: {
    id: (a) =>
      a.what === 'items' ? 'harus berupa daftar kolom butir, atau peta dari kolom butir ke pernyataannya' : a.what === 'data' ? 'harus berupa path berkas, atau { file, sheet }' : 'nilainya tidak sesuai',
    en: (a) => (a.what === 'items' ? 'expected a list of item columns, or a map from item column to its statement' : a.what === 'data' ? 'expected a file path, or { file, sheet }' : 'expected a different value'),
  },
  configListedTwice: {
    id: (a) => `${q(a.name)} disebut dua kali`,
    en: (a) => `${q(a.name)} is listed twice`,
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
  configDuplicateCharacteristic: {
    id: (a) => `kolom ${q(a.column)} sudah menjadi karakteristik ke-${a.first}; setiap kolom cukup satu kali`,
    en: (a) => `column ${q(a.column)} is already characteristic number ${a.first}; give each column once`,
  },
  configDuplicateOption: {
    id: (a) => `pilihan jawaban ${q(a.option)} tercantum dua kali`,
    en: (a) => `answer option ${q(a.option)} is listed twice`,
  },
  configRupiahBins: {
    id: () => `format rupiah memerlukan batas kelas (bins), misalnya [1000000, 3000000, 10000000]`,
    en: () => `format rupiah needs class bounds (bins), e.g. [1000000, 3000000, 10000000]`,
  },
  configHypothesisUnknown: {
    id: (a) => `hipotesis ${q(a.id)} tidak ada: model dengan ${a.k} variabel bebas memiliki H1 … ${a.last} (${a.last} = uji F simultan)`,
    en: (a) => `there is no hypothesis ${q(a.id)}: a model with ${a.k} independent variables has H1 … ${a.last} (${a.last} = the simultaneous F test)`,
  },
  configHypothesisFDirection: {
    id: (a) => `${a.id} adalah hipotesis uji F simultan, yang tidak memiliki arah; hapus "direction" atau tulis two-sided`,
    en: (a) => `${a.id} is the hypothesis of the simultaneous F test, which has no direction; remove "direction" or write two-sided`,
  },
  configRule: {
    id: (a) => `aturan ${q(a.rule)} tidak dapat dibaca pada karakter ke-${a.at}: ${RULE_PROBLEMS.id[String(a.problem)](String(a.found))}`,
    en: (a) => `rule ${q(a.rule)} cannot be read at character ${a.at}: ${RULE_PROBLEMS.en[String(a.problem)](String(a.found))}`,
  },
  configFileMissing: {
    id: (a) => `berkas ${qp(a.path)} tidak ditemukan`,
    en: (a) => `file ${qp(a.path)} not found`,
  },
  // ---- where a problem is (src/errors.ts: "file:line: row 14, column "X1_3": …") ----
  whereRow: {
    id: (a) => `baris ${a.row}`,
    en: (a) => `row ${a.row}`,
  },
  whereColumn: {
    id: (a) => `kolom ${q(a.column)}`,
    en: (a) => `column ${q(a.column)}`,
  },
  whereKey: {
    id: (a) => `kunci ${q(a.key)}`,
    en: (a) => `key ${q(a.key)}`,
  },
  moreProblems: {
    id: (a) => `… ${a.more} lagi (${a.total} masalah seluruhnya)`,
    en: (a) => `… ${a.more} more (${a.total} problems in total)`,
  },
  // ---- files (src/load/files.ts, src/output) ----
  fileIsFolder: {
    id: () => `ini adalah folder, bukan berkas`,
    en: () => `this is a folder, not a file`,
  },
  fileNotRegular: {
    id: () => `ini bukan berkas biasa (perangkat, pipa atau soket)`,
    en: () => `this is not a regular file (a device, pipe or socket)`,
  },
  fileNotFound: {
    id: () => `berkas tidak ditemukan`,
    en: () => `file not found`,
  },
  fileUnreadable: {
    id: (a) => `berkas tidak dapat dibaca (${a.code})`,
    en: (a) => `cannot read the file (${a.code})`,
  },
  fileTooLarge: {
    id: (a) => `berkas berukuran ${a.size} MB; paling besar ${a.limit} MB`,
    en: (a) => `the file is ${a.size} MB; at most ${a.limit} MB`,
  },
  pembahasanIsFolder: {
    id: () => `ini adalah folder; pembahasan harus berupa berkas Markdown (.md)`,
    en: () => `this is a folder; a pembahasan must be a Markdown file (.md)`,
  },
  // ---- data ----
  dataUtf16: {
    id: () => `berkas ini berenkode UTF-16 ("Unicode Text"); simpan sebagai UTF-8 (Excel: Save As → "CSV UTF-8 (Comma delimited)")`,
    en: () => `the file is UTF-16 text ("Unicode Text"); save it as UTF-8 (Excel: Save As → "CSV UTF-8 (Comma delimited)")`,
  },
  dataIsZip: {
    id: () => `berkas ini adalah buku kerja Excel (.xlsx), bukan CSV; ganti akhiran namanya menjadi .xlsx`,
    en: () => `the file is an Excel workbook (.xlsx), not CSV; give it the .xlsx extension`,
  },
  dataIsXls: {
    id: () => `berkas ini adalah buku kerja Excel 97–2003 (.xls); simpan sebagai .xlsx atau CSV UTF-8`,
    en: () => `the file is an Excel 97–2003 workbook (.xls); save it as .xlsx or CSV UTF-8`,
  },
  dataBinary: {
    id: () => `berkas ini bukan teks (berisi byte NUL), jadi bukan CSV`,
    en: () => `the file is not text (it contains NUL bytes), so it is not CSV`,
  },
  xlsxInvalid: {
    id: (a) => `bukan buku kerja Excel (.xlsx) yang valid (${clip(String(a.detail))}); buka di Excel lalu simpan lagi sebagai .xlsx, atau simpan sebagai CSV UTF-8`,
    en: (a) => `not a valid Excel workbook (.xlsx) (${clip(String(a.detail))}); open it in Excel and save it again as .xlsx, or save it as CSV UTF-8`,
  },
  xlsxIsText: {
    id: () => `berkas ini adalah teks (CSV?), bukan buku kerja Excel; ganti akhiran namanya menjadi .csv`,
    en: () => `the file is text (CSV?), not an Excel workbook; give it the .csv extension`,
  },
  xlsxTooLarge: {
    id: (a) => `buku kerja ini berisi ${a.size} MB setelah dibuka (paling besar ${a.limit} MB); simpan datanya sebagai CSV UTF-8`,
    en: (a) => `the workbook unpacks to ${a.size} MB (at most ${a.limit} MB); save the data as CSV UTF-8`,
  },
  xlsxRatio: {
    id: (a) => `bagian ${q(a.part)} dimampatkan ${a.ratio}:1 (paling banyak ${a.limit}:1): bukan buku kerja biasa; buka di Excel lalu simpan lagi, atau simpan sebagai CSV UTF-8`,
    en: (a) => `part ${q(a.part)} is compressed ${a.ratio}:1 (at most ${a.limit}:1): not an ordinary workbook; open it in Excel and save it again, or save it as CSV UTF-8`,
  },
  xlsxSizeMismatch: {
    id: (a) => `bagian ${q(a.part)} lebih besar daripada yang tercatat di direktori zip: berkas rusak atau dimanipulasi`,
    en: (a) => `part ${q(a.part)} unpacks to more than the zip directory records: the file is damaged or tampered with`,
  },
  xlsxMerged: {
    id: (a) => `sel ${a.range} digabung (merge) di dalam data: jawaban tiap responden harus berada di selnya sendiri; pisahkan gabungannya (Home → Merge & Center) dan isi setiap sel`,
    en: (a) => `cells ${a.range} are merged inside the data: each respondent's answer must be in its own cell; unmerge them (Home → Merge & Center) and fill in every cell`,
  },
  xlsxFormula: {
    id: (a) => `rumus ${q('=' + a.formula)} tidak menyimpan hasilnya; buka berkas di Excel lalu simpan lagi (atau tempel sebagai nilai)`,
    en: (a) => `formula ${q('=' + a.formula)} has no saved result; open the file in Excel and save it again (or paste it as values)`,
  },
  limitCell: {
    id: (a) => `sel berisi ${a.length} karakter; paling banyak ${a.limit}${a.hint ? ' (mungkin ada tanda kutip " yang tidak ditutup)' : ''}`,
    en: (a) => `a cell of ${a.length} characters; at most ${a.limit}${a.hint ? ' (perhaps a quote " is not closed)' : ''}`,
  },
  limitRow: {
    id: (a) => `satu baris lebih dari ${a.limit} MB (mungkin ada tanda kutip " yang tidak ditutup)`,
    en: (a) => `a row of more than ${a.limit} MB (perhaps a quote " is not closed)`,
  },
  limitColumns: {
    id: (a) => `data berisi lebih dari ${a.limit} kolom; paling banyak ${a.limit}`,
    en: (a) => `the data have more than ${a.limit} columns; at most ${a.limit}`,
  },
  limitCategories: {
    id: (a) => `karakteristik ${q(a.column)} memiliki ${a.count} jawaban berbeda (paling banyak ${a.limit}); untuk kolom angka berikan "bins: [...]", selain itu kelompokkan jawabannya menjadi lebih sedikit kategori`,
    en: (a) => `characteristic ${q(a.column)} has ${a.count} different answers (at most ${a.limit}); for a numeric column give "bins: [...]", otherwise group the answers into fewer categories`,
  },
  limitStrata: {
    id: (a) => `data populasi berisi ${a.count} strata; paling banyak ${a.limit}`,
    en: (a) => `the population file has ${a.count} strata; at most ${a.limit}`,
  },
  dataMissingColumn: {
    id: (a) => `kolom ${q(a.column)} (dari ${a.key} di konfigurasi) tidak ada di data${a.available ? `; kolom yang ada: ${a.available}` : ''}`,
    en: (a) => `column ${q(a.column)} (from ${a.key} in the config) is not in the data${a.available ? `; available columns: ${a.available}` : ''}`,
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
  dataFieldCount: {
    id: (a) => `baris ini berisi ${a.count} kolom, padahal judul kolom berisi ${a.expected}`,
    en: (a) => `this row has ${a.count} fields, but the header has ${a.expected}`,
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
  // ---- what changed since the previous build (src/analysis/changes.ts) ----
  changesSummary: {
    id: (a) => `berubah sejak build sebelumnya: ${a.list}`,
    en: (a) => `changed since the previous build: ${a.list}`,
  },
  changeN: {
    id: (a) => `n ${a.from} → ${a.to}`,
    en: (a) => `n ${a.from} → ${a.to}`,
  },
  changeR2: {
    id: (a) => `R² ${a.from} → ${a.to}`,
    en: (a) => `R² ${a.from} → ${a.to}`,
  },
  changeHypothesisAccepted: {
    id: (a) => `${a.id}${a.term ? ` (${a.term})` : ''} kini diterima (sebelumnya ditolak)`,
    en: (a) => `${a.id}${a.term ? ` (${a.term})` : ''} now accepted (was rejected)`,
  },
  changeHypothesisRejected: {
    id: (a) => `${a.id}${a.term ? ` (${a.term})` : ''} kini ditolak (sebelumnya diterima)`,
    en: (a) => `${a.id}${a.term ? ` (${a.term})` : ''} now rejected (was accepted)`,
  },
  changeItemValid: {
    id: (a) => `butir ${a.item} kini valid`,
    en: (a) => `item ${a.item} now valid`,
  },
  changeItemInvalid: {
    id: (a) => `butir ${a.item} kini tidak valid`,
    en: (a) => `item ${a.item} now invalid`,
  },
  changeReliable: {
    id: (a) => `variabel ${a.variable} kini reliabel`,
    en: (a) => `variable ${a.variable} now reliable`,
  },
  changeUnreliable: {
    id: (a) => `variabel ${a.variable} kini tidak reliabel`,
    en: (a) => `variable ${a.variable} no longer reliable`,
  },
  changeAssumptionPassed: {
    id: (a) => `uji ${assumptionName('id', a.name)} kini terpenuhi`,
    en: (a) => `${assumptionName('en', a.name)} assumption now met`,
  },
  changeAssumptionFailed: {
    id: (a) => `uji ${assumptionName('id', a.name)} kini tidak terpenuhi`,
    en: (a) => `${assumptionName('en', a.name)} assumption no longer met`,
  },
  changeDurbinWatson: {
    id: (a) => `Durbin–Watson: ${dwZone('id', a.from)} → ${dwZone('id', a.to)}`,
    en: (a) => `Durbin–Watson: ${dwZone('en', a.from)} → ${dwZone('en', a.to)}`,
  },
  // ---- build --check (src/output/check.ts) ----
  checkUpToDate: {
    id: (a) => `${a.out} mutakhir: sesuai dengan masukan dan bab4 ${a.version}`,
    en: (a) => `${a.out} is up to date with its inputs and bab4 ${a.version}`,
  },
  checkStale: {
    id: (a) => `${a.out} tidak lagi sesuai dengan masukannya (jalankan "bab4 build"):`,
    en: (a) => `${a.out} no longer matches its inputs (run "bab4 build"):`,
  },
  checkNoResults: {
    id: () => `results.json tidak ada atau tidak terbaca (belum pernah dibangun)`,
    en: () => `results.json is missing or unreadable (never built)`,
  },
  checkChanged: {
    id: (a) => `berubah: ${a.input}`,
    en: (a) => `changed: ${a.input}`,
  },
  checkAdded: {
    id: (a) => `masukan baru: ${a.input}`,
    en: (a) => `new input: ${a.input}`,
  },
  checkRemoved: {
    id: (a) => `tidak lagi dipakai: ${a.input}`,
    en: (a) => `no longer an input: ${a.input}`,
  },
  checkVersion: {
    id: (a) => `dibuat oleh bab4 ${a.built}, kini bab4 ${a.current}`,
    en: (a) => `built by bab4 ${a.built}, this is bab4 ${a.current}`,
  },
  checkMissing: {
    id: (a) => `berkas keluaran tidak ada: ${a.file}`,
    en: (a) => `output file missing: ${a.file}`,
  },
  // ---- output (src/output/write.ts) ----
  outIsFile: {
    id: (a) => `${p(a.path)} adalah berkas, bukan folder keluaran; pilih folder lain dengan --out`,
    en: (a) => `${p(a.path)} is a file, not an output folder; choose another folder with --out`,
  },
  outCannotWrite: {
    id: (a) => `folder keluaran ${p(a.path)} tidak dapat ditulis (${a.code}); pilih folder lain dengan --out`,
    en: (a) => `cannot write the output folder ${p(a.path)} (${a.code}); choose another folder with --out`,
  },
  outLocked: {
    id: (a) => `${p(a.path)} sedang dibuka program lain: tutup ${a.name} (mis. di Word) lalu build lagi; keluaran sebelumnya tetap utuh`,
    en: (a) => `${p(a.path)} is open in another program: close ${a.name} (e.g. in Word) and build again; the previous output is unchanged`,
  },
  outLockedFolder: {
    id: (a) => `folder keluaran ${p(a.path)} sedang dipakai program lain (${a.code}): tutup berkas di dalamnya (mis. di Word) lalu build lagi; keluaran sebelumnya tetap utuh`,
    en: (a) => `the output folder ${p(a.path)} is in use by another program (${a.code}): close the files in it (e.g. in Word) and build again; the previous output is unchanged`,
  },
  outNotBab4: {
    id: (a) => `folder keluaran ${p(a.path)} sudah ada dan bukan buatan bab4 (tidak ada results.json): bab4 tidak menggantinya`,
    en: (a) => `the output folder ${p(a.path)} exists and was not written by bab4 (no results.json): refusing to replace it`,
  },
  // ---- watch (src/watch) ----
  watchStart: {
    id: (a) => `memantau ${a.count} berkas/folder masukan; tekan Ctrl+C untuk berhenti`,
    en: (a) => `watching ${a.count} input files/folders; press Ctrl+C to stop`,
  },
  watchServing: {
    id: (a) => `pratinjau: ${a.url} (dimuat ulang setelah setiap build)`,
    en: (a) => `preview: ${a.url} (reloads after every build)`,
  },
  watchKept: {
    id: (a) => `keluaran terakhir yang berhasil di ${a.out} dipertahankan; perbaiki masukan dan simpan lagi`,
    en: (a) => `the last good output in ${a.out} is kept; fix the input and save again`,
  },
  watchReused: {
    id: (a) => `analisis dipakai ulang, ${a.cached} grafik dari cache`,
    en: (a) => `analysis reused, ${a.cached} charts from cache`,
  },
  watchCached: {
    id: (a) => `${a.cached} grafik dari cache`,
    en: (a) => `${a.cached} charts from cache`,
  },
  watchPort: {
    id: (a) => `port ${q(a.port)} tidak valid (0–65535; 0 = port bebas mana saja)`,
    en: (a) => `invalid port ${q(a.port)} (0–65535; 0 = any free port)`,
  },
  watchListen: {
    id: (a) => `tidak dapat melayani di ${a.address}: ${a.detail}`,
    en: (a) => `cannot serve on ${a.address}: ${a.detail}`,
  },
  // ---- init (src/init) ----
  initConfigExists: {
    id: (a) => `${a.path} sudah ada; bab4 init tidak menimpanya`,
    en: (a) => `${a.path} already exists; bab4 init does not overwrite it`,
  },
  initDataNotFound: {
    id: (a) => `berkas data ${qp(a.path)} tidak ditemukan`,
    en: (a) => `data file ${qp(a.path)} not found`,
  },
  initDataKind: {
    id: (a) => `berkas data ${qp(a.path)} harus .csv atau .xlsx`,
    en: (a) => `data file ${qp(a.path)} must be .csv or .xlsx`,
  },
  initDirIsFile: {
    id: (a) => `${p(a.path)} adalah berkas; bab4 init memerlukan folder (baru atau yang sudah ada)`,
    en: (a) => `${p(a.path)} is a file; bab4 init needs a folder (new or existing)`,
  },
  initCannotWrite: {
    id: (a) => `tidak dapat menulis ${p(a.path)} (${a.code})`,
    en: (a) => `cannot write ${p(a.path)} (${a.code})`,
  },
  initDataConflict: {
    id: (a) => `${a.path} sudah ada dan isinya berbeda dari ${a.source}; bab4 init tidak menimpanya`,
    en: (a) => `${a.path} already exists with different contents from ${a.source}; bab4 init does not overwrite it`,
  },
  initCreated: {
    id: (a) => `studi baru di ${a.dir}: ${a.files}`,
    en: (a) => `new study in ${a.dir}: ${a.files}`,
  },
  initGuessed: {
    id: (a) => `dari judul kolom: ${a.variables}; model ${a.model}; ${a.characteristics} karakteristik responden`,
    en: (a) => `from the header: ${a.variables}; model ${a.model}; ${a.characteristics} respondent characteristics`,
  },
  initNoItems: {
    id: () => `tidak ada kolom butir yang dikenali (pola X1_1, X1.1, "X1.1 Saya …", "[X1.1] …", Y_3): isi "variables" dan "model" di konfigurasi secara manual`,
    en: () => `no item columns recognized (patterns X1_1, X1.1, "X1.1 I …", "[X1.1] …", Y_3): fill in "variables" and "model" in the config by hand`,
  },
  initNext: {
    id: (a) => `selanjutnya: baca ${a.readme}, periksa konfigurasi, lalu jalankan: ${a.command}`,
    en: (a) => `next: read ${a.readme}, check the config, then run: ${a.command}`,
  },
  warnPerfectFit: {
    id: () => `Model regresi cocok sempurna (semua residual nol): koefisien tepat, galat baku nol, dan uji yang memerlukan varians residual (uji t, uji F, uji asumsi klasik) tidak dapat dilakukan.`,
    en: () => `The regression fits perfectly (every residual is zero): the coefficients are exact, the standard errors zero, and the tests that need a residual variance (t, F, the classical assumption tests) cannot be done.`,
  },
  warnHc3Undefined: {
    id: () => `Galat baku HC3 tidak dapat dihitung: ada responden dengan leverage 1 (titik yang sepenuhnya menentukan garis regresinya sendiri).`,
    en: () => `HC3 standard errors cannot be computed: a respondent has leverage 1 (a point that alone determines its own fit).`,
  },
  warnBootstrapSkipped: {
    id: (a) => `Bootstrap tidak dijalankan: n × replikasi = ${a.n} × ${a.replicates} terlalu besar (dengan n = ${a.n} paling banyak ${a.max} replikasi); galat baku HC3 tetap dilaporkan.`,
    en: (a) => `The bootstrap was not run: n × replicates = ${a.n} × ${a.replicates} is too large (with n = ${a.n} at most ${a.max} replicates); the HC3 standard errors are still reported.`,
  },
  warnBootstrapFailed: {
    id: (a) => `${a.failed} dari ${a.replicates} sampel bootstrap tidak dapat diregresikan (variabel bebas konstan atau kolinear dalam sampel ulang) dan tidak diikutkan.`,
    en: (a) => `${a.failed} of ${a.replicates} bootstrap resamples could not be fitted (a constant or collinear predictor in the resample) and were left out.`,
  },
  andMore: {
    id: (a) => `${a.list} dan ${a.more} lainnya`,
    en: (a) => `${a.list} and ${a.more} more`,
  },
  warnCheckRule: {
    id: (a) => `Aturan kewajaran ${q(a.rule)} tidak dipenuhi oleh ${a.count} responden (baris data ${a.rows}).`,
    en: (a) => `The plausibility rule ${q(a.rule)} is violated by ${a.count} respondents (data rows ${a.rows}).`,
  },
  checkRuleError: {
    id: (a) => `aturan kewajaran ${q(a.rule)} (severity: error) tidak dipenuhi oleh ${a.count} responden, baris data ${a.rows}; perbaiki datanya atau ubah aturannya`,
    en: (a) => `plausibility rule ${q(a.rule)} (severity: error) is violated by ${a.count} respondents, data rows ${a.rows}; correct the data or the rule`,
  },
  warnDuplicateRows: {
    id: (a) => `${a.count} responden memiliki jawaban yang identik pada semua kolom yang dianalisis (baris data ${a.groups}); periksa apakah kuesioner terisi dua kali.`,
    en: (a) => `${a.count} respondents have identical answers in every analysed column (data rows ${a.groups}); check whether a questionnaire was entered twice.`,
  },
  warnStraightLining: {
    id: (a) => `${a.count} responden memberikan jawaban yang sama pada seluruh ${a.items} butir (baris data ${a.rows}); jawaban seperti ini mungkin diberikan tanpa membaca pernyataan.`,
    en: (a) => `${a.count} respondents gave the same answer to all ${a.items} items (data rows ${a.rows}); such answers may have been given without reading the statements.`,
  },
  warnShapiroWilkN: {
    id: (a) => `Uji Shapiro–Wilk tidak dilaporkan: algoritme Royston hanya berlaku untuk 3 ≤ n ≤ 5.000, sedangkan n = ${a.n}.`,
    en: (a) => `Shapiro–Wilk is not reported: Royston's algorithm holds for 3 ≤ n ≤ 5,000 only, and n = ${a.n}.`,
  },
  pdfNoBrowser: {
    id: () => `PDF tidak dapat dibuat: tidak ditemukan peramban Chromium, Google Chrome atau Microsoft Edge di komputer ini. Pasang salah satunya (mis. "apt-get install chromium"), atau tunjukkan letaknya dengan variabel lingkungan BAB4_BROWSER. Berkas keluaran lainnya tetap ditulis.`,
    en: () => `cannot make the PDF: no Chromium, Google Chrome or Microsoft Edge was found on this machine. Install one of them (e.g. "apt-get install chromium"), or give its path in the environment variable BAB4_BROWSER. The other output files are written.`,
  },
  pdfBrowserGivenMissing: {
    id: (a) => `PDF tidak dapat dibuat: BAB4_BROWSER menunjuk ${q(a.path)}, yang tidak ada. Berkas keluaran lainnya tetap ditulis.`,
    en: (a) => `cannot make the PDF: BAB4_BROWSER names ${q(a.path)}, which does not exist. The other output files are written.`,
  },
  pdfBrowserFailed: {
    id: (a) => `PDF tidak dapat dibuat: peramban tidak dapat dijalankan (${a.detail}). Berkas keluaran lainnya tetap ditulis.`,
    en: (a) => `cannot make the PDF: the browser could not be started (${a.detail}). The other output files are written.`,
  },
  watchPreview: {
    id: (a) => `pratinjau → ${a.out} (${a.ms} ms); berkas Word menyusul`,
    en: (a) => `preview → ${a.out} (${a.ms} ms); the Word files follow`,
  },
  docxReferenceInvalid: {
    id: (a) => `dokumen acuan Word tidak dapat dibaca (${a.detail}); berikan berkas .docx skripsi Anda yang disimpan oleh Word atau LibreOffice`,
    en: (a) => `the Word reference document cannot be read (${a.detail}); give your thesis as a .docx saved by Word or LibreOffice`,
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof catalog;

/** Whether `s` names a message (the schema's messages are keys, translated where they are shown). */
export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(catalog, s);
}

/** Every argument is cut to 1 000 characters at most (values echoed from the input are cut to ~80 by q()). */
export function msg(lang: Lang, key: MessageKey, args: Args = {}): string {
  const safe: Args = {};
  for (const [k, v] of Object.entries(args)) safe[k] = typeof v === 'string' && v.length > 1000 ? clip(v, 1000) : v;
  return catalog[key][lang](safe);
}

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  id: { number: 'angka', string: 'teks', boolean: 'true atau false', array: 'daftar [ … ]', object: 'peta { kunci: nilai }', record: 'peta { nama: … }', int: 'bilangan bulat' },
  en: { number: 'a number', string: 'a text', boolean: 'true or false', array: 'a list [ … ]', object: 'a map { key: value }', record: 'a map { name: … }', int: 'a whole number' },
};

function typeName(lang: Lang, t: string | number): string {
  return TYPE_NAMES[lang][String(t)] ?? String(t);
}
