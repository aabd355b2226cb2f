/**
 * The `checks:` rule parser (src/config/rule.ts): precedence and parentheses, every comparison,
 * what cannot be evaluated, how a rule reads, and refusals with the position — never code.
 */
import { describe, expect, it } from 'vitest';
import { describeRule, evaluateRule, parseRule, RuleSyntaxError } from '../../src/config/rule.js';

const holds = (rule: string, row: Record<string, number>) => evaluateRule(parseRule(rule), row);

function problem(rule: string): [string, number, string] {
  try {
    parseRule(rule);
  } catch (e) {
    if (e instanceof RuleSyntaxError) return [e.problem, e.position, e.found];
    throw e;
  }
  throw new Error(`"${rule}" was accepted`);
}

describe('parseRule / evaluateRule', () => {
  it('the issue’s examples', () => {
    expect(parseRule('lama_usaha <= usia - 15').columns).toEqual(['lama_usaha', 'usia']);
    expect(holds('lama_usaha <= usia - 15', { lama_usaha: 10, usia: 25 })).toBe(true);
    expect(holds('lama_usaha <= usia - 15', { lama_usaha: 11, usia: 25 })).toBe(false);
    expect(holds('modal_awal > 0', { modal_awal: 0 })).toBe(false);
  });

  it('precedence, parentheses, unary minus, left associativity', () => {
    expect(holds('a + b * c == 7', { a: 1, b: 2, c: 3 })).toBe(true);
    expect(holds('(a + b) * c == 9', { a: 1, b: 2, c: 3 })).toBe(true);
    expect(holds('a - b - c == -4', { a: 1, b: 2, c: 3 })).toBe(true);
    expect(holds('a / b / c == 1', { a: 12, b: 3, c: 4 })).toBe(true);
    expect(holds('-a * -b = 6', { a: 2, b: 3 })).toBe(true);
    expect(holds('x >= .5', { x: 0.5 })).toBe(true);
  });

  it('every comparison, with the Unicode forms', () => {
    const row = { a: 2, b: 3 };
    expect(['a < b', 'a <= b', 'a > b', 'a >= b', 'a == b', 'a != b', 'a ≤ b', 'a ≥ b', 'a ≠ b', 'a <> b'].map((r) => holds(r, row))).toEqual([true, true, false, false, false, true, true, false, true, true]);
  });

  it('a missing value or a division by zero cannot be evaluated (null), never a violation', () => {
    expect(holds('a / b > 1', { a: 1, b: 0 })).toBeNull();
    expect(holds('a > 1', { a: NaN })).toBeNull();
  });

  it('column names with dots, underscores, letters beyond ASCII, and in backquotes', () => {
    expect(parseRule('X1.1 + umur_responden >= `Usia (tahun)`').columns).toEqual(['X1.1', 'umur_responden', 'Usia (tahun)']);
  });

  it('reads with labels, Unicode operators and only the parentheses needed', () => {
    const name = (c: string) => c.replace(/_/g, ' ');
    expect(describeRule(parseRule('lama_usaha <= usia - 15'), name)).toBe('lama usaha ≤ usia − 15');
    expect(describeRule(parseRule('((a)) - (b - c) != a * (b + c) / -(d)'), name)).toBe('a − (b − c) ≠ a × (b + c) / −d');
    expect(describeRule(parseRule('x >= 1.50'), name, (v) => v.toFixed(1).replace('.', ','))).toBe('x ≥ 1,5');
  });

  it('refuses what is not a rule, naming the problem and the position', () => {
    expect(problem('usia')).toEqual(['compare', 4, '']);
    expect(problem('usia > ')).toEqual(['operand', 7, '']);
    expect(problem('(usia > 5')).toEqual(['close', 6, '>']);
    expect(problem('0 < usia < 90')).toEqual(['twoCompares', 9, '<']);
    expect(problem('usia > 5 5')).toEqual(['trailing', 9, '5']);
    expect(problem('1 < 2')).toEqual(['noColumn', 0, '']);
    expect(problem('`usia > 5')).toEqual(['quote', 0, '`']);
    expect(problem('usia ^ 2 > 5')).toEqual(['character', 5, '^']);
  });

  it('is no way into code: calls, properties, strings and assignments are refused', () => {
    for (const evil of ['process.exit() > 0', 'usia > require("fs")', 'constructor["x"] > 0', 'usia = usia; 1', 'a > 0 && b > 0']) {
      expect(() => parseRule(evil), evil).toThrow(RuleSyntaxError);
    }
  });
});
