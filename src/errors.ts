/**
 * The error types that cross layers.
 *
 * - `InputError`: bad input (config, data, templates). The CLI prints every problem and exits 1.
 *   Each problem names the file and, where there is one, the row/line and column.
 * - `UsageError`: bad command-line usage. Exit 2.
 *
 * Numeric kernels (src/stats) never throw these: they return NaN or throw their own typed errors
 * (src/stats/errors.ts), which the analysis layer turns into InputErrors or warnings.
 */

export interface Problem {
  /** File the problem is in (as given by the user, relative to the working directory where possible). */
  file: string;
  /** 1-based line in the file (YAML line, CSV physical line) when known. */
  line?: number;
  /** 1-based data row (respondent) when the problem is in a data row. */
  row?: number;
  /** Column header or config key path. */
  column?: string;
  /** What is wrong and what was expected. */
  message: string;
}

export class InputError extends Error {
  readonly problems: Problem[];
  /** How many problems existed in total (problems may be truncated to a sensible limit). */
  readonly total: number;
  constructor(problems: Problem[], total = problems.length) {
    super(problems.map(formatProblem).join('\n') + (total > problems.length ? `\n… (+${total - problems.length})` : ''));
    this.name = 'InputError';
    this.problems = problems;
    this.total = total;
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** "file:line: row 14, column "X1_3": message" */
export function formatProblem(p: Problem): string {
  const where = [p.file + (p.line ? `:${p.line}` : '')];
  const detail: string[] = [];
  if (p.row !== undefined) detail.push(`row ${p.row}`);
  if (p.column !== undefined) detail.push(`column "${p.column}"`);
  return `${where.join('')}: ${detail.length ? detail.join(', ') + ': ' : ''}${p.message}`;
}

/**
 * How bab4 shows an error on the terminal: the text after "bab4: " and the exit code
 * (1 bad input, 2 bad usage, 3 internal error).
 */
export function describeError(e: unknown): { code: 1 | 2 | 3; text: string } {
  if (e instanceof UsageError) return { code: 2, text: e.message };
  if (e instanceof InputError) return { code: 1, text: e.message };
  return { code: 3, text: `internal error: ${(e as Error)?.stack ?? String(e)}` };
}
