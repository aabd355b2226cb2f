/**
 * PDF of the chapter and the appendix (`build --pdf`, `pdf: true`): the HTML pages printed by a
 * Chromium-family browser already on the machine (Chromium, Chrome or Edge — found on the usual
 * paths, or given by BAB4_BROWSER), driven by playwright-core, which downloads no browser. The page
 * layout is the HTML's own print stylesheet: A4, the thesis margins, page numbers in CSS page-margin
 * boxes (Chromium ≥ 131), no browser header or footer.
 *
 * The PDF's creation and modification dates are the study's date, so the same input gives the same
 * bytes (they are the only parts that change between two prints; replaced in place, the file's
 * cross-reference offsets stay valid).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { msg, type Lang } from '../messages/catalog.js';

/** Where Chromium, Chrome and Edge are installed on Linux, macOS and Windows. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'].map((p) => `/Applications/${p}`);
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), path.join(r, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge', '/snap/bin/chromium'];
}

/** The browser to print with: BAB4_BROWSER, else the first installed candidate. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.BAB4_BROWSER;
  if (given) return existsSync(given) ? given : undefined;
  return browserCandidates(env).find((p) => existsSync(p));
}

export interface PdfPage {
  /** Output file name (bab4.pdf). */
  name: string;
  html: string;
}

/** Prints each page to PDF. Throws InputError (exit 1) when no browser can be found or started. */
export async function printPdfs(pages: PdfPage[], opts: { lang: Lang; date: { year: number; month: number; day: number }; env?: NodeJS.ProcessEnv }): Promise<Map<string, Uint8Array>> {
  const env = opts.env ?? process.env;
  const browserPath = findBrowser(env);
  if (!browserPath) {
    throw new InputError(opts.lang, [{ file: env.BAB4_BROWSER || 'PDF', message: msg(opts.lang, env.BAB4_BROWSER ? 'pdfBrowserGivenMissing' : 'pdfNoBrowser', { path: env.BAB4_BROWSER ?? '' }) }]);
  }
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath: browserPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
  } catch (e) {
    throw new InputError(opts.lang, [{ file: browserPath, message: msg(opts.lang, 'pdfBrowserFailed', { detail: String((e as Error).message).split('\n')[0] }) }]);
  }
  const out = new Map<string, Uint8Array>();
  try {
    const page = await browser.newPage();
    for (const p of pages) {
      await page.setContent(p.html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      out.set(p.name, fixDates(new Uint8Array(pdf), opts.date));
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The PDF's CreationDate and ModDate set to the study's date, in place (same length). */
export function fixDates(pdf: Uint8Array, date: { year: number; month: number; day: number }): Uint8Array {
  const stamp = `D:${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}000000`;
  // latin1 keeps one character per byte, so lengths and offsets are unchanged.
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/(\/(?:CreationDate|ModDate) \()D:\d{14}/g, (_m, a: string) => a + stamp);
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
