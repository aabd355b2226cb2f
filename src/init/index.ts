/**
 * `bab4 init DIR [--data FILE] [--templates]`: scaffold a new study.
 *
 *   data header + first rows ─ guessStudy ─► bab4.config.yaml, README.md, pembahasan/H1…H(k+1).md,
 *                                             kuesioner/pengantar.md (the questionnaire's cover letter),
 *                                             data/<file> (copied), templates/ (with --templates)
 *
 * Without --data the study gets simulated example data, so that it builds at once. Nothing is
 * written when the folder already has a bab4.config.yaml; existing pembahasan files, templates
 * and data are never overwritten.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenizeAll } from '../load/csv-tokenizer.js';
import { displayPath } from '../config/load.js';
import { InputError } from '../errors.js';
import { msg } from '../messages/catalog.js';
import { readSample } from '../load/sample.js';
import { errCode, fileKind, isFsError } from '../load/files.js';
import { DEFAULT_TEMPLATES } from '../version.js';
import { EXAMPLE_LABELS, EXAMPLE_TITLE, exampleCsv } from './example.js';
import { guessStudy, type Guess } from './guess.js';
import { configText } from './write-config.js';
import { readmeText } from './readme.js';
import { INTRO_PATH, introText } from './intro.js';

export interface InitOptions {
  /** Data file to start from (.csv or .xlsx); without it, simulated example data. */
  data?: string;
  /** Copy bab4's default templates into DIR/templates and use them. */
  templates?: boolean;
  /** Year under tables and figures (default: this year). */
  year?: number;
}

export interface InitResult {
  dir: string;
  config: string;
  /** Files written, relative to dir (folders end with /). */
  created: string[];
  guess: Guess;
}

export async function initStudy(dirArg: string, opts: InitOptions = {}): Promise<InitResult> {
  const dir = path.resolve(dirArg);
  const configPath = path.join(dir, 'bab4.config.yaml');
  const dirKind = fileKind(dir);
  if (dirKind !== 'missing' && dirKind !== 'folder') throw new InputError('id', [{ file: displayPath(dir), message: msg('id', 'initDirIsFile', { path: displayPath(dir) }) }]);
  if (existsSync(configPath)) throw new InputError('id', [{ file: displayPath(configPath), message: msg('id', 'initConfigExists', { path: displayPath(configPath) }) }]);

  // The data: the user's file (copied into DIR/data/) or the example.
  let dataName: string;
  let dataBytes: Buffer | undefined;
  let sourceFile: string | undefined;
  let sheet: string | undefined;
  let guess: Guess;
  if (opts.data) {
    sourceFile = path.resolve(opts.data);
    const shown = displayPath(sourceFile);
    if (fileKind(sourceFile) === 'missing') throw new InputError('id', [{ file: shown, message: msg('id', 'initDataNotFound', { path: shown }) }]);
    const ext = path.extname(sourceFile).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx') throw new InputError('id', [{ file: shown, message: msg('id', 'initDataKind', { path: shown }) }]);
    dataName = path.basename(sourceFile);
    const sheets = await readSample(sourceFile);
    const guesses = sheets.map((s) => guessStudy(s.header, s.rows, s.groupDots));
    const pick = Math.max(0, guesses.findIndex((g) => g.variables.length > 0));
    guess = guesses[pick];
    if (ext === '.xlsx' && pick > 0) sheet = sheets[pick].name;
    dataBytes = readFileSync(sourceFile);
  } else {
    dataName = 'contoh.csv';
    const csv = exampleCsv();
    dataBytes = Buffer.from(csv);
    const [header, ...rows] = tokenizeAll(dataBytes, ',').map((r) => r.fields);
    guess = guessStudy(header, rows);
  }
  const dataTarget = path.join(dir, 'data', dataName);
  if (fileKind(dataTarget) === 'file' && path.resolve(dataTarget) !== sourceFile && !readFileSync(dataTarget).equals(dataBytes)) {
    throw new InputError('id', [
      { file: displayPath(dataTarget), message: msg('id', 'initDataConflict', { path: displayPath(dataTarget), source: sourceFile ? displayPath(sourceFile) : 'contoh' }) },
    ]);
  }

  try {
    return scaffold(dir, configPath, { opts, guess, dataName, dataBytes, dataTarget, sourceFile, sheet });
  } catch (e) {
    if (e instanceof InputError || !isFsError(e)) throw e;
    const where = (e as NodeJS.ErrnoException).path ?? dir;
    throw new InputError('id', [{ file: displayPath(where), message: msg('id', 'initCannotWrite', { path: displayPath(where), code: errCode(e) }) }]);
  }
}

