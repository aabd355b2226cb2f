/**
 * bab4.config.yaml → Config. The only entry point to the config layer.
 *
 *   read file → parse YAML (keeping positions) → zod schema (shape, defaults)
 *   → cross-field rules (normalize.ts) → Config with absolute paths
 *
 * Every problem names the config file, the YAML line and the key path, all at once.
 */
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError, type Problem } from '../errors.js';
import { fileKind, readText } from '../load/files.js';
import { isMessageKey, msg, type Lang } from '../messages/catalog.js';
import { clip } from '../messages/clip.js';
import { configSchema } from './schema.js';
import { normalize } from './normalize.js';
import type { Config } from './types.js';

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * Is there a config file at `abs`? Throws InputError when there is nothing, or a folder (naming the
 * config file to give instead).
 */
export function checkConfigPath(abs: string): void {
  const kind = fileKind(abs);
  const shown = displayPath(abs);
  if (kind === 'missing') throw new InputError('id', [{ file: shown, message: msg('id', 'configNotFound', { path: abs }) }]);
  if (kind === 'folder') {
    throw new InputError('id', [{ file: shown, message: msg('id', 'configIsFolder', { path: shown, suggest: displayPath(path.join(abs, 'bab4.config.yaml')) }) }]);
  }
}

/** Reads and validates a config file. Throws InputError naming file, line and key. */
export function loadConfig(configPath: string): Config {
  const abs = path.resolve(configPath);
  checkConfigPath(abs);
  // A device or pipe, a file over the size limit, UTF-16 text: refused by readText.
  const text = readText(abs, displayPath(abs), 'id');
  return parseConfig(text, abs);
}

/** At most this many schema issues are turned into problems (InputError shows 25 and counts the rest). */
const MAX_ISSUES = 100;

/** Validates config text (the file's contents) as if read from `abs`. */
export function parseConfig(text: string, abs: string): Config {
  const shown = displayPath(abs);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    throw new InputError('id',
      doc.errors.slice(0, MAX_ISSUES).map((e) => ({
        file: shown,
        line: e.linePos?.[0]?.line,
        message: msg('id', 'configYaml', { detail: clip(e.message.split('\n')[0], 200) }),
      })),
      doc.errors.length,
    );
  }
  let raw: unknown;
  try {
    // The yaml library refuses an alias bomb (a: &a [x, x, …], b: [*a, *a, …], …) by throwing.
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    throw new InputError('id', [{ file: shown, message: /alias/i.test(detail) ? msg('id', 'configYamlAliases') : msg('id', 'configYaml', { detail: clip(detail, 200) }) }]);
  }
  const lang: Lang = isRecord(raw) && raw.language === 'en' ? 'en' : 'id';
  const lineOf = (keyPath: (string | number)[]): number | undefined => {
    const node = findNode(doc, keyPath);
    return node ? lineCounter.linePos(node)?.line : undefined;
  };
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    // One problem per place and message (a whole number beyond 2⁵³ breaks both int() and max()),
    // the first MAX_ISSUES of them looked up.
    const issues = parsed.error.issues;
    const problems = new Map<string, Problem>();
    let same = 0;
    for (const issue of issues) {
      if (problems.size === MAX_ISSUES) break;
      const p = issueToProblem(issue, shown, lang, lineOf, raw);
      const key = `${p.key}\n${p.message}`;
      if (problems.has(key)) same++;
      else problems.set(key, p);
    }
    throw new InputError(lang, [...problems.values()], issues.length - same);
  }
  return normalize(parsed.data, { abs, shown, lang, lineOf });
}

