/**
 * The progress line of a long build on stderr: what the build is doing and how many rows it has
 * read, e.g. `bab4: membaca data … 1.234.567 baris`. Shown only once the build has run for
 * `delayMs` (2 s) — a study of a few hundred respondents never sees it — and only on a terminal:
 * piped or redirected, stderr stays silent. The line is rewritten in place (\r) and erased before
 * anything else is printed.
 */
import type { BuildProgress } from '../pipeline.js';
import { formatNumber } from '../messages/format.js';
import type { Lang } from '../messages/catalog.js';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressLine {
  /** Pass as BuildOptions.onProgress. */
  onProgress(p: BuildProgress): void;
  /** Erases the line (call before printing anything else, success or failure). */
  done(): void;
}

const WORDS: Record<Lang, Record<string, string>> = {
  id: {
    load: 'membaca data',
    checks: 'memeriksa data',
    description: 'mendeskripsikan data',
    instrument: 'uji validitas dan reliabilitas',
    regression: 'regresi',
    assumptions: 'uji asumsi klasik',
    diagnostics: 'diagnostik regresi',
    figures: 'data gambar',
    present: 'menyusun bab, gambar dan lampiran',
    word: 'menyusun berkas Word',
    pdf: 'mencetak PDF',
    write: 'menulis keluaran',
    rows: 'baris',
  },
  en: {
    load: 'reading the data',
    checks: 'checking the data',
    description: 'describing the data',
    instrument: 'validity and reliability',
    regression: 'regression',
    assumptions: 'assumption tests',
    diagnostics: 'regression diagnostics',
    figures: 'figure data',
    present: 'writing the chapter, figures and appendix',
    word: 'writing the Word files',
    pdf: 'printing the PDFs',
    write: 'writing the output',
    rows: 'rows',
  },
};

/** Redraws at most this often (ms), so that a million rows are not a million writes. */
const REDRAW_MS = 100;

export function progressLine(
  stream: ProgressStream = process.stderr,
  options: { delayMs?: number; now?: () => number; lang?: Lang } = {},
): ProgressLine {
  const delayMs = options.delayMs ?? 2000;
  const now = options.now ?? (() => performance.now());
  const start = now();
  let lang: Lang = options.lang ?? 'id';
  let rows = -1;
  let shown = false;
  let last = -Infinity;
  let width = 0;
  return {
    onProgress(p) {
      if (!stream.isTTY) return;
      if (p.lang) lang = p.lang;
      if (p.rows !== undefined) rows = p.rows;
      const t = now();
      if (t - start < delayMs) return;
      // A new stage is shown at once; the row count of the same stage at most every REDRAW_MS.
      if (shown && p.step === undefined && p.stage === 'load' && t - last < REDRAW_MS) return;
      const w = WORDS[lang];
      const what = p.step ? `${w[p.step]}` : w[p.stage];
      const count = rows >= 0 ? ` · ${formatNumber(rows, lang, 0)} ${w.rows}` : '';
      const text = `bab4: ${what} …${count}`;
      stream.write(`\r${text}${' '.repeat(Math.max(0, width - text.length))}`);
      width = text.length;
      shown = true;
      last = t;
    },
    done() {
      if (shown) stream.write(`\r${' '.repeat(width)}\r`);
      shown = false;
      width = 0;
    },
  };
}
