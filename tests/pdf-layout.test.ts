// Paged.js as the build drives it (build/render/pdf/render.ts).
//
// A code block that Paged.js moves to the next page whole, after starting it
// at the foot of a page, leaves no empty box behind. The chapter puts long
// listings (too long to be kept whole) after paragraphs of every length, so
// some start where only a line or two would fit. (This layout has not
// reproduced the empty box the issue reports: the test guards that no empty
// fragment of a code box stays visible, whatever layout makes one.)
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../build/chromium.ts';
import { loadBook, themeDir } from '../build/load-book.ts';
import { printHtml } from '../build/render/pdf/print-document.ts';
import { layOut } from '../build/render/pdf/render.ts';

let browser: Browser;
let url: string;
let wrap: string;

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'slivers-'));
  const dir = path.join(root, 'manuscript', 'en');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'book.yaml'), 'title: Slivers\nauthors: [Test]\nlanguage: en\nchapters: [01-s.md]\n');
  const code = Array.from({ length: 30 }, (_, i) => `line_${i} = ${i}`).join('\n');
  const blocks = Array.from({ length: 40 }, (_, i) => `${'Some words to fill the page. '.repeat(3 + ((i * 7) % 23))}\n\n\`\`\`text\n${code}\n\`\`\`\n`);
  await writeFile(path.join(dir, '01-s.md'), `# Slivers\n\n${blocks.join('\n')}`);
  const book = await loadBook(root, 'en', { highlight: false });
  await writeFile(path.join(root, 'print.html'), await printHtml(book));
  url = pathToFileURL(path.join(root, 'print.html')).href;
  wrap = await readFile(path.join(themeDir(root), 'print.js'), 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('Paged.js layout', () => {
  it('lays the pages out back to back, not one per animation frame', async () => {
    const page = await browser.newPage();
    // No frame ever comes: Paged.js's own queue would wait for the first one forever.
    await page.evaluateOnNewDocument(() => {
      window.requestAnimationFrame = () => 0;
    });
    const laying = layOut(page, url, wrap);
    laying.catch(() => undefined); // the page closes below whether or not it finished
    const part = await Promise.race([laying, new Promise<string>((resolve) => setTimeout(() => resolve('waited 10 s for a frame'), 10_000))]);
    await page.close();
    expect(typeof part === 'string' ? part : part.pages.length).toBeGreaterThan(10);
  });

  it('leaves no empty code box where a block moved to the next page', async () => {
    const page = await browser.newPage();
    await layOut(page, url, wrap);
    const boxes = (await page.evaluate(`(() => {
      const all = [...document.querySelectorAll('.pagedjs_page pre')];
      const split = all.filter((pre) => pre.dataset.splitTo);
      return { split: split.length, empty: all.filter((pre) => pre.textContent.trim() === '').map((pre) => getComputedStyle(pre).display) };
    })()`)) as { split: number; empty: string[] };
    await page.close();
    expect(boxes.split).toBeGreaterThan(5);
    // Each empty fragment Paged.js left is hidden.
    expect(boxes.empty.filter((display) => display !== 'none')).toEqual([]);
    console.log(`code blocks split across pages: ${boxes.split}; empty fragments hidden: ${boxes.empty.length}`);
  });
});
