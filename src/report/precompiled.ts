/**
 * bab4's own templates, precompiled when bab4 is built (scripts/precompile-templates.mjs →
 * dist/templates.precompiled.cjs), keyed by the sha1 of their text: a template whose text is the
 * one precompiled is used as it is, any other (a user's, or an edited default) is compiled. The
 * installed command has the table in its bundle.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../version.js';
type TemplateSpecification = Parameters<typeof import('handlebars').template>[0];
import type { TemplateFile } from '../load/templates.js';

let table: Record<string, TemplateSpecification> | null | undefined;

/** Defined (true) in the installed command's bundle (scripts/bundle.mjs). */
declare const __BAB4_BUNDLE__: boolean | undefined;

function load(): Record<string, TemplateSpecification> | null {
  // The bundle holds the table itself, so that its code cache keeps the templates' compiled code too.
  if (typeof __BAB4_BUNDLE__ !== 'undefined') return require('bab4:precompiled-templates') as Record<string, TemplateSpecification>;
  const file = path.join(ROOT, 'dist', 'templates.precompiled.cjs');
  if (!existsSync(file)) return null;
  try {
    return createRequire(import.meta.url)(file) as Record<string, TemplateSpecification>;
  } catch {
    return null;
  }
}

export function precompiledFor(file: TemplateFile): TemplateSpecification | undefined {
  if (file.user) return undefined;
  table ??= load();
  return table?.[createHash('sha1').update(file.source).digest('hex')];
}
