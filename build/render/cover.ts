// The book's cover, drawn from book.yaml with the theme's cover stylesheet:
// a standalone page (printed as the PDF's cover page) and that page as a PNG (the
// EPUB's cover image). Nothing is fetched and nothing depends on the clock,
// so the same book gives the same bytes in every build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Browser } from 'puppeteer-core';
import { themeDir } from '../load-book.ts';
import type { Book } from '../model.ts';

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

/** The cover page as a PNG of coverSize, screenshot by the build's Chromium. */
export async function coverPng(book: Book, browser: Browser): Promise<Uint8Array> {
  const html = await coverHtml(book);
  const page = await browser.newPage();
  try {
    await page.setViewport({ ...coverSize, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}
