// The installed command's chart worker (dist/bundle/worker.cjs): worker.ts from the bundle's
// CommonJS file, loaded with its code cache (src/code-cache.ts), which is saved once the worker
// has drawn a PNG and so run all of its code. scripts/bundle.mjs puts the file's name here.
import path from 'node:path';
import { requireWithCodeCache } from '../code-cache.js';

declare const __BAB4_WORKER__: string;

const bundle = requireWithCodeCache(path.join(import.meta.dirname, __BAB4_WORKER__));
void (bundle.exports.firstPngSent as Promise<void>).then(() => bundle.save());
