// The live preview: a copy of the fixture book served on a free port, edited
// while a page listens on its WebSocket connection (and, once, while the page
// is open in headless Chromium).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { launchChromium } from '../build/chromium.ts';
import { startPreview, type Preview } from '../build/dev/index.ts';
import { SectionParser, sections } from '../build/dev/sections.ts';
import type { DevMessage } from '../build/dev/server.ts';
import { chapterProcessor } from '../build/load-book.ts';
import { loadStrings } from '../build/strings.ts';
import { copyFixture, edit, repoRoot } from './helpers.ts';

let book: string;
let preview: Preview;
let socket: WebSocket;
const messages: DevMessage[] = [];
const first = () => path.join(book, 'manuscript', 'en', '01-first.md');

/** Waits for a message that passes the test, among those that arrive from now on. */
function next(test: (message: DevMessage) => boolean, timeout = 30_000): Promise<DevMessage> {
  const from = messages.length;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such message within ${timeout} ms; got ${JSON.stringify(messages.slice(from))}`)), timeout);
    const check = () => {
      const found = messages.slice(from).find(test);
      if (!found) return;
      clearTimeout(timer);
      socket.off('message', check);
      resolve(found);
    };
    socket.on('message', check);
  });
}
const reloadOf = (page: string) => (m: DevMessage) => m.type === 'reload' && m.pages.includes(page);
const page = async (name: string) => (await fetch(`${preview.url}${name}`)).text();

beforeAll(async () => {
  book = await copyFixture();
  preview = await startPreview({ root: book, port: 0, out: path.join(book, 'preview'), debounce: 60 });
  socket = new WebSocket(`ws://127.0.0.1:${preview.port}/__dev/ws`);
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as DevMessage));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
});