function issueToProblem(
  issue: z.core.$ZodIssue,
  file: string,
  lang: Lang,
  lineOf: (p: (string | number)[]) => number | undefined,
  raw: unknown,
): Problem {
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const key = keyPath.join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const first = issue.keys[0];
    return {
      file,
      line: lineOf([...keyPath, first]),
      key: [...keyPath, first].join('.'),
      message: msg(lang, 'configUnknownKey', {
        key: issue.keys.slice(0, 10).map((k) => clip(k, 40)).join('", "') + (issue.keys.length > 10 ? `", … (+${issue.keys.length - 10})` : ''),
        where: key,
        allowed: allowedKeys(keyPath),
      }),
    };
  }
  let detail = issue.message;
  if (issue.code === 'invalid_type') {
    // zod does not keep the input: look it up, to tell "missing" from "there, but of another type".
    const found = valueAt(raw, keyPath);
    detail = found.present
      ? msg(lang, 'configWrongType', { expected: issue.expected, got: describeValue(found.value, lang), gotType: typeof found.value })
      : msg(lang, 'configRequired', { expected: issue.expected });
  } else if (issue.code === 'invalid_value') detail = msg(lang, 'configOneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
  else if (issue.code === 'invalid_union') detail = msg(lang, 'configUnion', { what: unionHint(keyPath) });
  else if (issue.code === 'invalid_key' && isMessageKey(issue.issues[0]?.message ?? '')) detail = msg(lang, issue.issues[0].message as 'ruleName');
  else if (isMessageKey(issue.message)) detail = msg(lang, issue.message, issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined);
  else if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    detail = msg(lang, issue.code === 'too_small' ? 'ruleTooSmall' : 'ruleTooBig', { origin: issue.origin, bound: Number(bound), inclusive: issue.inclusive ? 1 : 0 });
  }
  return { file, line: lineOf(keyPath), key, message: detail };
}

function unionHint(keyPath: (string | number)[]): 'items' | 'data' | 'other' {
  const last = keyPath[keyPath.length - 1];
  return last === 'items' ? 'items' : last === 'data' ? 'data' : 'other';
}

/** The allowed keys at a path of the schema, for the unknown-key message. */
function allowedKeys(keyPath: (string | number)[]): string {
  // Walk the zod schema by key names; arrays and records are transparent.
  let schema: unknown = configSchema;
  for (const k of keyPath) {
    schema = unwrap(schema);
    const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } }).def;
    if (!def) return '';
    if (def.type === 'object' && def.shape) schema = def.shape[String(k)];
    else if (def.type === 'array') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return '';
  }
  schema = unwrap(schema);
  const shape = (schema as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape).join(', ') : '';
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown; schema?: unknown; in?: unknown } } | undefined;
  for (let i = 0; i < 10 && s?.def; i++) {
    const t = s.def.type;
    if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'prefault') s = s.def.innerType as typeof s;
    else if (t === 'pipe') s = s.def.in as typeof s;
    else break;
  }
  return s;
}

function findNode(doc: Document, keyPath: (string | number)[]): number | undefined {
  for (let len = keyPath.length; len >= 0; len--) {
    const node = doc.getIn(keyPath.slice(0, len), true);
    if (isNode(node) && node.range) return node.range[0];
    // For a missing key, point at its parent; for a map key, the pair's key node.
  }
  return undefined;
}

/** The value at a key path of the parsed YAML, and whether it is there at all. */
function valueAt(raw: unknown, keyPath: (string | number)[]): { present: boolean; value?: unknown } {
  let node: unknown = raw;
  for (const k of keyPath) {
    if (Array.isArray(node) && typeof k === 'number' && k < node.length) node = node[k];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, k)) node = node[String(k)];
    else return { present: false };
  }
  return { present: node !== undefined, value: node };
}

/** What a wrong value is, for "expected a number, got …". */
function describeValue(v: unknown, lang: Lang): string {
  const id = lang === 'id';
  if (typeof v === 'string') return `${id ? 'teks' : 'text'} "${clip(v, 40)}"`;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return id ? 'NaN (bukan angka)' : 'NaN (not a number)';
    if (!Number.isFinite(v)) return id ? 'angka yang terlalu besar (di luar ±1,8e308)' : 'a number too large to represent (beyond ±1.8e308)';
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (v === null) return id ? 'kosong (null)' : 'nothing (null)';
  if (Array.isArray(v)) return id ? 'daftar [ … ]' : 'a list [ … ]';
  if (isRecord(v)) return id ? 'peta { … }' : 'a map { … }';
  return typeof v;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
