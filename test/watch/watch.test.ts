/**
 * bab4 watch, driven through its programmatic API: rebuilds after a data, template, config or
 * pembahasan edit (a burst of saves → one build), keeps the last good output on a bad edit and
 * recovers, reuses the analysis and the charts when only templates change, follows a changed
 * watch list, and serves the output with a reload script that is never written to disk.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWatch, type BuildEvent, type Watch } from '../../src/watch/index.js';
import { build } from '../../src/pipeline.js';
import { defaultStudy } from '../helpers/study.js';

const TIMEOUT = 30_000;
const open: Watch[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.close()));
});

function start(config: string, extra: Partial<Parameters<typeof startWatch>[0]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const w = startWatch({ config, stdout: (s) => out.push(s), stderr: (s) => err.push(s), ...extra });
  open.push(w);
  const events: BuildEvent[] = [];
  w.onBuild((e) => events.push(e));
  /** The next build event after now that satisfies `pred` (rejects after TIMEOUT). */
  const next = (pred: (e: BuildEvent) => boolean = () => true): Promise<BuildEvent> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no matching build within ${TIMEOUT} ms; builds: ${JSON.stringify(events.map((e) => ({ seq: e.seq, ok: e.ok })))}; stderr: ${err.join('')}`));
      }, TIMEOUT);
      const off = w.onBuild((e) => {
        if (!pred(e)) return;
        clearTimeout(timer);
        off();
        resolve(e);
      });
    });
  return { w, out, err, events, next };
}

const results = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'output/results.json'), 'utf8')) as { meta: { n: number; inputs: Record<string, string> } };
/** Drops the respondent on data row `row` (1-based) from the default study's CSV. */
const dropRow = (csv: string, row: number) => csv.split('\n').filter((_, i) => i !== row).join('\n');

describe('bab4 watch', () => {
  it('builds at start, rebuilds after a data edit and prints what changed', async () => {
    const s = defaultStudy();
    const { w, out, next } = start(s.config);
    const first = await w.ready;
    expect(first.ok).toBe(true);
    expect(results(s.dir).meta.n).toBe(89);
    expect(out.join('')).toMatch(/n = 89/);

    const built = next();
    s.edit('data/responden.csv', (t) => dropRow(t, 5));
    const e = await built;
    expect(e.ok).toBe(true);
    expect(e.result!.reused).toBe(false);
    expect(results(s.dir).meta.n).toBe(88);
    expect(e.changes).toContainEqual({ kind: 'n', from: 89, to: 88 });
    expect(out.join('')).toMatch(/berubah sejak build sebelumnya: n 89 → 88/);
  });

  it('names a hypothesis whose decision flipped (H2: p = 0.0527, α 0.05 → 0.06)', async () => {
    const s = defaultStudy();
    const { w, out, next } = start(s.config);
    await w.ready;
    const built = next();
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: 0.06'));
    const e = await built;
    expect(e.ok).toBe(true);
    expect(e.changes).toContainEqual({ kind: 'hypothesis', id: 'H2', term: 'X2', from: false, to: true });
    expect(out.join('')).toMatch(/^bab4: berubah sejak build sebelumnya: .*H2 \(X2\) kini diterima \(sebelumnya ditolak\)/m);
  });

  it('turns a burst of saves into one build', async () => {
    const s = defaultStudy();
    const { w, events, next } = start(s.config);
    await w.ready;
    const built = next();
    for (let i = 0; i < 5; i++) s.edit('data/responden.csv', (t) => t + '\n'); // blank lines: same data
    const e = await built;
    expect(e.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 800)); // a negative check: no second build follows
    expect(events.length).toBe(2);
  });

  it('keeps the last good output on a bad edit and rebuilds as soon as it is fixed', async () => {
    const s = defaultStudy();
    const { w, err, next } = start(s.config);
    await w.ready;
    const good = readFileSync(path.join(s.dir, 'output/results.json'), 'utf8');
    const original = s.read('data/responden.csv');

    const failed = next();
    s.edit('data/responden.csv', (t) => t.replace(/\n(2,"Danau Teluk","Laki-laki",26,"SMA\/SMK",1,0,"[^"]*"),3,/, '\n$1,8,'));
    const bad = await failed;
    expect(bad.ok).toBe(false);
    expect(err.join('')).toMatch(/^bab4: .*responden\.csv:3: baris 2, kolom "X1_1": "8"/m);
    expect(err.join('')).toMatch(/dipertahankan/);
    expect(readFileSync(path.join(s.dir, 'output/results.json'), 'utf8')).toBe(good);

    const brokenConfig = next();
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: 5'));
    expect((await brokenConfig).ok).toBe(false);
    expect(err.join('')).toMatch(/bab4\.config\.yaml:5: kunci "alpha"/);

    const fixed = next((e) => e.ok);
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 5', 'alpha: 0.05'));
    s.write('data/responden.csv', original);
    expect((await fixed).ok).toBe(true);
    expect(readFileSync(path.join(s.dir, 'output/results.json'), 'utf8')).toBe(good);
  });

  it('rebuilds after a template edit, reusing the analysis and every chart; follows config changes', async () => {
    const s = defaultStudy();
    const { w, next } = start(s.config);
    await w.ready;
    const css = readFileSync(new URL('../../templates/style.css', import.meta.url), 'utf8');

    // A templates folder appears in the config: it is read, and watched from then on.
    s.write('templates/style.css', css + '\n/* mark-1 */\n');
    const withTemplates = next();
    s.edit('bab4.config.yaml', (t) => t + 'templates: templates\n');
    const a = await withTemplates;
    expect(a.ok).toBe(true);
    expect(w.targets().dirs).toEqual([path.join(s.dir, 'templates')]);
    expect(readFileSync(path.join(s.dir, 'output/bab4.html'), 'utf8')).toContain('mark-1');

    const edited = next();
    s.write('templates/style.css', css + '\n/* mark-2 */\n');
    const b = await edited;
    expect(b.ok).toBe(true);
    expect(b.result!.reused).toBe(true);
    expect(b.result!.charts.rendered).toBe(0);
    expect(b.result!.charts.cached).toBeGreaterThan(0);
    const html = readFileSync(path.join(s.dir, 'output/bab4.html'), 'utf8');
    expect(html).toContain('mark-2');
    expect(html).not.toContain('mark-1');
    expect(results(s.dir).meta.inputs['templates/style.css']).toMatch(/^[0-9a-f]{64}$/);
    // Reused analysis and cached charts change no byte: the output equals a fresh build's.
    const fresh = await build(s.config, { outDir: path.join(s.dir, 'fresh') });
    for (const [file, content] of fresh.files) expect(readFileSync(path.join(s.dir, 'output', file)).equals(Buffer.from(content)), file).toBe(true);

    // The same edit saved atomically (write a temporary file, rename it over the template).
    const atomic = next();
    writeFileSync(path.join(s.dir, 'templates/style.tmp'), css + '\n/* mark-3 */\n');
    renameSync(path.join(s.dir, 'templates/style.tmp'), path.join(s.dir, 'templates/style.css'));
    await atomic;
    expect(readFileSync(path.join(s.dir, 'output/bab4.html'), 'utf8')).toContain('mark-3');
  });

  it('rebuilds when a pembahasan file that did not exist is created, and when the data file is switched', async () => {
    const s = defaultStudy();
    const { w, next } = start(s.config);
    await w.ready;
    expect(w.targets().files).toContain(path.join(s.dir, 'pembahasan/H1.md'));
    expect(existsSync(path.join(s.dir, 'pembahasan'))).toBe(false);

    const created = next();
    s.write('pembahasan/H1.md', 'Pembahasan hipotesis pertama.\n');
    expect((await created).ok).toBe(true);
    expect(Object.keys(results(s.dir).meta.inputs)).toContain('pembahasan/H1.md');

    s.write('data/lain.csv', dropRow(s.read('data/responden.csv'), 1));
    const switched = next();
    s.edit('bab4.config.yaml', (t) => t.replace('data: data/responden.csv', 'data: data/lain.csv'));
    expect((await switched).result!.results.meta.n).toBe(88);
    expect(w.targets().files).toContain(path.join(s.dir, 'data/lain.csv'));
    expect(w.targets().files).not.toContain(path.join(s.dir, 'data/responden.csv'));

    const edited = next();
    s.edit('data/lain.csv', (t) => dropRow(t, 1));
    expect((await edited).result!.results.meta.n).toBe(87);
  });

  it('serves the output with a reload script in HTML responses only, and signals reloads', async () => {
    const s = defaultStudy();
    const { w, out, next } = start(s.config, { serve: true, port: 0 });
    await w.ready;
    expect(w.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(out.join('')).toContain(w.url!);

    const page = await fetch(w.url!);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('data-bab4-watch');
    const disk = readFileSync(path.join(s.dir, 'output/bab4.html'), 'utf8');
    expect(disk).not.toContain('data-bab4-watch');
    expect(html.replace(/<script data-bab4-watch>.*?<\/script>/s, '')).toBe(disk);
    const json = await (await fetch(new URL('results.json', w.url))).text();
    expect(json).toBe(readFileSync(path.join(s.dir, 'output/results.json'), 'utf8'));
    expect((await fetch(new URL('charts/nope.svg', w.url))).status).toBe(404);
    const escape = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: new URL(w.url!).port, path: '/../bab4.config.yaml' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect([403, 404]).toContain(escape);

    const controller = new AbortController();
    const events = await fetch(new URL('__bab4/events', w.url), { signal: controller.signal });
    const reader = events.body!.getReader();
    const built = next();
    s.edit('data/responden.csv', (t) => dropRow(t, 3));
    await built;
    let text = '';
    const deadline = Date.now() + TIMEOUT;
    while (!text.includes('event: reload') && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: reload');
  });
});
