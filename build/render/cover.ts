// The book's cover, drawn from book.yaml with the theme's cover stylesheet:
// a standalone page (printed as the PDF's cover page) and that page as a PNG (the
// EPUB's cover image). Nothing is fetched and nothing depends on the clock,
// so the same book gives the same bytes in every build; each drawing is kept
// in <book>/.cache/cover/<lang>/<png|pdf>/ by the page and Chromium's version
// it was drawn from, and Chromium is launched only when the cover changed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumVersion } from '../chromium.ts';
import { themeDir } from '../load-book.ts';
import type { Book } from '../model.ts';
import { ContentCache } from '../content-cache.ts';

/** The cover image's size in pixels: 2:3, the shape reading systems expect. */
export const coverSize = { width: 1600, height: 2400 } as const;

/** What the cover says, as text: its alternative text wherever it is an image. */
export function coverText(book: Book): string {
  const { title, subtitle, authors } = book.config;
  return `${title}${subtitle ? `: ${subtitle}` : ''}. ${authors.join(', ')}`;
}

/** The cover as a standalone HTML page that fills its viewport or page box. */
export async function coverHtml(book: Book): Promise<string> {
  const { config } = book;
  const css = await readFile(path.join(themeDir(book.root), 'cover.css'), 'utf8');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: config.language }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', config.title), h('style', css)]),
        h('body', [
          h('div', { className: ['cover'] }, [
            h('div', { className: ['cover-band'] }, [
              h('div', { className: ['cover-ring', 'outer'], ariaHidden: 'true' }),
              h('div', { className: ['cover-ring', 'inner'], ariaHidden: 'true' }),
              ...['t1', 't2', 't3'].map((t) => h('div', { className: ['cover-task', t], ariaHidden: 'true' })),
              h('div', { className: ['cover-text'] }, [
                h('h1', { className: ['cover-title'] }, config.title),
                ...(config.subtitle ? [h('p', { className: ['cover-subtitle'] }, config.subtitle)] : []),
              ]),
            ]),
            h('div', { className: ['cover-rule'], ariaHidden: 'true' }),
            h('p', { className: ['cover-authors'] }, config.authors.join(', ')),
            ...(config.publisher ? [h('p', { className: ['cover-publisher'] }, config.publisher)] : []),
          ]),
        ]),
      ]),
    ],
  };
  return toHtml(tree);
}

/**
 * The cover drawn by `draw` in a tab of the build's Chromium, or as it was
 * drawn last time from the same page, options and Chromium (each kind of
 * drawing in a cache of its own, which keeps the last one only).
 */
async function drawn(book: Book, kind: 'png' | 'pdf', options: unknown, browser: () => Promise<Browser>, draw: (page: Page, load: () => Promise<void>) => Promise<Uint8Array>): Promise<Uint8Array> {
  const html = await coverHtml(book);
  const cache = new ContentCache(path.join(book.root, '.cache', 'cover', book.lang, kind), `cover-1\0${await chromiumVersion()}`);
  const key = cache.key(JSON.stringify(options), html);
  let bytes: Uint8Array | undefined = await cache.get(key, kind);
  if (!bytes) {
    const page = await (await browser()).newPage();
    try {
      bytes = await draw(page, async () => {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready');
      });
    } finally {
      await page.close();
    }
    await cache.set(key, kind, bytes);
  }
  await cache.prune();
  return bytes;
}

/** The cover page as a PNG of coverSize: the EPUB's cover image. */
export function coverPng(book: Book, browser: () => Promise<Browser>): Promise<Uint8Array> {
  return drawn(book, 'png', coverSize, browser, async (page, load) => {
    await page.setViewport({ ...coverSize, deviceScaleFactor: 1 });
    await load();
    return page.screenshot({ type: 'png' });
  });
}

/**
 * The cover as a one-page vector PDF at the book's page size, from the same
 * page the EPUB's cover image is taken from, so both formats share one cover.
 */
export function coverPdf(book: Book, browser: () => Promise<Browser>): Promise<Uint8Array> {
  const { pageSize } = book.config;
  return drawn(book, 'pdf', pageSize, browser, async (page, load) => {
    await load();
    return page.pdf({ format: pageSize, printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, pageRanges: '1' });
  });
}
