/**
 * readableStack (src/stack.ts): a frame in the installed command's minified bundle names the place in
 * bab4's sources, through the source map beside the bundle; other frames, and a bundle without its
 * map, stay as they are. And describeError prints an internal error's stack that way.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableStack } from '../src/stack.js';
import { describeError } from '../src/errors.js';
import { WRAPPER_PREFIX } from '../src/code-cache.js';
import { BIN, ensureBuilt } from './helpers/bundle.js';
import { ROOT } from './helpers/study.js';

/** The bundle's main file, and the 1-based line and column (as V8 counts them when running it) where `text` starts. */
function placeInBundle(text: string): { file: string; line: number; column: number } {
  const dir = path.dirname(BIN);
  const file = path.join(dir, readdirSync(dir).find((f) => /^main-.*\.cjs$/.test(f))!);
  const code = readFileSync(file, 'utf8');
  const at = code.indexOf(text);
  expect(at, text).toBeGreaterThan(0);
  const line = code.slice(0, at).split('\n').length;
  const column = at - code.lastIndexOf('\n', at - 1) + (line === 1 ? WRAPPER_PREFIX.length : 0);
  return { file, line, column };
}

/** The 1-based line of `text` in a source file. */
const sourceLine = (rel: string, text: string) => readFileSync(path.join(ROOT, rel), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

describe('readableStack', () => {
  it('names the source file and line of a frame in the minified bundle; leaves other frames alone', () => {
    ensureBuilt();
    const { file, line, column } = placeInBundle('deflate: level must be 1');
    const stack = `RangeError: deflate: level must be 1 … 9, got 0\n    at Xe (${file}:${line}:${column})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
    const out = readableStack(stack);
    expect(out).toContain(`at Xe (src/docx/deflate.ts:${sourceLine('src/docx/deflate.ts', 'deflate: level must be 1')}:`);
    expect(out).toContain('(node:internal/process/task_queues:95:5)');
    expect(out.split('\n')[0]).toBe(stack.split('\n')[0]);
  });

  it('takes the CommonJS wrapper off a column on the first line', () => {
    ensureBuilt();
    // commander's argument.js opens the bundle: its message is on the bundle's first line.
    const { file, line, column } = placeInBundle('Allowed choices are');
    expect(line).toBe(1);
    const out = readableStack(`    at ${file}:${line}:${column}`);
    expect(out).toContain(`node_modules/commander/lib/argument.js:${sourceLine('node_modules/commander/lib/argument.js', 'Allowed choices are')}:`);
  });

  it('leaves a bundle frame as it is when there is no map beside the file', () => {
    ensureBuilt();
    const { file, line, column } = placeInBundle('deflate: level must be 1');
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'bab4-stack-')), 'bundle');
    const copy = path.join(dir, path.basename(file));
    mkdirSync(dir);
    copyFileSync(file, copy);
    const frame = `    at Xe (${copy}:${line}:${column})`;
    expect(readableStack(frame)).toBe(frame);
  });

  it('is how describeError prints an internal error', () => {
    ensureBuilt();
    const { file, line, column } = placeInBundle('deflate: level must be 1');
    const e = new Error('boom');
    e.stack = `Error: boom\n    at Xe (${file}:${line}:${column})`;
    const { code, text } = describeError(e);
    expect(code).toBe(3);
    expect(text).toMatch(/^internal error: Error: boom\n {4}at Xe \(src\/docx\/deflate\.ts:\d+:\d+\)$/);
  });
});
