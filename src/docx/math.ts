/**
 * A displayed equation (text with Unicode subscripts, "Ŷ = 1,234 + 0,668X₁ − 0,189X₂ + e") → a Word
 * equation (OMML): variables in italic with real subscripts, numbers and operators upright, as
 * Word's equation editor writes them.
 */
import { Math as OMath, MathRun, MathSubScript, type MathComponent } from 'docx';

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const fromSubscript = (s: string) => [...s].map((c) => String(SUBSCRIPT.indexOf(c))).join('');

/** Tokens: a letter with a subscript, a run of letters, a number (with , . and spaces of thousands), an operator. */
const TOKEN = /(\p{L})([₀-₉]+)|(\p{L}+)|([\d.,]+)|(\s+)|(.)/gu;

export function equationToMath(text: string): OMath {
  const children: MathComponent[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1]) children.push(new MathSubScript({ children: [new MathRun(m[1])], subScript: [new MathRun({ text: fromSubscript(m[2]), style: 'plain' })] }));
    else if (m[3]) children.push(new MathRun(m[3]));
    else if (m[4]) children.push(new MathRun({ text: m[4], style: 'plain' }));
    else if (m[5]) continue;
    else children.push(new MathRun({ text: m[6], style: 'plain' }));
  }
  return new OMath({ children });
}
