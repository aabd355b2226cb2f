/**
 * A guessed study → the text of bab4.config.yaml, with comments that say what each key does and
 * TODO marks where the guess needs the author's eye. Pure.
 */
import type { Guess } from './guess.js';

export interface ConfigTextOptions {
  /** Data path relative to the study folder. */
  data: string;
  /** XLSX sheet, when not the first. */
  sheet?: string;
  title?: string;
  /** Variable labels (else a TODO placeholder). */
  labels?: Record<string, string>;
  /** `templates: templates` (bab4 init --templates). */
  templates?: boolean;
  /** The data are the simulated example. */
  simulated?: boolean;
  year: number;
  /** The file the config was guessed from, for the header comment. */
  source?: string;
  /** The questionnaire's cover letter (`questionnaire.intro`), relative to the study folder. */
  intro?: string;
}

const RESERVED = /^(true|false|yes|no|on|off|null|~)$/i;

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
export function scalar(s: string): string {
  return /^[\p{L}][\p{L}\p{N} _/().-]*$/u.test(s) && !/\s$/.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
}

/** A key: plain for names, else double-quoted. */
function key(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
}

const pad = (s: string, width: number) => (s.length >= width ? s + ' ' : s + ' '.repeat(width - s.length));

export function configText(g: Guess, o: ConfigTextOptions): string {
  const L: string[] = [];
  const line = (text: string, comment?: string) => L.push(comment ? `${pad(text, 34)}# ${comment}` : text);
  L.push(
    o.source
      ? `# bab4 — konfigurasi studi ini, ditebak oleh "bab4 init" dari judul kolom ${o.source}.`
      : '# bab4 — konfigurasi studi ini, dibuat oleh "bab4 init" dengan data contoh.',
    '# Periksa setiap baris bertanda TODO; README.md di folder ini menjelaskan langkah berikutnya.',
    '# Semua path relatif terhadap folder berkas ini. Jalankan: npx bab4 build  (atau: npx bab4 watch --serve)',
  );
  line(`title: ${JSON.stringify(o.title ?? 'TODO: judul penelitian')}`);
  line('language: id', 'bahasa bab dan format angka: id | en');
  line('alpha: 0.05', 'taraf signifikansi setiap uji');
  if (o.sheet) line(`data: { file: ${scalar(o.data)}, sheet: ${scalar(o.sheet)} }`, '.csv (koma/titik koma) atau .xlsx (lembar: nama atau nomor)');
  else line(`data: ${scalar(o.data)}`, '.csv (koma/titik koma) atau .xlsx: { file: …, sheet: … }');
  const labels = g.scale.labels ? `, labels: [${g.scale.labels.map(scalar).join(', ')}]` : '';
  line(
    `scale: { min: ${g.scale.min}, max: ${g.scale.max}${labels} }`,
    g.unknownWords.length
      ? `TODO: jawaban berupa kata yang tidak dikenal (${g.unknownWords.join(', ')}): tulis labels dari skor terendah`
      : 'TODO: periksa skala; labels = jawaban berupa kata, dari skor terendah',
  );
  L.push(
    '# population:                     # opsional: kerangka sampel (gambaran umum, rumus Slovin, alokasi per strata)',
    '#   file: data/populasi.csv       # satu baris per strata',
    '#   stratum: kecamatan            # kolom nama strata',
    '#   count: jumlah_2024            # kolom jumlah populasi (tahun ada di nama kolom)',
    '#   previous: jumlah_2023         # opsional: jumlah tahun sebelumnya (pertumbuhan)',
    '#   margin: 0.10                  # e pada rumus Slovin',
    '#   unit: UMKM Fashion            # opsional: yang dihitung, untuk judul tabel populasi',
    '#   area: Kota Jambi              # opsional: wilayah (bawaan: tempat setelah "di" pada judul)',
    `# stratum: ${pad(g.stratum ?? 'kecamatan', 23)}# opsional: kolom data berisi strata tiap responden`,
  );

  if (g.characteristics.length) {
    line('characteristics:', 'profil responden, urut seperti di bab; label = judul tabel');
    for (const c of g.characteristics) {
      const parts = [`column: ${scalar(c.column)}`, `label: ${scalar(c.label)}`];
      let comment: string | undefined;
      if (c.bins) {
        parts.push(`bins: [${c.bins.join(', ')}]`);
        comment = `TODO: periksa batas kelas (< ${c.bins[0]}, …, ≥ ${c.bins[c.bins.length - 1]})`;
      }
      if (c.multiple) {
        parts.push(`multiple: ${JSON.stringify(c.multiple)}`);
        comment = 'jawaban ganda, dipisah ", "';
      }
      line(`  - { ${parts.join(', ')} }`, comment);
    }
  } else line('characteristics: []', 'profil responden: - { column: …, label: … }');

  if (g.variables.length) {
    line('variables:', 'tiap variabel: butir Likert (items) atau satu kolom angka (column)');
    for (const v of g.variables) {
      L.push(`  ${key(v.id)}:`);
      const label = o.labels?.[v.id];
      line(`    label: ${label ? scalar(label) : JSON.stringify(`TODO: nama variabel ${v.id}`)}`);
      if (v.items.some((it) => it.statement)) {
        line('    items:', 'butir → pernyataan kuesioner');
        for (const it of v.items) L.push(`      ${key(it.id)}: ${it.statement ? JSON.stringify(it.statement) : 'null'}`);
      } else line(`    items: [${v.items.map((it) => key(it.id)).join(', ')}]`);
      L.push(`    # reverse: [${v.items[0].id}]            # butir bernada negatif (skor dibalik)`);
    }
  } else {
    line('variables:', 'TODO: tidak ada kolom butir yang dikenali (X1_1, X1.1, "X1.1 Saya …"); contoh:');
    L.push('  # X1: { label: Nama Variabel X1, items: [X1_1, X1_2, X1_3] }', '  # Y: { label: Nama Variabel Y, items: [Y_1, Y_2, Y_3] }');
  }
  L.push('model:');
  line(`  dependent: ${key(g.dependent ?? 'Y')}`, 'variabel terikat');
  line(`  independents: [${(g.independents.length ? g.independents : ['X1']).map(key).join(', ')}]`, 'variabel bebas (H1 … Hk uji t, Hk+1 uji F)');

  const aliases = Object.entries(g.columns);
  if (aliases.length) {
    line('columns:', 'nama pendek → judul kolom di data');
    for (const [name, header] of aliases) L.push(`  ${key(name)}: ${JSON.stringify(header)}`);
  }
  line(`source: { text: "Sumber: data primer diolah", year: ${o.year} }`, 'keterangan di bawah tabel dan gambar');
  if (o.intro) line(`questionnaire: { intro: ${scalar(o.intro)} }`, 'surat pengantar kuesioner (Lampiran 1): isi berkas ini');
  if (o.templates) line('templates: templates', 'templat Anda: menimpa templat bawaan dengan nama yang sama');
  if (o.simulated) line('simulated: true', 'data contoh ini simulasi: bab menyebutkannya; hapus baris ini untuk data Anda');
  L.push(
    '',
    '# Opsional, dengan nilai bawaannya:',
    '# score: sum                      # skor variabel dari butirnya: sum | mean',
    '# validity: pearson               # r butir-total (SPSS Bivariate) | corrected',
    '# reliabilityThreshold: 0.6       # reliabel bila alpha Cronbach > nilai ini',
    '# normality: lilliefors           # lilliefors | kolmogorov-smirnov | shapiro-wilk',
    '# heteroscedasticity: glejser     # glejser | breusch-pagan | white',
    '# missing: error                  # error | listwise (responden tidak lengkap dikeluarkan)',
    '# charts: { characteristics: false, items: false }   # tanpa gambar yang mengulang tabel (4.2, 4.3)',
    ...(o.templates ? [] : ['# templates: templates           # folder templat Anda (bab4 init --templates menyalin bawaan)']),
    '# pembahasan: { H1: pembahasan/H1.md }   # bawaan: pembahasan/H1.md … H(k+1).md',
  );
  return L.join('\n') + '\n';
}
