/**
 * The error types that cross layers.
 *
 * - `InputError`: bad input (config, data, templates). The CLI prints every problem and exits 1.
 *   Each problem names the file and, where there is one, the row/line and column — in the study's
 *   language (Indonesian until the config that names it has been read).
 * - `UsageError`: bad command-line usage. Exit 2.
 *
 * Numeric kernels (src/stats) never throw these: they return NaN or throw their own typed errors
 * (src/stats/errors.ts), which the analysis layer turns into InputErrors or warnings.
 *
 * Error output is bounded whatever the input: an InputError shows at most 25 problems and about
 * 3 500 characters (then "… N more (M problems in total)"), each line at most 500 characters, every
 * echoed column name cut to 80 characters (values are cut where the messages are made, src/messages).
 */
import { clip, clipPath } from './messages/clip.js';
import { msg, type Lang } from './messages/catalog.js';
import { readableStack } from './stack.js';

export interface Problem {
  /** File the problem is in (as given by the user, relative to the working directory where possible). */
  file: string;
  /** 1-based line in the file (YAML line, CSV physical line) when known. */
  line?: number;
  /** 1-based data row (respondent) when the problem is in a data row. */
  row?: number;
  /** Column header (a data file's). */
  column?: string;
  /** Key path in the config ("model.independents.2"), for a problem in bab4.config.yaml. */
  key?: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** At most this many problems are shown (the total is still counted and printed). */
export const MAX_PROBLEMS = 25;
/** At most about this many characters of problems are shown. */
const MAX_TEXT = 3500;
/** At most this many characters per problem line. */
const MAX_LINE = 500;

export class InputError extends Error {
  /** The problems shown (at most MAX_PROBLEMS, and as many as fit in the text budget). */
  readonly problems: Problem[];
  /** How many problems existed in total (problems may be truncated to a sensible limit). */
  readonly total: number;
  /** `lang`: the language of the problems' messages, in which their place is named too. */
  constructor(lang: Lang, problems: Problem[], total = problems.length) {
    const all = Math.max(total, problems.length);
    const shown: Problem[] = [];
    const lines: string[] = [];
    let size = 0;
    for (const p of problems) {
      if (shown.length === MAX_PROBLEMS) break;
      const line = clip(formatProblem(p, lang), MAX_LINE);
      if (shown.length > 0 && size + line.length > MAX_TEXT) break;
      shown.push(p);
      lines.push(line);
      size += line.length + 1;
    }
    if (all > shown.length) lines.push(msg(lang, 'moreProblems', { more: all - shown.length, total: all }));
    super(lines.join('\n'));
    this.name = 'InputError';
    this.problems = shown;
    this.total = all;
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** "file:line: baris 14, kolom "X1_3": message", or "bab4.config.yaml:5: key "alpha": message" (English) */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = [clipPath(p.file) + (p.line ? `:${p.line}` : '')];
  const detail: string[] = [];
  if (p.row !== undefined) detail.push(msg(lang, 'whereRow', { row: p.row }));
  if (p.column !== undefined) detail.push(msg(lang, 'whereColumn', { column: p.column }));
  if (p.key !== undefined) detail.push(msg(lang, 'whereKey', { key: p.key }));
  return `${where.join('')}: ${detail.length ? detail.join(', ') + ': ' : ''}${p.message}`;
}

/**
 * How bab4 shows an error on the terminal: the text after "bab4: " and the exit code
 * (1 bad input, 2 bad usage, 3 internal error).
 */
export function describeError(e: unknown): { code: 1 | 2 | 3; text: string } {
  if (e instanceof UsageError) return { code: 2, text: e.message };
  if (e instanceof InputError) return { code: 1, text: e.message };
  return { code: 3, text: `internal error: ${readableStack((e as Error)?.stack ?? String(e))}` };
}