interface Scaffold {
  opts: InitOptions;
  guess: Guess;
  dataName: string;
  dataBytes: Buffer;
  dataTarget: string;
  sourceFile?: string;
  sheet?: string;
}

/** Writes the new study's files (never overwriting an existing one). */
function scaffold(dir: string, configPath: string, s: Scaffold): InitResult {
  const { opts, guess, dataName, dataBytes, dataTarget, sourceFile, sheet } = s;
  const created: string[] = [];
  const write = (rel: string, content: string | Buffer, overwrite = false) => {
    const p = path.join(dir, rel);
    if (!overwrite && existsSync(p)) return;
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    created.push(rel);
  };
  mkdirSync(dir, { recursive: true });
  const dataRel = `data/${dataName}`;
  if (path.resolve(dataTarget) !== sourceFile) write(dataRel, dataBytes);

  const k = guess.independents.length;
  const hypotheses = Array.from({ length: k + 1 }, (_, i) => `H${i + 1}`);
  if (opts.templates) {
    const target = path.join(dir, 'templates');
    const before = existsSync(target) ? new Set(walk(target)) : new Set<string>();
    cpSync(fileURLToPath(DEFAULT_TEMPLATES), target, { recursive: true, force: false, errorOnExist: false });
    for (const f of walk(target)) if (!before.has(f)) created.push(`templates/${f}`);
  }
  write(
    'bab4.config.yaml',
    configText(guess, {
      data: dataRel,
      sheet,
      title: opts.data ? undefined : EXAMPLE_TITLE,
      labels: opts.data ? undefined : EXAMPLE_LABELS,
      templates: opts.templates,
      simulated: !opts.data,
      year: opts.year ?? new Date().getFullYear(),
      source: opts.data ? displayPath(sourceFile!) : undefined,
      intro: INTRO_PATH,
    }),
  );
  const dep = guess.dependent ?? 'Y';
  hypotheses.forEach((h, i) => {
    const what = i < k ? `pengaruh ${guess.independents[i]} terhadap ${dep} (uji t)` : `pengaruh ${guess.independents.join(', ')} secara simultan terhadap ${dep} (uji F)`;
    write(
      `pembahasan/${h}.md`,
      `<!--\n  Pembahasan ${h}: ${what}.\n  Tulis di bawah komentar ini, dengan kata-kata Anda sendiri: apa arti hasil uji ini bagi objek penelitian,\n` +
        `  mengapa hasilnya demikian, dan bagaimana kaitannya dengan teori dan penelitian terdahulu (sebutkan sumbernya).\n` +
        `  bab4 menyisipkan isi berkas ini apa adanya ke subbab pembahasan ${h}; komentar ini tidak tampil.\n-->\n`,
    );
  });
  write(INTRO_PATH, introText(opts.data ? undefined : EXAMPLE_TITLE));
  write('README.md', readmeText(guess, { data: dataRel, example: !opts.data, templates: !!opts.templates, hypotheses }));
  write('.gitignore', '.bab4-cache/\n');
  return { dir, config: configPath, created, guess };
}

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...walk(path.join(dir, e.name), rel + '/'));
    else out.push(rel);
  }
  return out;
}
