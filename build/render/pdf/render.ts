// The PDF: the print document laid out into pages by Paged.js inside
// Chromium (running heads, page counters, cross-reference page numbers,
// footnotes), printed by Chromium, then finished with pdf-lib.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { themeDir } from '../../load-book.ts';
import type { Book } from '../../model.ts';
import { coverHtml } from '../cover.ts';
import type { Browser } from 'puppeteer-core';
import type { RenderContext } from '../context.ts';
import { finishPdf, type PageNumbering } from './finish.ts';
import { checkGlyphs } from './glyph-coverage.ts';
import { printHtml } from './print-document.ts';

// pagedjs exports no subpath for its browser bundle; it sits beside lib/ in the package.
export const pagedScript = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.js');

/**
 * A Paged.js handler that removes empty code-box slivers (below) and takes
 * each finished page out of the layout while
 * the next ones are made, and puts them all back at the end. Paged.js forces
 * a layout many times per page; with the finished pages out of it, each of
 * those costs the current page only. Paged.js's own layout gets about a
 * third faster, and the one full layout of the pages put back (which
 * AFTER_LAYOUT's first read pays for) gives back most of the gain.
 */
export const SET_FINISHED_PAGES_ASIDE = `Paged.registerHandlers(class extends Paged.Handler {
  afterPageLayout(page) {
    const previous = page.previousElementSibling;
    if (!previous) return;
    // Paged.js has just marked the previous page's part of each block that
    // goes on here (data-split-to). A code box whose lines all moved on is an
    // empty sliver of border and background: it goes.
    for (const box of previous.querySelectorAll('pre[data-split-to]')) {
      if (box.textContent.trim() === '') box.style.display = 'none';
    }
    previous.style.display = 'none';
  }
  afterRendered(pages) {
    for (const page of pages) page.element.style.display = '';
  }
});`;

/**
 * Runs in the page once Paged.js is done: finds where each numbering starts,
 * writes every page's folio into --folio, which the stylesheet's margin
 * boxes print, and into data-folio of every link that prints the page of its
 * target (contents entries, cross-references). Paged.js's own page counter
 * drifts when resets meet the blank pages it inserts, and its
 * target-counter() rescans every page for every link; folios set here agree
 * with the PDF's page labels and cost one pass.
 */
const AFTER_LAYOUT = `(() => {
  const pages = [...document.querySelectorAll('.pagedjs_page')];
  const first = (selector) => pages.findIndex((page) => page.querySelector(selector));
  const numbering = { cover: 0, front: first('.half-title'), body: first('section.chapter') };
  const roman = (n) => [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
    .reduce((out, [value, letters]) => { while (n >= value) { out += letters; n -= value; } return out; }, '');
  const folios = new Map();
  pages.forEach((page, i) => {
    const folio = i >= numbering.body ? String(i - numbering.body + 1) : i >= numbering.front ? roman(i - numbering.front + 1) : '';
    folios.set(page, folio);
    page.style.setProperty('--folio', JSON.stringify(folio));
  });
  // A code line the wrapping script missed is one the browser wraps without
  // a continuation mark: lay the blocks out unwrapped (all at once, so the
  // pages are laid out once, not once per block) to find them.
  const blocks = [...document.querySelectorAll('.pagedjs_pages pre')];
  for (const pre of blocks) pre.style.whiteSpace = 'pre';
  const unmarked = blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => {
    const output = pre.closest('div.output');
    const listing = output ? output.previousElementSibling?.closest('figure[id]') : pre.closest('figure[id]');
    return listing ? (output ? 'the output of ' : '') + listing.id.replace(/^ch-(.+?)--/, '$1#') : pre.textContent.slice(0, 40);
  });
  for (const pre of blocks) pre.style.whiteSpace = '';
  // Paged.js names each footnote after a random UUID, and each name becomes a
  // PDF destination; numbered in order instead, two builds give the same file.
  document.querySelectorAll('.pagedjs_pages [id^="note-"]').forEach((note, i) => {
    const old = '#' + note.id;
    note.id = 'note-' + (i + 1);
    for (const call of document.querySelectorAll('a[href="' + CSS.escape(old) + '"]')) call.setAttribute('href', '#' + note.id);
  });
  const unresolved = [];
  for (const link of document.querySelectorAll('.pagedjs_pages a[data-folio]')) {
    const href = link.getAttribute('href');
    // A listing or figure Paged.js left as an empty fragment at a page's foot starts where its content does.
    let target = document.getElementById(decodeURIComponent(href.slice(1)));
    while (target && target.tagName === 'FIGURE' && target.dataset.ref && !target.textContent.trim()) {
      const next = document.querySelector('[data-split-from="' + target.dataset.ref + '"]');
      if (!next) break;
      target = next;
    }
    const page = target?.closest('.pagedjs_page');
    if (page) link.dataset.folio = folios.get(page);
    else unresolved.push(href);
  }
  // The index lists a link per paragraph a term stands in; with the folios
  // known, a page repeated is dropped and consecutive pages become a range
  // ("41–43": the first and last links kept, a dash between). Text only
  // gets shorter, so the laid-out pages stay as they are.
  const drop = (link) => {
    if (link.previousElementSibling?.classList.contains('index-sep')) link.previousElementSibling.remove();
    link.remove();
  };
  for (const places of document.querySelectorAll('.pagedjs_pages .index-places')) {
    let run = null;
    for (const link of [...places.querySelectorAll('a[data-folio]')]) {
      const n = Number(link.dataset.folio);
      if (run && n === run.to) drop(link);
      else if (run && n === run.to + 1) {
        if (run.last) drop(run.last);
        const separator = link.previousElementSibling;
        if (separator?.classList.contains('index-sep')) separator.textContent = '\u2013';
        run.last = link;
        run.to = n;
      } else run = { to: n, last: null };
    }
  }
  return { numbering, unresolved, unmarked };
})()`;

