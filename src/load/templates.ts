/**
 * Template files: bab4's defaults in templates/<language>/ and templates/ (shared: style, page),
 * each overridable by a file of the same name in the config's `templates:` folder
 * (or its <language>/ subfolder). Also reads the author's own Markdown: the pembahasan files and the
 * questionnaire's cover letter.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/types.js';
import { displayPath } from '../config/load.js';
import { InputError } from '../errors.js';
import { msg } from '../messages/catalog.js';
import { DEFAULT_TEMPLATES } from '../version.js';
import { errCode, fileKind, readRegular, readText } from './files.js';

export interface TemplateFile {
  name: string;
  path: string;
  source: string;
  /** true when the user's templates folder supplied it. */
  user: boolean;
}

export function templateDirs(config: Config): { dir: string; user: boolean }[] {
  const defaults = fileURLToPath(DEFAULT_TEMPLATES);
  const dirs: { dir: string; user: boolean }[] = [];
  // Most specific first: user/<lang>, user, default/<lang>, default.
  if (config.templates) dirs.push({ dir: path.join(config.templates, config.language), user: true }, { dir: config.templates, user: true });
  dirs.push({ dir: path.join(defaults, config.language), user: false }, { dir: defaults, user: false });
  return dirs;
}

export interface TemplateSet {
  /** Template files by name, the first found in the search order winning. */
  files: Map<string, TemplateFile>;
  /** Every phrases.yaml found, lowest precedence first (merged key by key). */
  phrases: TemplateFile[];
}

export function loadTemplates(config: Config): TemplateSet {
  const files = new Map<string, TemplateFile>();
  const phrases: TemplateFile[] = [];
  const lang = config.language;
  for (const { dir, user } of templateDirs(config)) {
    // The templates folder itself is checked by the config; its <language>/ subfolder may be anything.
    if (fileKind(dir) !== 'folder') continue;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new InputError(lang, [{ file: displayPath(dir), message: msg(lang, 'fileUnreadable', { code: errCode(e) }) }]);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isFile()) continue;
      const p = path.join(dir, entry.name);
      const source = readRegular(p, displayPath(p), lang).toString('utf8').replace(/^\uFEFF/, '');
      const file = { name: entry.name, path: p, source, user };
      if (entry.name === 'phrases.yaml') phrases.unshift(file);
      if (!files.has(entry.name)) files.set(entry.name, file);
    }
  }
  return { files, phrases };
}

/** Key of the questionnaire's cover letter and instructions among the author's texts. */
export const QUESTIONNAIRE_INTRO = 'questionnaire.intro';

/**
 * The author's own Markdown, inserted as written: the discussion per hypothesis (H1 …) and, under
 * QUESTIONNAIRE_INTRO, the questionnaire's cover letter (`questionnaire.intro`). A missing file → empty.
 */
export function loadPembahasan(config: Config): Record<string, { path: string; text: string; exists: boolean }> {
  const out: Record<string, { path: string; text: string; exists: boolean }> = {};
  const files = { ...config.pembahasan, ...(config.questionnaire.intro ? { [QUESTIONNAIRE_INTRO]: config.questionnaire.intro } : {}) };
  for (const [id, p] of Object.entries(files)) {
    const kind = fileKind(p);
    if (kind === 'folder') throw new InputError(config.language, [{ file: displayPath(p), message: msg(config.language, 'pembahasanIsFolder') }]);
    const exists = kind !== 'missing';
    // readText refuses a device or pipe, a file over the size limit, and UTF-16.
    out[id] = { path: p, exists, text: exists ? readText(p, displayPath(p), config.language) : '' };
  }
  return out;
}
