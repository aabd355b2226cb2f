#!/usr/bin/env node
// The installed command (dist/bundle/bab4.cjs, package.json's bin): the flags and the chart worker
// first (boot.ts), then main() from the bundle's CommonJS file, loaded with its code cache
// (src/code-cache.ts). scripts/bundle.mjs puts the file's name, which carries its content hash, here.
// The entry is CommonJS too (no top-level await): Node starts no ES module loader for it.
import path from 'node:path';
import { boot } from './boot.js';
import { requireWithCodeCache } from '../code-cache.js';
import { exitWhenWritten } from './exit.js';

declare const __BAB4_MAIN__: string;

const argv = process.argv.slice(2);
boot(argv);
const bundle = requireWithCodeCache(path.join(import.meta.dirname, __BAB4_MAIN__));
const main = bundle.exports.main as (argv: string[]) => Promise<number>;
void main(argv).then((code) => {
  process.exitCode = code;
  bundle.save();
  exitWhenWritten(code);
});
