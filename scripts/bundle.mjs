#!/usr/bin/env node
/**
 * Bundles the compiled command (dist/cli/) and the chart worker (dist/charts/worker.js) into
 * dist/bundle/ with esbuild, so that bab4 starts in a fraction of the time (module loading was a
 * third of a cold build):
 *
 *   bab4.cjs             the command (package.json's bin; src/cli/bundle-bin.ts): flags, the chart
 *                        worker started, then main() from
 *   main-<hash>.cjs      everything the main thread runs, one CommonJS file, loaded with a V8 code
 *                        cache beside it (src/code-cache.ts; Node 20 caches no ES module's code);
 *   worker.cjs           the chart worker's entry (src/charts/bundle-worker.ts), which loads
 *   worker-<hash>.cjs    vega, vega-lite and the worker, the same way.
 *
 * The entries are CommonJS as well: Node then starts no ES module loader, on either thread.
 *
 * <hash> is esbuild's hash of the file's content, which names its code cache: a cache never meets
 * code it was not made from. bab4's precompiled templates are in the main file (and so in its code
 * cache); packages with native code or a browser driver stay outside the bundle.
 * Run by `npm run build:ts` after tsc.
 */
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

/** The chart worker's entry, beside every file of the bundle (src/charts/early.ts). */
const WORKER_ENTRY = JSON.stringify('./worker.cjs');
const common = { bundle: true, platform: 'node', target: 'node20', outdir, legalComments: 'none', logLevel: 'warning', metafile: true };
const external = ['@resvg/resvg-js', 'playwright-core', 'exceljs', 'fsevents'];

/**
 * vega-canvas replaced by scripts/vega-canvas-none.mjs, debug (stdlib's gammaincinv logs through it) by
 * scripts/debug-none.cjs; commander's node:child_process loaded only
 * when used (scripts/child-process-lazy.cjs: 5–10 ms less at each start); bab4's precompiled
 * templates (dist/templates.precompiled.cjs, src/report/precompiled.ts) taken into the bundle.
 */
const modules = {
  name: 'bab4-modules',
  setup(b) {
    b.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: path.join(root, 'scripts/vega-canvas-none.mjs') }));
    b.onResolve({ filter: /^debug$/ }, () => ({ path: path.join(root, 'scripts/debug-none.cjs') }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: path.join(root, 'scripts/child-process-lazy.cjs') } : undefined));
    b.onResolve({ filter: /^bab4:precompiled-templates$/ }, () => ({ path: path.join(root, 'dist/templates.precompiled.cjs') }));
  },
};

/** A CommonJS file run by src/code-cache.ts, which passes import.meta.url as __bab4ImportMetaUrl. */
async function commonJs(name, entry) {
  const result = await build({
    ...common,
    entryPoints: { [name]: path.join(root, entry) },
    format: 'cjs',
    // import() as require(): what stays outside (resvg, exceljs, playwright-core) is CommonJS, and a
    // vm.Script's own import() needs an experimental option that its code cache does not keep.
    supported: { 'dynamic-import': false },
    entryNames: '[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    minifyWhitespace: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    // Beside the file, never loaded unless an internal error's stack is printed (src/stack.ts).
    sourcemap: 'external',
    external,
    plugins: [modules],
    define: { 'import.meta.url': '__bab4ImportMetaUrl', 'import.meta.filename': '__filename', 'import.meta.dirname': '__dirname', __BAB4_BUNDLE__: 'true', __BAB4_WORKER_ENTRY__: WORKER_ENTRY },
  });
  const file = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.cjs'));
  // V8 holds a source with any non-ASCII character at two bytes per character: twice the memory and
  // time to read. esbuild escapes strings, but not regular expressions — write \uXXXX in those.
  const text = readFileSync(path.resolve(file), 'latin1');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) console.warn(`bundle: ${path.basename(file)} is not ASCII: …${text.slice(Math.max(0, at - 60), at + 20)}…`);
  return path.basename(file);
}

const main = await commonJs('main', 'dist/cli/main.js');
const worker = await commonJs('worker', 'dist/charts/worker.js');

await build({
  ...common,
  entryPoints: { bab4: path.join(root, 'dist/cli/bundle-bin.js'), worker: path.join(root, 'dist/charts/bundle-worker.js') },
  format: 'cjs',
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
  external,
  banner: { js: '"use strict";const __bab4EntryUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: {
    'import.meta.url': '__bab4EntryUrl',
    'import.meta.dirname': '__dirname',
    __BAB4_MAIN__: JSON.stringify(main),
    __BAB4_WORKER__: JSON.stringify(worker),
    __BAB4_WORKER_ENTRY__: WORKER_ENTRY,
  },
});
