/** The README.md `bab4 init` writes into a new study: what to check next. */
import type { Guess } from './guess.js';

export function readmeText(g: Guess, o: { data: string; example: boolean; templates: boolean; hypotheses: string[] }): string {
  const vars = g.variables.map((v) => `${v.id} (${v.items.length} butir)`).join(', ') || '—';
  const skipped = g.skipped.length ? g.skipped.map((s) => `"${s.header}"`).join(', ') : '—';
  return `# Studi bab4

Folder ini dibuat oleh \`bab4 init\`${o.example ? ' dengan **data contoh simulasi** (`' + o.data + '`): ganti dengan data kuesioner Anda' : ` dari \`${o.data}\``}.
Konfigurasinya, \`bab4.config.yaml\`, adalah **tebakan** dari judul kolom data: periksa sebelum dipakai.

Yang dikenali: variabel ${vars}; model ${g.dependent ?? '?'} ← ${g.independents.join(', ') || '?'};
${g.characteristics.length} karakteristik responden; kolom yang dilewati: ${skipped}.

## Periksa berikutnya

1. **Judul** (\`title\`) dan **label variabel** (\`variables.<X>.label\`): ganti setiap \`TODO\`.
2. **Pernyataan butir**: tulis pernyataan kuesioner tiap butir (\`X1_1: "Saya …"\`) agar tabel deskripsi memuatnya.
3. **Skala** (\`scale\`): skor terendah dan tertinggi, dan \`labels\` bila jawaban berupa kata
   ("Sangat Setuju" …), urut dari skor terendah. Butir bernada negatif: \`reverse: [..]\`.
4. **Karakteristik responden** (\`characteristics\`): label tabel, batas kelas (\`bins\`) untuk angka,
   urutan kategori (\`order\`), jawaban ganda (\`multiple: ", "\`). Hapus yang tidak dipakai.
5. **Populasi** (\`population\`, opsional): berkas jumlah populasi per strata, kolom strata dan jumlah,
   tahun (di nama kolom, mis. \`umkm_2022\`), dan \`margin\` Slovin.
6. **Strata** (\`stratum\`, opsional): kolom data yang berisi strata (mis. kecamatan) tiap responden.
7. **Tahun** sumber data (\`source.year\`) di bawah setiap tabel dan gambar.
8. **Model** (\`model\`): variabel terikat dan variabel bebas.
9. **Surat pengantar kuesioner** (\`kuesioner/pengantar.md\`): ganti setiap \`[ … ]\`; bab4 menyisipkannya
   di awal Lampiran 1, diikuti identitas responden (pilihan jawaban dari data, atau \`options:\` per
   karakteristik) dan tabel pernyataan.

Lalu jalankan:

\`\`\`
npx bab4 validate        # periksa konfigurasi dan data, tanpa menulis apa pun
npx bab4 build           # tulis output/: bab4.md, bab4.html, lampiran.html, charts/, results.json
npx bab4 watch --serve   # bangun ulang setiap kali berkas disimpan, pratinjau di peramban
\`\`\`

## Pembahasan

Tulis pembahasan setiap hipotesis dengan kata-kata Anda sendiri di ${o.hypotheses.map((h) => `\`pembahasan/${h}.md\``).join(', ')}.
bab4 menyisipkannya ke subbab pembahasan; komentar \`<!-- … -->\` tidak tampil.
${o.templates ? '\n## Templat\n\n`templates/` berisi salinan templat bawaan bab4: ubah kata-kata bab di sana. Berkas yang Anda hapus kembali memakai templat bawaan.\n' : ''}`;
}
