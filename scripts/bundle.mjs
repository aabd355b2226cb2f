#!/usr/bin/env node
/**
 * Bundles the compiled command (dist/cli/bin.js) and the chart worker (dist/charts/worker.js) into
 * dist/bundle/ with esbuild: a handful of files instead of some two thousand modules, so that bab4
 * starts in a fraction of the time (module loading was a third of a cold build). Code that only some
 * builds need stays in chunks of its own, loaded on first use (vega, docx, …); packages with native
 * code or a browser driver stay outside the bundle. Run by `npm run build:ts` after tsc.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { bab4: path.join(root, 'dist/cli/bin.js'), worker: path.join(root, 'dist/charts/worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  external: ['@resvg/resvg-js', 'playwright-core', 'exceljs', 'fsevents'],
  // CommonJS packages inside an ES module bundle still ask for require, __filename and __dirname.
  banner: {
    js: [
      "import { createRequire as __bab4CreateRequire } from 'node:module';",
      'const require = __bab4CreateRequire(import.meta.url);',
      'const __filename = import.meta.filename;',
      'const __dirname = import.meta.dirname;',
    ].join('\n'),
  },
  legalComments: 'none',
  logLevel: 'warning',
});
