/**
 * Plausibility rules of the config's `checks:` — a comparison between columns and constants,
 * e.g. "lama_usaha <= usia - 15" or "modal_awal > 0" — parsed into a small syntax tree by a
 * recursive-descent parser and evaluated per respondent. Never `eval` or `Function`: a rule can
 * only read the named columns and do arithmetic.
 *
 * Grammar (whitespace between tokens is free):
 *
 *     rule    := sum compare sum
 *     compare := "<" | "<=" | ">" | ">=" | "==" | "=" | "!=" | "≤" | "≥" | "≠"
 *     sum     := product (("+" | "-") product)*
 *     product := unary (("*" | "/") unary)*
 *     unary   := "-" unary | atom
 *     atom    := number | column | "(" sum ")"
 *     number  := digits ["." digits]            (a decimal point, never a comma)
 *     column  := letter or "_", then letters, digits, "_" or "."; or any text in backquotes (`Usia (tahun)`)
 *
 * Evaluation: a rule holds, fails, or cannot be evaluated for a respondent (a missing value, or a
 * division by zero: any operand that is not a finite number) — the last is never counted as a
 * violation.
 *
 * @example
 * const r = parseRule('lama_usaha <= usia - 15')
 * r.columns                                    // ['lama_usaha', 'usia']
 * evaluateRule(r, { lama_usaha: 12, usia: 25 }) // false (12 > 10)
 * describeRule(r, (c) => c.replace('_', ' '))    // 'lama usaha ≤ usia − 15'
 */

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type ArithOp = '+' | '-' | '*' | '/';

export type RuleNode =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'column'; name: string }
  | { kind: 'negate'; arg: RuleNode }
  | { kind: 'binary'; op: ArithOp; left: RuleNode; right: RuleNode };

export interface Rule {
  left: RuleNode;
  op: CompareOp;
  right: RuleNode;
  /** The columns the rule reads, in order of first appearance. */
  columns: string[];
}

/** What is wrong with a rule that cannot be read (worded by the message catalog, `ruleSyntax`). */
export type RuleProblem =
  | 'character' // a character that is not part of the grammar
  | 'quote' // a backquoted column name not closed
  | 'empty' // an empty backquoted column name
  | 'operand' // expected a number, a column or "("
  | 'close' // expected ")"
  | 'compare' // expected a comparison
  | 'trailing' // something after the right-hand side
  | 'twoCompares' // a second comparison
  | 'noColumn'; // the rule names no column

/** A rule that cannot be read: what is wrong, where (0-based character offset) and what was found there. */
export class RuleSyntaxError extends Error {
  constructor(
    readonly problem: RuleProblem,
    readonly position: number,
    readonly found: string,
  ) {
    super(`${problem} at ${position}: ${found}`);
    this.name = 'RuleSyntaxError';
  }
}

type Token =
  | { type: 'number'; value: number; text: string; pos: number }
  | { type: 'column'; name: string; pos: number }
  | { type: 'op'; op: string; pos: number }
  | { type: 'end'; pos: number };

const COMPARE: Record<string, CompareOp> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '==', '=': '==', '!=': '!=', '≤': '<=', '≥': '>=', '≠': '!=', '<>': '!=' };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^[0-9]*(\.[0-9]+)?/.exec(text.slice(i))![0];
      out.push({ type: 'number', value: Number(m), text: m, pos: i });
      i += m.length;
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(text.slice(i))![0];
      out.push({ type: 'column', name: m, pos: i });
      i += m.length;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new RuleSyntaxError('quote', i, '`');
      const name = text.slice(i + 1, end).trim();
      if (!name) throw new RuleSyntaxError('empty', i, '``');
      out.push({ type: 'column', name, pos: i });
      i = end + 1;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (['<=', '>=', '==', '!=', '<>'].includes(two)) {
      out.push({ type: 'op', op: two, pos: i });
      i += 2;
      continue;
    }
    if ('<>=≤≥≠+-−*×/÷()'.includes(c)) {
      const op = c === '−' ? '-' : c === '×' ? '*' : c === '÷' ? '/' : c;
      out.push({ type: 'op', op, pos: i });
      i++;
      continue;
    }
    throw new RuleSyntaxError('character', i, c);
  }
  out.push({ type: 'end', pos: text.length });
  return out;
}