afterAll(async () => {
  socket?.close();
  await preview?.close();
  if (book) await rm(book, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves every language on the loopback interface, with the live script in each page', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await page('en/01-first.html');
    expect(html).toContain('Plain text with');
    expect(html).toContain('<script src="/__dev/client.js" data-page="en/01-first.html"');
    expect(await page('ru/index.html')).toContain('lang="ru"');
    const root = await fetch(preview.url, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/en/');
  });

  it('an edit rewrites the page, then sends its reload; two quick saves give one rebuild of the latest text', async () => {
    const reloaded = next(reloadOf('en/01-first.html'));
    await edit(first(), 'Plain text with', 'Edited text with');
    await reloaded;
    expect(await page('en/01-first.html')).toContain('Edited text with');

    await preview.idle();
    const before = preview.rebuilds;
    const text = await readFile(first(), 'utf8');
    const again = next(reloadOf('en/01-first.html'));
    await writeFile(first(), text.replace('Edited text with', 'Saved once text with'));
    await writeFile(first(), text.replace('Edited text with', 'Saved twice text with'));
    await again;
    await preview.idle();
    expect(preview.rebuilds - before).toBe(1);
    const html = await page('en/01-first.html');
    expect(html).toContain('Saved twice text with');
    expect(html).not.toContain('Saved once');
  });

  it('a broken chapter shows its error at file:line:column until it is fixed, and the server goes on', async () => {
    const text = await readFile(first(), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('[](#lst-hello)')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('[](#lst-hello)') + 1;
    const errors = next((m) => m.type === 'errors');
    await writeFile(first(), text.replace('[](#lst-hello)', '[](#lst-missing)'));
    const message = await errors;
    expect(message.type === 'errors' && message.problems).toEqual([
      { place: `manuscript/en/01-first.md:${line}:${column}`, severity: 'error', reason: 'Link to missing anchor `#lst-missing` in `01-first.md`', rule: 'link:anchor' },
    ]);
    // vfile-reporter's report too, as the terminal prints it.
    expect(message.type === 'errors' && message.text).toContain(`${line}:${column}-`);
    // The last good page stays; a page opened now is told the errors at once.
    expect(await page('en/01-first.html')).toContain('Saved twice text with');
    const late = new WebSocket(`ws://127.0.0.1:${preview.port}/__dev/ws`);
    const greeting = await new Promise<DevMessage>((resolve) => late.once('message', (data) => resolve(JSON.parse(String(data)) as DevMessage)));
    late.close();
    expect(greeting.type).toBe('errors');

    const fixed = next(reloadOf('en/01-first.html'));
    const clean = next((m) => m.type === 'clean');
    await writeFile(first(), text.replace('Saved twice text with', 'Fixed text with'));
    await Promise.all([fixed, clean]);
    expect(await page('en/01-first.html')).toContain('Fixed text with');
  });

  it('a renamed heading rewrites the other pages and resolves the links into it again', async () => {
    const errors = next((m) => m.type === 'errors');
    await edit(first(), '## Getting Started', '## Getting Going');
    const message = await errors;
    // 02-second.md links to #getting-started, which is gone now.
    expect(message.type === 'errors' && message.problems.map((p) => p.place)).toEqual(['manuscript/en/02-second.md:5:9']);
    expect(await page('en/index.html')).toContain('Getting Going');

    const back = next((m) => m.type === 'clean');
    const second = next(reloadOf('en/02-second.html'));
    await edit(first(), '## Getting Going', '## Getting Going {#getting-started}');
    await Promise.all([back, second]);
    const html = await page('en/02-second.html');
    expect(html).toContain('Getting Going');
    expect(html).toContain('href="01-first.html#getting-started"');
  });

  it('an example whose code changed is marked as not yet verified', async () => {
    expect(await page('en/01-first.html')).not.toContain('dev-unverified');
    const reloaded = next(reloadOf('en/01-first.html'));
    await edit(first(), '    print("hello")', '    print("hello, again")');
    await reloaded;
    const html = await page('en/01-first.html');
    expect(html).toMatch(/<figure class="listing dev-unverified" id="lst-hello"/);
    expect(html).toContain('Not yet verified');
    expect(html.match(/dev-unverified-note/g)).toHaveLength(1);
  });

  it('the EPUB link works: the file is built on request', async () => {
    const response = await fetch(`${preview.url}en/fixture.epub`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(...bytes.slice(0, 2))).toBe('PK');
  });

  it('in Chromium, the open page shows the overlay while the chapter is broken and reloads when it is fixed', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const tab = await browser.newPage();
      await tab.goto(`${preview.url}en/01-first.html`, { waitUntil: 'load' });
      await tab.waitForFunction('document.querySelector("script[data-page]") !== null');
      const text = await readFile(first(), 'utf8');
      await writeFile(first(), text.replace(':::warning\nA warning.', ':::danger\nA warning.'));
      await tab.waitForSelector('#dev-overlay', { timeout: 30_000 });
      const shown = await tab.$eval('#dev-overlay', (node) => node.textContent ?? '');
      expect(shown).toMatch(/manuscript\/en\/01-first\.md:50:1error: Unknown directive `:::danger`/);
      if (process.env.DEV_SCREENSHOT) await tab.screenshot({ path: process.env.DEV_SCREENSHOT });

      const navigation = tab.waitForNavigation({ timeout: 30_000 });
      await writeFile(first(), text.replace('Fixed text with', 'Reloaded text with'));
      await navigation;
      await tab.waitForFunction('document.body.textContent.includes("Reloaded text with")');
      expect(await tab.$('#dev-overlay')).toBeNull();
    } finally {
      await browser?.close();
    }
  });
});

describe('parsing a chapter section by section', () => {
  it('gives the same tree as parsing it whole, for every chapter of the book and the fixture', async () => {
    const strings = await loadStrings(path.join(repoRoot, 'themes', 'default'), 'en');
    const dirs = ['manuscript/en', 'tests/fixtures/book/manuscript/en'].map((d) => path.join(repoRoot, d));
    for (const dir of dirs) {
      for (const name of (await readdir(dir)).filter((f) => /^\d\d-.*\.md$/.test(f))) {
        const text = await readFile(path.join(dir, name), 'utf8');
        const processor = chapterProcessor(dir, 1, strings);
        const parser = new SectionParser();
        expect(parser.parse(text, (t) => processor.parse(t)), name).toEqual(processor.parse(text));
        // An edit in one section: the others come from memory, in their new places.
        const edited = text.replace(/\n\n([A-Z])/, '\n\nA new sentence.\n\n$1');
        expect(parser.parse(edited, (t) => processor.parse(t)), `${name} edited`).toEqual(processor.parse(edited));
      }
    }
  });

  it('cuts only before headings outside code, directives and front matter', () => {
    const text = '---\ntitle: x\n# a comment\n---\n# One\n\n```\n# not a heading\n```\n\n:::note\n## inside\n:::\n\n## Two\ntext\n';
    expect(sections(text).map((s) => s.line)).toEqual([0, 4, 14]);
    expect(sections('# One\n\n[a]: http://x\n\n## Two\n').length).toBe(1);
  });
});
