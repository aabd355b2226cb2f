/**
 * Loads one of the bundle's CommonJS files (dist/bundle/*.cjs) with a V8 code cache beside it, so
 * that a build does not compile bab4 again each time it runs: the bytecode of every function the
 * last run compiled is read back instead (measured on two cores: a cold build 0.15 s faster for the
 * main thread's file alone). Node 20 keeps no code cache for ES modules, hence the CommonJS bundle
 * run through vm.Script, as Node runs a CommonJS module (same wrapper, same require).
 *
 * The cache is named after the file, whose name carries a hash of its content (scripts/bundle.mjs);
 * V8 itself refuses a cache made by another Node version or with other flags. A missing or refused
 * cache is made again by `save()` once the file has done its work (best effort: a read-only install
 * simply runs without one). Outputs do not depend on it: the same code runs either way.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface CachedModule {
  exports: Record<string, unknown>;
  /** V8 took the code from the cache (false: there was none, or it was refused). */
  fromCache: boolean;
  /** Writes the code cache when there was none or V8 refused it (call it after the code has run). */
  save(): void;
}

/** The parameters Node's CommonJS wrapper passes, and the URL the bundle uses for import.meta.url. */
const WRAPPER = ['exports', 'require', 'module', '__filename', '__dirname', '__bab4ImportMetaUrl'];
/** What precedes the file's text on its first line, as V8 runs it (src/stack.ts takes it off a column). */
export const WRAPPER_PREFIX = `(function (${WRAPPER.join(', ')}) {"use strict";`;

export function cacheFileOf(file: string): string {
  return `${file}.cache`;
}

export function requireWithCodeCache(file: string): CachedModule {
  const cacheFile = cacheFileOf(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Strict, as the ES modules it was bundled from.
  const source = `${WRAPPER_PREFIX}${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href);
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  let stale = !fromCache;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (!stale) return;
      stale = false;
      const tmp = `${cacheFile}.${process.pid}-${threadId}`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // A folder bab4 may not write to: it runs without a cache.
      }
    },
  };
}
