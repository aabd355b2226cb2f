/**
 * The chapter and the appendix as a reader sees them: headless Chromium (Debian's `chromium`,
 * driven by playwright-core) opens bab4.html and lampiran.html of the default study from file://,
 * offline, and checks what the acceptance asks — sections 4.1–4.9, tables and figures
 * numbered 1…n without gaps, every cross-reference resolved, no NaN / undefined / {{ / [object
 * Object], numbers in the chapter's language, markup in labels shown literally, every chart an
 * inline SVG, nothing loaded from anywhere else — in Indonesian and in English. The study's labels
 * carry an <img onerror> payload (a variable label, an item statement, a characteristic category).
 *
 * Skipped only when /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from '../../src/pipeline.js';
import { editConfig, editCsv } from '../helpers/chapter.js';
import { defaultStudy } from '../helpers/study.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const PAYLOAD = '<img src=x onerror=alert(1)>';

interface Lang {
  lang: 'id' | 'en';
  table: string;
  figure: string;
  /** R², critical t, critical F, critical r of the default study, formatted. */
  numbers: { r2: string; tTable: string; fTable: string; rTable: string };
}

const LANGS: Lang[] = [
  { lang: 'id', table: 'Tabel', figure: 'Gambar', numbers: { r2: '0,494', tTable: '1,988', fTable: '2,712', rTable: '0,208' } },
  { lang: 'en', table: 'Table', figure: 'Figure', numbers: { r2: '0.494', tTable: '1.988', fTable: '2.712', rTable: '0.208' } },
];

/** The default study with the payload in a variable label, an item statement and a category; built to a folder. */
async function buildStudy(lang: 'id' | 'en'): Promise<string> {
  const study = defaultStudy();
  editConfig(study, (c) => {
    c.language = lang;
    if (lang === 'en') c.source = { year: c.source.year };
    c.variables.X2.label = `Media Sosial ${PAYLOAD}`;
    c.variables.X1.items.X1_1 = `Saya berjualan di marketplace ${PAYLOAD}`;
    const edu = c.characteristics.find((k: { column: string }) => k.column === 'pendidikan');
    edu.order = edu.order.map((o: string) => (o === 'S2' ? `S2 ${PAYLOAD}` : o));
  });
  editCsv(study, 'data/responden.csv', (rows) => rows.map((r) => (r.pendidikan === 'S2' ? { ...r, pendidikan: `S2 ${PAYLOAD}` } : r)));
  const out = mkdtempSync(path.join(tmpdir(), `bab4-browser-${lang}-`));
  await build(study.config, { outDir: out, word: false });
  return out;
}

let browser: Browser;

/** Opens a page from file:// with every other request refused and counted; dialogs recorded. */
async function open(file: string): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, dialogs, errors };
}

