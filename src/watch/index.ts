/**
 * `bab4 watch`: rebuild whenever an input changes.
 *
 *   chokidar events ─ relevant? ─ debounce (60 ms) ─ build (reuse analysis, cached charts) ─┬─ print, "what changed"
 *        ▲                                                                                      ├─ reload preview pages
 *        │                             (the preview is written and reloaded before the Word files are made)
 *        └──────────── re-read the config: update the watch list ◄─────────────────────────────┘
 *
 * A failed build prints its error (as `build` does) and leaves the last good output in place;
 * the next save triggers the next attempt. Builds never overlap: a change during a build
 * schedules one more build after it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { displayPath, loadConfig } from '../config/load.js';
import { describeError } from '../errors.js';
import { msg, type Lang } from '../messages/catalog.js';
import { build, type BuildOptions, type BuildResult } from '../pipeline.js';
import { diffResults, describeChanges, type Change } from '../analysis/changes.js';
import { memoryCache } from '../output/cache.js';
import { defaultRenderer } from '../charts/renderer.js';
import { builtLine, timingLine } from '../cli/lines.js';
import { matcher, roots, signature, targetsOf, type Targets } from './targets.js';
import { startServer, type PreviewServer } from './serve.js';

export interface WatchOptions {
  /** Config file (relative to the working directory or absolute). */
  config: string;
  /** Output folder (default: `output` beside the config). */
  out?: string;
  /** Serve the output folder on 127.0.0.1 and reload open pages after each build. */
  serve?: boolean;
  /** Port for `serve` (0: any free port). Default 4173. */
  port?: number;
  /** Quiet time after the last change before a build starts (ms). Default 60: an editor's save
   *  (write a temporary file, rename it) comes as a burst of events within a few milliseconds. */
  debounceMs?: number;
  /** Where lines go (default: process.stdout / process.stderr). Each line ends with "\n". */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Use stat polling instead of file-system events (network drives, some containers). */
  usePolling?: boolean;
}

export interface BuildEvent {
  /** 1 for the first build, then counting. */
  seq: number;
  ok: boolean;
  ms: number;
  result?: BuildResult;
  error?: unknown;
  /** Conclusions that changed compared with the output folder's previous results.json. */
  changes: Change[];
}

export interface Watch {
  /** Settles after the first build (good or bad) with the watcher in place (rejects if the server cannot start). */
  ready: Promise<BuildEvent>;
  /** The preview URL (with `serve`, once ready). */
  url?: string;
  /** Calls `listener` after every build; returns an unsubscribe function. */
  onBuild(listener: (e: BuildEvent) => void): () => void;
  /** The files and folders currently watched. */
  targets(): Targets;
  /** Stops watching and serving; an ongoing build is finished first. */
  close(): Promise<void>;
}

export function startWatch(opts: WatchOptions): Watch {
  const configPath = path.resolve(opts.config);
  const outDir = path.resolve(opts.out ?? path.join(path.dirname(configPath), 'output'));
  const out = opts.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = opts.stderr ?? ((s: string) => void process.stderr.write(s));
  const debounceMs = opts.debounceMs ?? 60;
  const cache = memoryCache();
  // One chart renderer (a worker thread when compiled) for every build of this watch.
  const renderer = defaultRenderer();
  const listeners = new Set<(e: BuildEvent) => void>();
  let lang: Lang = 'id';
  let reuse: BuildOptions['reuse'];
  let targets: Targets = { files: [configPath], dirs: [] };
  let watcher: FSWatcher | undefined;
  let watchedSignature = '';
  let server: PreviewServer | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let seq = 0;

  const refreshTargets = () => {
    try {
      const config = loadConfig(configPath);
      lang = config.language;
      targets = targetsOf(config);
    } catch {
      // An invalid config: keep the last watch list (it always holds the config itself).
      if (!targets.files.includes(configPath)) targets = { ...targets, files: [...targets.files, configPath].sort() };
    }
  };

  const rewatch = async () => {
    const sig = signature(targets);
    if (closed || sig === watchedSignature) return;
    watchedSignature = sig;
    await watcher?.close();
    const { relevant, keep } = matcher(targets, outDir);
    const w = watch(roots(targets), {
      ignoreInitial: true,
      ignored: (p: string) => !keep(path.resolve(p)),
      usePolling: opts.usePolling,
      interval: 100,
    });
    w.on('all', (_event, p) => {
      if (relevant(path.resolve(p))) schedule();
    });
    w.on('error', () => {
      // A folder that vanished or cannot be read: the next build reports what is wrong.
    });
    watcher = w;
    await new Promise<void>((resolve) => w.once('ready', () => resolve()));
  };

  const runBuild = async (): Promise<BuildEvent> => {
    const t0 = performance.now();
    const event: BuildEvent = { seq: ++seq, ok: false, ms: 0, changes: [] };
    try {
      // The preview (HTML) is written and reloaded first; the Word files follow in a second write.
      const onPreview = () => {
        out(`bab4: ${msg(lang, 'watchPreview', { ms: Math.round(performance.now() - t0), out: displayPath(outDir) })}\n`);
        server?.reload();
      };
      const result = await build(configPath, { outDir, cache, reuse, renderer, onPreview });
      reuse = { analysisKey: result.analysisKey, analysis: result.analysis };
      lang = result.config.language;
      event.ok = true;
      event.result = result;
      event.changes = result.previous ? diffResults(result.previous, result.results) : [];
      event.ms = Math.round(performance.now() - t0);
      const detail = result.reused
        ? msg(lang, 'watchReused', { cached: result.charts.cached })
        : result.charts.cached
          ? msg(lang, 'watchCached', { cached: result.charts.cached })
          : '';
      out(builtLine(result, event.ms, detail));
      err(timingLine(result));
      const summary = describeChanges(event.changes, lang);
      if (summary) out(`bab4: ${summary}\n`);
      server?.reload();
    } catch (e) {
      event.error = e;
      event.ms = Math.round(performance.now() - t0);
      const { text } = describeError(e);
      err(`bab4: ${text}\n`);
      if (existsSync(path.join(outDir, 'results.json'))) err(`bab4: ${msg(lang, 'watchKept', { out: displayPath(outDir) })}\n`);
      server?.failed(text);
    }
    refreshTargets();
    await rewatch();
    for (const l of listeners) l(event);
    return event;
  };

  const kick = () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = runBuild()
      .then(() => undefined)
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          schedule();
        }
      });
  };

  function schedule() {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, debounceMs);
  }

  const ready = (async () => {
    refreshTargets();
    if (opts.serve) {
      server = await startServer(outDir, opts.port ?? 4173, lang);
    }
    const first = runBuild();
    running = first.then(() => undefined).finally(() => (running = undefined));
    const event = await first;
    if (server) out(`bab4: ${msg(lang, 'watchServing', { url: server.url })}\n`);
    out(`bab4: ${msg(lang, 'watchStart', { count: targets.files.length + targets.dirs.length })}\n`);
    return event;
  })();
  ready.catch(() => undefined); // a caller that never awaits `ready` must not crash the process

  return {
    ready,
    get url() {
      return server?.url;
    },
    onBuild(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    targets: () => ({ files: [...targets.files], dirs: [...targets.dirs] }),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await ready.catch(() => undefined);
      await running?.catch(() => undefined);
      await watcher?.close();
      await server?.close();
      await renderer.close();
      listeners.clear();
    },
  };
}
