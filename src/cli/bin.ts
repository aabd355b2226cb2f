#!/usr/bin/env node
// The command run from the compiled sources (dist/cli/); the installed command is the bundle's
// bundle-bin.ts, which loads the same main() with a code cache.
import { boot } from './boot.js';
import { exitWhenWritten } from './exit.js';

const argv = process.argv.slice(2);
boot(argv);
const { main } = await import('./main.js');
const code = await main(argv);
process.exitCode = code;
exitWhenWritten(code);
