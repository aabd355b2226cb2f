/**
 * An internal error's stack as a maintainer can read it. The installed command's files are minified
 * (dist/bundle/*.cjs, scripts/bundle.mjs): a frame in one of them is rewritten to the place in bab4's
 * sources (`src/docx/deflate.ts:212:11`), read from the source map esbuild writes beside the file.
 * Frames elsewhere, and any a map does not cover, stay as they are. Only run to print an internal
 * error: the maps (several MB) are read then, never during a build.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { WRAPPER_PREFIX } from './code-cache.js';

type Entry = { originalSource?: string; originalLine?: number; originalColumn?: number };

export function readableStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (file: string): SourceMap | undefined => {
    if (!maps.has(file)) {
      let map: SourceMap | undefined;
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = undefined; // no map beside it (an older install, or not the bundle)
      }
      maps.set(file, map);
    }
    return maps.get(file);
  };
  return stack.replace(/([^\s()]*[\\/]bundle[\\/][^\s()\\/]+\.cjs):(\d+):(\d+)/g, (whole, file: string, l: string, c: string) => {
    const map = mapOf(file);
    if (!map) return whole;
    const line = Number(l) - 1;
    // Line 1 is run after the CommonJS wrapper's text (src/code-cache.ts), which the map does not know.
    const column = Number(c) - 1 - (line === 0 ? WRAPPER_PREFIX.length : 0);
    const entry = map.findEntry(line, column) as Entry;
    if (!entry.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return whole;
    // Sources are relative to the map (dist/bundle/); shown from the package's folder.
    const root = path.resolve(path.dirname(file), '../..');
    const source = path.relative(root, path.resolve(path.dirname(file), entry.originalSource.replace(/^file:\/\//, '')));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
