import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheFileOf, requireWithCodeCache } from '../src/code-cache.js';

/** A CommonJS file as scripts/bundle.mjs makes them: exports, require, and import.meta.url passed in. */
function bundleFile(body = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-code-cache-'));
  const file = path.join(dir, 'main-TEST.cjs');
  writeFileSync(
    file,
    [
      "const { join } = require('node:path');",
      'function square(x) { return x * x; }',
      'module.exports.square = square;',
      "module.exports.joined = join('a', 'b');",
      'module.exports.url = __bab4ImportMetaUrl;',
      'module.exports.dir = __dirname;',
      'module.exports.strict = (function () { return this; })() === undefined;',
      body,
    ].join('\n'),
  );
  return file;
}

describe('requireWithCodeCache', () => {
  it('runs the file as a strict CommonJS module, with require, __dirname and import.meta.url', () => {
    const file = bundleFile();
    const { exports } = requireWithCodeCache(file);
    expect((exports.square as (x: number) => number)(7)).toBe(49);
    expect(exports.joined).toBe(path.join('a', 'b'));
    expect(exports.url).toBe(pathToFileURL(file).href);
    expect(exports.dir).toBe(path.dirname(file));
    expect(exports.strict).toBe(true);
  });

  it('makes the cache once the code has run, and uses it the next time', () => {
    const file = bundleFile();
    const first = requireWithCodeCache(file);
    expect(first.fromCache).toBe(false);
    expect(existsSync(cacheFileOf(file))).toBe(false);
    (first.exports.square as (x: number) => number)(3);
    first.save();
    const cache = readFileSync(cacheFileOf(file));
    expect(cache.length).toBeGreaterThan(0);

    const second = requireWithCodeCache(file);
    expect(second.fromCache).toBe(true);
    expect((second.exports.square as (x: number) => number)(5)).toBe(25);
    second.save(); // a cache that was used is not written again
    expect(readFileSync(cacheFileOf(file)).equals(cache)).toBe(true);
  });

  it('runs without a cache V8 refuses (damaged, or from another file), and makes a new one', () => {
    const file = bundleFile();
    writeFileSync(cacheFileOf(file), Buffer.from('not a code cache at all, just some bytes'));
    const damaged = requireWithCodeCache(file);
    expect(damaged.fromCache).toBe(false);
    expect((damaged.exports.square as (x: number) => number)(4)).toBe(16);
    damaged.save();
    expect(requireWithCodeCache(file).fromCache).toBe(true);

    // Another file's cache (a different source) is refused, not run.
    const other = bundleFile('module.exports.other = true;');
    writeFileSync(cacheFileOf(other), readFileSync(cacheFileOf(file)));
    const loaded = requireWithCodeCache(other);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports.other).toBe(true);
  });

  it('runs on when the cache cannot be written (a read-only install)', () => {
    const file = bundleFile();
    mkdirSync(cacheFileOf(file)); // a folder where the cache would go: it cannot be replaced by a file
    const loaded = requireWithCodeCache(file);
    expect(loaded.fromCache).toBe(false);
    expect(() => loaded.save()).not.toThrow();
    expect(statSync(cacheFileOf(file)).isDirectory()).toBe(true);
  });
});
