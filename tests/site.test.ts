// The site as a reader uses it, on the fixture book: search from file:// in
// English and Russian, the Copy button, listing file links, axe-core on every
// page (light and dark, desktop and phone), and the link checker.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../build/chromium.ts';
import { checkLinks } from '../build/check/links.ts';
import { axeSite } from './axe.ts';
import { cli, fixtureBook } from './helpers.ts';

let out: string;
let browser: Browser;
let listLinks: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'site-'));
  const built = await cli(['build', '--book', fixtureBook, '--out', out, '--format', 'html', '--list-links']);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  listLinks = built.stdout;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const url = (file: string) => pathToFileURL(path.join(out, file)).href;

async function search(page: Page, query: string): Promise<{ where: string[]; marks: string[]; hrefs: string[] }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  await page.keyboard.type(query);
  await page.waitForFunction((q) => document.getElementById('search-results')!.dataset.query === q, { timeout: 10_000 }, query);
  return page.evaluate(() => ({
    where: [...document.querySelectorAll('.search-where')].map((e) => e.textContent ?? ''),
    marks: [...document.querySelectorAll('.search-snippet mark')].map((e) => e.textContent ?? ''),
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>('.search-results a')].map((a) => a.getAttribute('href') ?? ''),
  }));
}

describe('search', () => {
  it('finds stemmed words and API names from file:// in English, loading the index only on first use', async () => {
    const page = await browser.newPage();
    await page.goto(url('en/02-second.html'), { waitUntil: 'load' });
    expect(await page.evaluate(() => 'bookSearchIndex' in window)).toBe(false);
    const coroutines = await search(page, 'coroutines');
    expect(await page.evaluate(() => 'bookSearchIndex' in window)).toBe(true);
    expect(coroutines.where[0]).toMatch(/^Chapter 1\. /);
    expect(coroutines.marks.map((m) => m.toLowerCase())).toContain('coroutine');
    // An API name from a listing's code, written with its module.
    const api = await search(page, 'asyncio.run');
    expect(api.hrefs.length).toBeGreaterThan(0);
    expect(api.hrefs.some((href) => href.startsWith('01-first.html#'))).toBe(true);
    // Arrow keys move into the results; Enter follows the focused one.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(new URL(api.hrefs[0]!, url('en/02-second.html')).href);
    await page.close();
  });

  it('finds «задача» when asked for «задачи» in the Russian site', async () => {
    const page = await browser.newPage();
    await page.goto(url('ru/01-pervaya.html'), { waitUntil: 'load' });
    const found = await search(page, 'задачи');
    expect(found.where[0]).toMatch(/^Глава 1\. /);
    expect(found.marks).toContain('задачу');
    const none = await search(page, 'несуществующееслово');
    expect(none.hrefs).toEqual([]);
    expect(await page.$eval('.search-status', (e) => e.textContent)).toBe('Ничего не найдено');
    await page.close();
  });
});

describe('listings', () => {
  it('copies code without prompts, and links each program to its file in code/', async () => {
    const page = await browser.newPage();
    await page.goto(url('en/01-first.html'), { waitUntil: 'load' });
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) } });
    });
    const copied = async (selector: string) => {
      await page.click(`${selector} button.copy-code`);
      return page.evaluate(() => (window as unknown as { copied: string }).copied);
    };
    // The file in code/ opens with a header naming its listing; the listing itself is the rest.
    const program = (await readFile(path.join(fixtureBook, 'code', '01-first', 'hello.py'), 'utf8')).replace(/^# Listing .*\n/, '');
    expect(await copied('#lst-hello')).toBe(program);
    // The pycon session: only what the reader types, without `>>> `.
    const session = await page.evaluate(() => [...document.querySelectorAll('.code-frame')].findIndex((f) => f.textContent?.startsWith('>>>')));
    expect(session).toBeGreaterThanOrEqual(0);
    await page.evaluate((i) => document.querySelectorAll<HTMLButtonElement>('.code-frame button.copy-code')[i]!.click(), session);
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe('1 + 1\n');
    // A wrap mark or line number, were a theme to add them, is not copied.
    expect(await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.innerHTML = '<span class="line-number">1</span>x = 1<span class="wrap-mark">↪</span>\n';
      return (window as unknown as { bookCodeText: (p: Element) => string }).bookCodeText(pre);
    })).toBe('x = 1\n');
    const link = await page.$eval('#lst-hello a.code-file', (a) => ({ href: a.getAttribute('href'), download: a.hasAttribute('download') }));
    expect(link).toEqual({ href: 'code/01-first/hello.py', download: true });
    expect(await readFile(path.join(out, 'en', 'code', '01-first', 'hello.py'), 'utf8')).toContain('asyncio.run');
    await page.close();
  });
});

describe('accessibility', () => {
  it('axe-core finds nothing serious or critical on any page, light and dark, 1280 and 390 px', async () => {
    expect(await axeSite(browser, out)).toEqual([]);
  }, 180_000);

  it('the theme toggle exposes its state; the mobile menu takes focus and closes with Escape', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 800 });
    await page.goto(url('en/01-first.html'), { waitUntil: 'load' });
    expect(await page.$eval('.skip-link', (a) => a.textContent)).toBe('Skip to content');
    const pressed = () => page.$eval('.theme-toggle', (b) => b.getAttribute('aria-pressed'));
    const before = await pressed();
    await page.click('.theme-toggle');
    expect(await pressed()).toBe(before === 'true' ? 'false' : 'true');
    await page.click('.menu-toggle');
    expect(await page.evaluate(() => document.activeElement?.closest('#sidebar') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.$eval('#sidebar', (s) => s.classList.contains('open'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))).toBe(true);
    await page.close();
  });
});

describe('links', () => {
  it('every internal href and fragment resolves; external links are listed by --list-links', async () => {
    const report = await checkLinks(out);
    expect(report.pages).toBe(7); // en: title, 2 chapters, index; ru: title, 1 chapter; the editions page
    expect(report.broken).toEqual([]);
    expect(listLinks).toContain('0 broken internal');
    for (const external of report.external) expect(listLinks).toContain(`external  ${external}`);
    expect(report.external).toContain('https://docs.python.org/3/library/asyncio.html');
  });
});