/** Captions ("Tabel 4.3 …") of one kind in document order → their numbers. */
async function captionNumbers(page: Page, word: string, prefix: string): Promise<number[]> {
  const texts = await page.locator('p.caption').allInnerTexts();
  const re = new RegExp(`^${word} ${prefix.replace('.', '\\.')}(\\d+)\\b`);
  return texts.map((t) => t.trim().match(re)).filter((m): m is RegExpMatchArray => m !== null).map((m) => Number(m[1]));
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

async function expectCommon(page: Page, requests: string[], dialogs: string[], errors: string[]): Promise<string> {
  const text = await page.locator('body').innerText();
  for (const bad of ['NaN', 'undefined', '{{', '[object Object]']) {
    const at = text.indexOf(bad);
    expect(at, `"${bad}" in the page: …${text.slice(Math.max(0, at - 100), at + 60)}…`).toBe(-1);
  }
  // Markup from labels is text: no element is created, no script runs, and the characters show.
  expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);
  expect(await page.locator('[onerror], [onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(text).toContain(PAYLOAD);
  // Self-contained: nothing else was requested (no image, stylesheet, font or script).
  expect(requests).toEqual([]);
  return text;
}

describe('bab4.html and lampiran.html in Chromium', () => {
  const dirs = new Map<string, string>();

  beforeAll(async () => {
    if (!hasChromium) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    for (const { lang } of LANGS) dirs.set(lang, await buildStudy(lang));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const L of LANGS) {
    describe(`language: ${L.lang}`, () => {
      it.skipIf(!hasChromium)('bab4.html: sections, numbering, references, numbers, literal labels, inline charts', async () => {
        const { page, requests, dialogs, errors } = await open(path.join(dirs.get(L.lang)!, 'bab4.html'));
        try {
          const text = await expectCommon(page, requests, dialogs, errors);
          expect(await page.locator('html').getAttribute('lang')).toBe(L.lang);

          // Sections 4.1–4.9, in order.
          const h2 = (await page.locator('h2').allInnerTexts()).map((t) => t.trim().match(/^4\.(\d)\b/)?.[1]);
          expect(h2).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);

          // Tables and figures numbered 1…n without gaps.
          const tables = await captionNumbers(page, L.table, '4.');
          const figures = await captionNumbers(page, L.figure, '4.');
          expect(tables.length).toBeGreaterThan(20);
          expect(figures.length).toBeGreaterThan(10);
          expect(tables).toEqual(oneToN(tables.length));
          expect(figures).toEqual(oneToN(figures.length));

          // Every "Tabel 4.n" / "Gambar 4.n" named anywhere exists as a caption.
          for (const [word, have] of [[L.table, tables], [L.figure, figures]] as const) {
            const named = [...text.matchAll(new RegExp(`${word} 4\\.(\\d+)`, 'g'))].map((m) => Number(m[1]));
            const missing = [...new Set(named)].filter((n) => !have.includes(n));
            expect(missing, `${word} 4.n mentioned but not captioned`).toEqual([]);
          }

          // Every table sits between its caption and its source line; every figure is an inline SVG.
          expect(await page.locator('table').count()).toBe(tables.length);
          expect(await page.locator('div.chart > svg').count()).toBe(figures.length);
          expect(await page.locator('svg image, use[href^="http"], [href^="http"]').count()).toBe(0);

          // Numbers in the chapter's language.
          const { r2, tTable, fTable, rTable } = L.numbers;
          const summary = page.locator('table', { hasText: 'Adjusted R Square' });
          expect(await summary.locator('tbody td').allInnerTexts()).toContain(r2);
          expect(text).toContain(L.lang === 'id' ? `t tabel ${tTable}` : `critical t ${tTable}`);
          expect(text).toContain(L.lang === 'id' ? `F tabel ${fTable}` : `critical F ${fTable}`);
          expect(text).toContain(L.lang === 'id' ? `r tabel (${rTable})` : `critical r (${rTable})`);
          expect(text).toContain(L.lang === 'id' ? `berbeda dengan R Square (${r2} atau 49,4%)` : `unlike R Square (${r2}, or 49.4%)`);

          // The payload in each of its three places, as text.
          expect(await page.locator('h3', { hasText: PAYLOAD }).count()).toBeGreaterThan(0);
          expect(await page.locator('td', { hasText: `marketplace ${PAYLOAD}` }).count()).toBeGreaterThan(0);
          expect(await page.locator('td', { hasText: `S2 ${PAYLOAD}` }).count()).toBeGreaterThan(0);
        } finally {
          await page.close();
        }
      });

      it.skipIf(!hasChromium)('lampiran.html: literal labels, no unfilled values, numbered captions, self-contained', async () => {
        const { page, requests, dialogs, errors } = await open(path.join(dirs.get(L.lang)!, 'lampiran.html'));
        try {
          await expectCommon(page, requests, dialogs, errors);
          const tables = await captionNumbers(page, L.table, 'L.');
          expect(tables.length).toBeGreaterThan(0);
          expect(tables).toEqual(oneToN(tables.length));
          const figures = await captionNumbers(page, L.figure, 'L.');
          expect(figures).toEqual(oneToN(figures.length));
        } finally {
          await page.close();
        }
      });

      it.skipIf(!hasChromium)('print: A4 thesis layout (Times New Roman 12 pt, line spacing 1.5)', async () => {
        const { page } = await open(path.join(dirs.get(L.lang)!, 'bab4.html'));
        try {
          await page.emulateMedia({ media: 'print' });
          // A string, evaluated in the page (the tests compile without the DOM library).
          const style = (await page.evaluate(
            `(() => { const cs = getComputedStyle(document.querySelector('main p')); return { font: cs.fontFamily, size: cs.fontSize, line: cs.lineHeight }; })()`,
          )) as { font: string; size: string; line: string };
          expect(style.font).toMatch(/^"?Times New Roman"?/);
          expect(style.size).toBe('16px'); // 12 pt
          expect(style.line).toBe('24px'); // 1.5 × 12 pt
          const pdf = await page.pdf({ preferCSSPageSize: true });
          // The page size comes from the stylesheet's @page: A4 is 595.28 × 841.89 PDF points.
          const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
          expect(box).not.toBeNull();
          expect(Math.abs(Number(box![1]) - 595.28)).toBeLessThan(1);
          expect(Math.abs(Number(box![2]) - 841.89)).toBeLessThan(1);
        } finally {
          await page.close();
        }
      });
    });
  }
});