/**
 * The cover as a one-page vector PDF at the book's page size, from the same
 * page the EPUB's cover image is taken from, so both formats share one cover.
 */
async function coverPdf(book: Book, browser: Browser): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(await coverHtml(book), { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return await page.pdf({ format: book.config.pageSize, printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, pageRanges: '1' });
  } finally {
    await page.close();
  }
}

/** Lays out the print document with Paged.js and prints it. */
async function printBook(chromium: Browser, url: string, wrapScript: string): Promise<{ pdf: Uint8Array; numbering: PageNumbering }> {
  const page = await chromium.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    await page.addScriptTag({ content: wrapScript });
    await page.addScriptTag({ path: pagedScript });
    await page.addScriptTag({ content: SET_FINISHED_PAGES_ASIDE });
    await page.evaluate('new Paged.Previewer().preview().then(() => undefined)');
    if (errors.length > 0) throw new Error(`Paged.js failed to lay out the book: ${errors.join('; ')}`);
    const { numbering, unresolved, unmarked } = (await page.evaluate(AFTER_LAYOUT)) as { numbering: PageNumbering; unresolved: string[]; unmarked: string[] };
    if (unresolved.length > 0) throw new Error(`the laid-out pages lack the targets of ${unresolved.join(', ')}`);
    if (unmarked.length > 0) throw new Error(`code lines wider than the page, wrapped without a continuation mark, in ${unmarked.join(', ')}`);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, timeout: 300_000 });
    return { pdf, numbering };
  } finally {
    await page.close();
  }
}

export async function renderPdf({ book, staging, base, browser }: RenderContext): Promise<void> {
  await checkGlyphs(book);
  // Chromium starts while the print document is made.
  const [html, wrapScript, chromium] = await Promise.all([printHtml(book), readFile(path.join(themeDir(book.root), 'print.js'), 'utf8'), browser()]);
  // Written beside the images so relative image paths resolve.
  const dir = `.pdf-${book.lang}`;
  await staging.write(path.join(dir, 'print.html'), html);
  for (const image of book.images) await staging.copy(image.source, path.join(dir, image.path));
  try {
    const url = pathToFileURL(staging.path(path.join(dir, 'print.html'))).href;
    // The cover is drawn in a tab of its own while the book is laid out.
    const [{ pdf, numbering }, cover] = await Promise.all([printBook(chromium, url, wrapScript), coverPdf(book, chromium)]);
    // The document ID is derived from what was printed, so the same manuscript gives the same file.
    const id = createHash('sha256').update(html).digest('hex').slice(0, 32);
    await staging.write(path.join(base, `${book.config.slug}.pdf`), await finishPdf(pdf, book, numbering, cover, id));
  } finally {
    await staging.discardPath(dir);
  }
}
