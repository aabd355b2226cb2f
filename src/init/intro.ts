/**
 * The starter cover letter `bab4 init` writes to kuesioner/pengantar.md: the usual Indonesian
 * "surat pengantar kuesioner" with [placeholders] the author fills in. bab4 inserts the file, as
 * written, at the top of the questionnaire appendix; the identity questions, the instructions with
 * the scale legend and the statement grids follow it, made from the config.
 */
export const INTRO_PATH = 'kuesioner/pengantar.md';

export function introText(title: string | undefined): string {
  return `<!--
  Surat pengantar kuesioner: bab4 menyisipkan isi berkas ini apa adanya di awal Lampiran 1 (Kuesioner
  Penelitian), lalu menambahkan identitas responden, petunjuk pengisian dengan keterangan skala, dan
  tabel pernyataan dari bab4.config.yaml. Ganti setiap [ … ] dengan data Anda; komentar ini tidak tampil.
-->
**Perihal: Permohonan Pengisian Kuesioner**

Kepada Yth.\\
Bapak/Ibu/Saudara/i Responden\\
di [tempat]

Dengan hormat,

Saya, [nama lengkap], mahasiswa Program Studi [program studi] [nama perguruan tinggi], NIM [NIM],
sedang melakukan penelitian untuk penyusunan skripsi berjudul *${title ?? '[judul penelitian]'}*.

Sehubungan dengan hal tersebut, saya mohon kesediaan Bapak/Ibu/Saudara/i untuk mengisi kuesioner
ini dengan jujur sesuai keadaan yang sebenarnya. Tidak ada jawaban yang benar atau salah. Seluruh
jawaban dijamin kerahasiaannya dan hanya digunakan untuk kepentingan penelitian ini.

Atas kesediaan dan bantuan Bapak/Ibu/Saudara/i, saya ucapkan terima kasih.

[kota], [tanggal] \\
Hormat saya,

[nama lengkap]
`;
}
