/**
 * bab4.config.yaml → Config. The only entry point to the config layer.
 *
 *   read file → parse YAML (keeping positions) → zod schema (shape, defaults)
 *   → cross-field rules (normalize.ts) → Config with absolute paths
 *
 * Every problem names the config file, the YAML line and the key path, all at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError, type Problem } from '../errors.js';
import { msg, type Lang } from '../messages/catalog.js';
import { configSchema } from './schema.js';
import { normalize } from './normalize.js';
import type { Config } from './types.js';

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Reads and validates a config file. Throws InputError naming file, line and key. */
export function loadConfig(configPath: string): Config {
  const abs = path.resolve(configPath);
  const shown = displayPath(abs);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    throw new InputError([{ file: shown, message: msg('id', 'configNotFound', { path: abs }) }]);
  }
  return parseConfig(text, abs);
}

/** Validates config text (the file's contents) as if read from `abs`. */
export function parseConfig(text: string, abs: string): Config {
  const shown = displayPath(abs);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    throw new InputError(
      doc.errors.map((e) => ({
        file: shown,
        line: e.linePos?.[0]?.line,
        message: msg('id', 'configYaml', { detail: e.message.split('\n')[0] }),
      })),
    );
  }
  const raw: unknown = doc.toJS();
  const lang: Lang = isRecord(raw) && raw.language === 'en' ? 'en' : 'id';
  const lineOf = (keyPath: (string | number)[]): number | undefined => {
    const node = findNode(doc, keyPath);
    return node ? lineCounter.linePos(node)?.line : undefined;
  };
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((issue) => issueToProblem(issue, shown, lang, lineOf)));
  }
  return normalize(parsed.data, { abs, shown, lang, lineOf });
}

function issueToProblem(
  issue: z.core.$ZodIssue,
  file: string,
  lang: Lang,
  lineOf: (p: (string | number)[]) => number | undefined,
): Problem {
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const key = keyPath.join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const first = issue.keys[0];
    return {
      file,
      line: lineOf([...keyPath, first]),
      column: [...keyPath, first].join('.'),
      message: msg(lang, 'configUnknownKey', {
        key: issue.keys.join('", "'),
        where: key,
        allowed: allowedKeys(keyPath),
      }),
    };
  }
  let detail = issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) detail = `required (${issue.expected})`;
  else if (issue.code === 'invalid_value') detail = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  else if (issue.code === 'invalid_union') detail = 'expected ' + unionHint(keyPath);
  return { file, line: lineOf(keyPath), column: key, message: msg(lang, 'configInvalid', { key, detail }) };
}

function unionHint(keyPath: (string | number)[]): string {
  const last = keyPath[keyPath.length - 1];
  if (last === 'items') return 'a list of item columns, or a map from item column to its statement';
  if (last === 'data') return 'a file path, or { file, sheet }';
  return 'a different value';
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

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