/** Parses a rule; throws RuleSyntaxError naming what was expected and where. */
export function parseRule(text: string): Rule {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (t: Token, ...ops: string[]): t is Extract<Token, { type: 'op' }> => t.type === 'op' && ops.includes(t.op);
  const describe = (t: Token) => (t.type === 'end' ? '' : t.type === 'op' ? t.op : t.type === 'number' ? t.text : t.name);

  function atom(): RuleNode {
    const t = peek();
    if (t.type === 'number') {
      at++;
      return { kind: 'number', value: t.value, text: t.text };
    }
    if (t.type === 'column') {
      at++;
      return { kind: 'column', name: t.name };
    }
    if (isOp(t, '(')) {
      at++;
      const inner = sum();
      const close = peek();
      if (!isOp(close, ')')) throw new RuleSyntaxError('close', close.pos, describe(close));
      at++;
      return inner;
    }
    throw new RuleSyntaxError('operand', t.pos, describe(t));
  }
  function unary(): RuleNode {
    if (isOp(peek(), '-')) {
      at++;
      return { kind: 'negate', arg: unary() };
    }
    return atom();
  }
  function product(): RuleNode {
    let left = unary();
    for (let t = peek(); isOp(t, '*', '/'); t = peek()) {
      at++;
      left = { kind: 'binary', op: t.op as ArithOp, left, right: unary() };
    }
    return left;
  }
  function sum(): RuleNode {
    let left = product();
    for (let t = peek(); isOp(t, '+', '-'); t = peek()) {
      at++;
      left = { kind: 'binary', op: t.op as ArithOp, left, right: product() };
    }
    return left;
  }

  const left = sum();
  const cmp = peek();
  if (cmp.type !== 'op' || !(cmp.op in COMPARE)) {
    throw new RuleSyntaxError('compare', cmp.pos, describe(cmp));
  }
  at++;
  const right = sum();
  const end = peek();
  if (end.type !== 'end') {
    throw new RuleSyntaxError(end.type === 'op' && end.op in COMPARE ? 'twoCompares' : 'trailing', end.pos, describe(end));
  }
  const columns: string[] = [];
  const collect = (n: RuleNode): void => {
    if (n.kind === 'column' && !columns.includes(n.name)) columns.push(n.name);
    if (n.kind === 'negate') collect(n.arg);
    if (n.kind === 'binary') {
      collect(n.left);
      collect(n.right);
    }
  };
  collect(left);
  collect(right);
  if (columns.length === 0) throw new RuleSyntaxError('noColumn', 0, '');
  return { left, op: COMPARE[cmp.op], right, columns };
}

function value(n: RuleNode, get: (column: string) => number): number {
  switch (n.kind) {
    case 'number':
      return n.value;
    case 'column':
      return get(n.name);
    case 'negate':
      return -value(n.arg, get);
    case 'binary': {
      const a = value(n.left, get);
      const b = value(n.right, get);
      return n.op === '+' ? a + b : n.op === '-' ? a - b : n.op === '*' ? a * b : a / b;
    }
  }
}

/**
 * Whether the rule holds for one respondent: true, false, or null when it cannot be evaluated
 * (a value that is missing or not a number, a division by zero).
 */
export function evaluateRule(rule: Rule, row: Record<string, number> | ((column: string) => number)): boolean | null {
  const get = typeof row === 'function' ? row : (c: string) => row[c];
  const a = value(rule.left, get);
  const b = value(rule.right, get);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  switch (rule.op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

const SHOWN_COMPARE: Record<CompareOp, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '==': '=', '!=': '≠' };
const SHOWN_ARITH: Record<ArithOp, string> = { '+': '+', '-': '−', '*': '×', '/': '/' };
const PRECEDENCE: Record<ArithOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/**
 * The rule for a reader: columns by `name` (e.g. their labels), ≤ ≥ ≠ − ×, the parentheses the
 * precedence needs; numbers by `number` (default: as written).
 */
export function describeRule(rule: Rule, name: (column: string) => string, number: (x: number, text: string) => string = (_x, t) => t): string {
  const show = (n: RuleNode, parent = 0, rightSide = false): string => {
    switch (n.kind) {
      case 'number':
        return number(n.value, n.text);
      case 'column':
        return name(n.name);
      case 'negate':
        return `−${show(n.arg, 3)}`;
      case 'binary': {
        const p = PRECEDENCE[n.op];
        const s = `${show(n.left, p)} ${SHOWN_ARITH[n.op]} ${show(n.right, p, true)}`;
        return p < parent || (p === parent && rightSide) ? `(${s})` : s;
      }
    }
  };
  return `${show(rule.left)} ${SHOWN_COMPARE[rule.op]} ${show(rule.right)}`;
}
