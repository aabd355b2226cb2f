/**
 * Which columns the config needs from the data, and of which kind:
 * Likert items (whole numbers on the scale, or the scale's words), numeric columns, text columns.
 */
import type { Config } from '../config/types.js';

export type ColumnKind = 'item' | 'numeric' | 'text';

export interface ColumnNeed {
  /** Name in the config (item id, column name or alias). */
  name: string;
  kind: ColumnKind;
  /** The config key that asks for it, for messages ("variables.X1.items"). */
  key: string;
}

export function columnNeeds(config: Config): ColumnNeed[] {
  const needs = new Map<string, ColumnNeed>();
  const add = (name: string, kind: ColumnKind, key: string) => {
    const prior = needs.get(name);
    // A column used as an item and as a characteristic stays an item (numbers are stricter).
    if (!prior || rank(kind) > rank(prior.kind)) needs.set(name, { name, kind, key });
  };
  for (const v of config.variables) {
    for (const it of v.items) add(it.column, 'item', `variables.${v.id}.items`);
    if (v.column) add(v.column, 'numeric', `variables.${v.id}.column`);
  }
  config.characteristics.forEach((c, i) => add(c.column, c.bins ? 'numeric' : 'text', `characteristics[${i}].column`));
  if (config.stratum) add(config.stratum, 'text', 'stratum');
  // Columns the plausibility rules compare (numbers).
  for (const c of config.checks ?? []) for (const col of c.parsed.columns) add(col, 'numeric', `checks[${c.index}]`);
  return [...needs.values()];
}

function rank(kind: ColumnKind): number {
  return kind === 'item' ? 2 : kind === 'numeric' ? 1 : 0;
}

/**
 * Finds the header for a config column name: the exact header; an alias from `columns:`;
 * the same text ignoring case and spacing; a header that starts with the name as a code
 * ("X1.1 Saya …", "[X1.1] Saya …"), where "_" and "." in the code are the same (X1_1 = X1.1).
 */
export function resolveHeader(name: string, header: string[], aliases: Record<string, string>): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const alias = aliases[name];
  if (alias !== undefined) {
    const i = header.indexOf(alias);
    if (i >= 0) return i;
    const j = header.findIndex((h) => squash(h) === squash(alias));
    if (j >= 0) return j;
  }
  const loose = header.findIndex((h) => squash(h) === squash(name));
  if (loose >= 0) return loose;
  // An item code is the same with "_" or "." between its parts: X1_1 = X1.1.
  const codes = [...new Set([squash(name), squash(name).replace(/_/g, '.'), squash(name).replace(/\./g, '_')])];
  const same = header.findIndex((h) => codes.includes(squash(h)));
  if (same >= 0) return same;
  return header.findIndex((h) => {
    const s = squash(h);
    return codes.some((code) => s.startsWith(code + ' ') || s.startsWith('[' + code + ']') || s.startsWith(code + '. ') || s.startsWith(code + ':'));
  });
}

export function squash(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
