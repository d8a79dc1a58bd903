// The English book's site as readers get it: one HTML build, then search
// (size of the index, speed, stemming, API names), axe-core on every page in
// light and dark at 1280 and 390 px, no page scrolling sideways at 320 px,
// and every internal link resolving. Slow (the whole book); one browser.
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../build/chromium.ts';
import { checkLinks } from '../build/check/links.ts';
import { axeSite, sitePages } from './axe.ts';
import { cli, repoRoot } from './helpers.ts';

let out: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'book-site-'));
  // Every language: each page's language switcher links to the other editions.
  const built = await cli(['build', '--book', repoRoot, '--out', out, '--format', 'html']);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  site = path.join(out, 'en');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function query(page: Page, text: string): Promise<{ ms: number; where: string[]; marks: string[] }> {
  return page.evaluate(async (q) => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    const panel = document.getElementById('search-results')!;
    input.value = q;
    input.dispatchEvent(new Event('input'));
    while (panel.dataset.query !== q) await new Promise((resolve) => setTimeout(resolve, 5));
    return {
      ms: (window as unknown as { bookSearchLastMs: number }).bookSearchLastMs,
      where: [...document.querySelectorAll('.search-where')].map((e) => e.textContent ?? ''),
      marks: [...document.querySelectorAll('.search-snippet mark')].map((e) => (e.textContent ?? '').toLowerCase()),
    };
  }, text);
}

describe('search in the English book', () => {
  it('keeps the index under 25% of the HTML and answers in under 100 ms once loaded', async () => {
    const html = (await readdir(site)).filter((f) => f.endsWith('.html'));
    const htmlBytes = (await Promise.all(html.map((f) => stat(path.join(site, f))))).reduce((sum, s) => sum + s.size, 0);
    const indexBytes = (await stat(path.join(site, 'search-en.js'))).size;
    const share = indexBytes / htmlBytes;
    console.log(`search index ${(indexBytes / 1024).toFixed(0)} KiB = ${(share * 100).toFixed(1)}% of ${(htmlBytes / 1024).toFixed(0)} KiB of HTML`);
    expect(share).toBeLessThan(0.25);

    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href, { waitUntil: 'load' });
    const loadStart = Date.now();
    await page.focus('#search-input');
    await page.waitForFunction(() => 'bookSearchIndex' in window);
    const first = await query(page, 'cancelled');
    const loadMs = Date.now() - loadStart;
    // Stemming: "cancelled" finds "cancellation".
    expect(first.marks).toContain('cancellation');
    const times = [first.ms];
    for (const q of ['asyncio.gather', 'TaskGroup', 'event loop', 'semaphore', 'timeout', 'run_in_executor', 'queue']) {
      const result = await query(page, q);
      expect(result.where.length, q).toBeGreaterThan(0);
      times.push(result.ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`search: index loaded and first answer in ${loadMs} ms; answers ${sorted.map((t) => t.toFixed(1)).join(', ')} ms`);
    expect(Math.max(...times)).toBeLessThan(100);
    await page.close();
  }, 60_000);
});

describe('the English book for every reader', () => {
  it('axe-core finds nothing serious or critical on any page, light and dark, 1280 and 390 px', async () => {
    const start = Date.now();
    const problems = await axeSite(browser, site);
    console.log(`axe: ${(await sitePages(site)).length} pages × 4 in ${((Date.now() - start) / 1000).toFixed(0)} s`);
    expect(problems).toEqual([]);
  }, 900_000);

  it('no page scrolls sideways at 320 px', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 800 });
    const wide: string[] = [];
    for (const file of await sitePages(site)) {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path.basename(file)} (${overflow} px)`);
    }
    await page.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it('every internal link and fragment resolves', async () => {
    const report = await checkLinks(out);
    expect(report.broken).toEqual([]);
  });
});
