/**
 * The chart cache: rendered SVG keyed by the sha256 of everything a chart's SVG depends on —
 * bab4's version, the chapter language, the chart id and its Vega-Lite spec. Rendering is
 * deterministic in these, so a hit gives exactly the bytes a fresh render would: the cache can
 * make a build faster, never different.
 *
 * Two stores: in memory (the watch process) and on disk (`.bab4-cache/charts/` beside the config,
 * for `build`). A disk entry carries the sha256 of its SVG and is ignored when it does not match;
 * any file-system failure only turns a hit into a miss.
 *
 * The PNG of a chart (for Word) is kept beside it, keyed by the sha256 of its SVG (`png/`): the same
 * SVG always rasterizes to the same PNG.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../load/hash.js';
import type { Lang } from '../messages/catalog.js';
import { VERSION } from '../version.js';

export interface ChartCache {
  get(key: string): string | undefined;
  set(key: string, svg: string): void;
  /** The PNG of an SVG, by the SVG's key (pngKey). */
  getPng(key: string): Uint8Array | undefined;
  setPng(key: string, png: Uint8Array): void;
  /** After a successful build: forget every entry (SVG or PNG) the build did not use. */
  retain(used: ReadonlySet<string>): void;
}

/** The cache key of a chart's PNG: the sha256 of its SVG (and bab4's version). */
export function pngKey(svg: string): string {
  return sha256(`${VERSION}\u0000png\u0000${svg}`);
}

/** The cache key of a chart (sha256 hex). */
export function chartKey(id: string, spec: object, lang: Lang): string {
  return sha256(JSON.stringify([VERSION, lang, id, spec]));
}

export function memoryCache(): ChartCache {
  const map = new Map<string, string>();
  const pngs = new Map<string, Uint8Array>();
  return {
    get: (key) => map.get(key),
    set: (key, svg) => void map.set(key, svg),
    getPng: (key) => pngs.get(key),
    setPng: (key, png) => void pngs.set(key, png),
    retain: (used) => {
      for (const key of [...map.keys()]) if (!used.has(key)) map.delete(key);
      for (const key of [...pngs.keys()]) if (!used.has(key)) pngs.delete(key);
    },
  };
}

/** The cache folder of a study: `.bab4-cache/` in the config's folder. */
export function cacheDir(baseDir: string): string {
  return path.join(baseDir, '.bab4-cache');
}

const HEAD = /^<!-- sha256:([0-9a-f]{64}) -->\n/;

export function diskCache(dir: string): ChartCache {
  const charts = path.join(dir, 'charts');
  const pngs = path.join(dir, 'png');
  const file = (key: string) => path.join(charts, `${key}.svg`);
  /** Writes a file whole or not at all (a sibling, then renamed). */
  const put = (folder: string, target: string, content: string | Uint8Array) => {
    const tmp = `${target}.tmp-${process.pid}`;
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(tmp, content);
      renameSync(tmp, target);
    } catch {
      rmSync(tmp, { force: true });
    }
  };
  const forget = (folder: string, ext: string, used: ReadonlySet<string>) => {
    try {
      for (const name of readdirSync(folder)) if (!used.has(name.replace(ext, ''))) rmSync(path.join(folder, name), { force: true });
    } catch {
      // no cache folder: nothing to forget
    }
  };
  return {
    get(key) {
      try {
        const text = readFileSync(file(key), 'utf8');
        const m = HEAD.exec(text);
        if (!m) return undefined;
        const svg = text.slice(m[0].length);
        return sha256(svg) === m[1] ? svg : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, svg) {
      put(charts, file(key), `<!-- sha256:${sha256(svg)} -->\n${svg}`);
    },
    getPng(key) {
      try {
        const data = readFileSync(path.join(pngs, `${key}.png`));
        // A PNG ends with its IEND chunk: a file cut short is no hit.
        return data.length > 12 && data.subarray(-8).toString('latin1') === 'IEND\xaeB`\x82' ? new Uint8Array(data) : undefined;
      } catch {
        return undefined;
      }
    },
    setPng(key, png) {
      put(pngs, path.join(pngs, `${key}.png`), png);
    },
    retain(used) {
      forget(charts, '.svg', used);
      forget(pngs, '.png', used);
    },
  };
}

export interface CachedRenderer {
  render: (id: string, spec: object) => Promise<string>;
  /** Keys of the charts of this build. */
  used: Set<string>;
  /** Charts taken from the cache / rendered in this build. */
  hits: number;
  misses: number;
}

/** Wraps a renderer with a cache, counting hits and misses. */
export function cachedRenderer(
  cache: ChartCache,
  lang: Lang,
  render: (id: string, spec: object) => Promise<string>,
): CachedRenderer {
  const out: CachedRenderer = {
    used: new Set(),
    hits: 0,
    misses: 0,
    render: async (id, spec) => {
      const key = chartKey(id, spec, lang);
      out.used.add(key);
      const hit = cache.get(key);
      if (hit !== undefined) {
        out.hits++;
        return hit;
      }
      out.misses++;
      const svg = await render(id, spec);
      cache.set(key, svg);
      return svg;
    },
  };
  return out;
}
