// The PDF: the print document laid out into pages by Paged.js inside
// Chromium (running heads, page counters, cross-reference page numbers,
// footnotes), printed by Chromium, then finished with pdf-lib. The book is
// laid out in parts (front matter, each chapter, the index), side by side in
// separate renderer processes, and a part whose print document did not
// change since the last build takes its pages from <book>/.cache/pdf-pages/.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { themeDir } from '../../load-book.ts';
import type { Book } from '../../model.ts';
import { coverHtml } from '../cover.ts';
import type { Browser, Page } from 'puppeteer-core';
import { writeWhole } from '../../write-whole.ts';
import type { RenderContext } from '../context.ts';
import { finishPdf, type PageNumbering } from './finish.ts';
import { checkGlyphs } from './glyph-coverage.ts';
import { printParts, type PrintPart } from './print-document.ts';

// pagedjs exports no subpath for its browser bundle; it sits beside lib/ in the package.
export const pagedScript = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.js');

/**
 * A Paged.js handler that removes empty code-box slivers (below) and takes
 * each finished page out of the layout while
 * the next ones are made, and puts them all back at the end. Paged.js forces
 * a layout many times per page; with the finished pages out of it, each of
 * those costs the current page only. Paged.js's own layout gets about a
 * third faster, and the one full layout of the pages put back (which
 * PART_PAGES's first read pays for) gives back most of the gain.
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
 * Runs in the book's pages once all parts are in: finds where each numbering starts,
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
  return { numbering, unresolved };
})()`;

/**
 * Runs in a part once Paged.js is done: its pages as HTML, and the code
 * blocks with a line the wrapping script missed, one the browser wraps
 * without a continuation mark (found by laying the blocks out unwrapped, all
 * at once, so the pages are laid out once, not once per block).
 */
const PART_PAGES = `(() => {
  const blocks = [...document.querySelectorAll('.pagedjs_pages pre')];
  for (const pre of blocks) pre.style.whiteSpace = 'pre';
  const unmarked = blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => {
    const output = pre.closest('div.output');
    const listing = output ? output.previousElementSibling?.closest('figure[id]') : pre.closest('figure[id]');
    return listing ? (output ? 'the output of ' : '') + listing.id.replace(/^ch-(.+?)--/, '$1#') : pre.textContent.slice(0, 40);
  });
  for (const pre of blocks) pre.style.whiteSpace = '';
  const pages = [...document.querySelectorAll('.pagedjs_pages > .pagedjs_page')];
  // Paged.js sets each page's running strings as CSS strings it leaves
  // unclosed ('"Title'), which its style attribute cannot carry: written out
  // and read back, the string runs on into the next property. Closed here.
  for (const page of pages) {
    for (const name of [...page.style]) {
      const value = page.style.getPropertyValue(name);
      if (name.startsWith('--') && value.startsWith('"') && !/^"(?:[^"\\\\]|\\\\.)*"$/.test(value)) page.style.setProperty(name, value + '"');
    }
  }
  return { pages: pages.map((page) => page.outerHTML), unmarked, blankFirst: pages[0]?.classList.contains('pagedjs_blank_page') ?? false };
})()`;

/**
 * Runs in the front matter's pages, given every later part's pages in
 * order: appends them, each part after a blank left-hand page when the
 * pages before it end on a right-hand one (a copy of the blank page
 * Paged.js put before the half-title), so every part opens on a right-hand
 * page as it did laid out alone; then numbers the pages as Paged.js does.
 * Resolves once the pages' images are loaded.
 */
const JOIN_PARTS = `(parts) => {
  const area = document.querySelector('.pagedjs_pages');
  const blank = area.querySelector(':scope > .pagedjs_blank_page.pagedjs_left_page');
  if (!blank) throw new Error('the front matter has no blank left-hand page to copy between parts');
  for (const pages of parts) {
    if (area.children.length % 2 === 1) area.append(blank.cloneNode(true));
    area.insertAdjacentHTML('beforeend', pages.join(''));
  }
  [...area.children].forEach((page, i) => {
    page.id = 'page-' + (i + 1);
    page.dataset.pageNumber = String(i + 1);
    if (i > 0) page.classList.remove('pagedjs_first_page');
  });
  area.style.setProperty('--pagedjs-page-count', String(area.children.length));
  const images = [...document.images].filter((image) => !image.complete);
  return Promise.all(images.map((image) => new Promise((done) => { image.onload = image.onerror = done; }))).then(() => document.fonts.ready).then(() => undefined);
}`;

/** Bumped when what the cache holds changes shape. */
const CACHE_FORMAT = 'pdf-pages 1';

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

interface LaidOut {
  pages: string[];
  unmarked: string[];
  blankFirst: boolean;
}

/** Lays out one part with Paged.js in a tab, which keeps its pages until it goes to another part. */
async function layOut(page: Page, url: string, wrapScript: string): Promise<LaidOut> {
  const errors: string[] = [];
  const failed = (error: unknown) => {
    errors.push(String(error));
  };
  page.on('pageerror', failed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    await page.addScriptTag({ content: wrapScript });
    await page.addScriptTag({ path: pagedScript });
    await page.addScriptTag({ content: SET_FINISHED_PAGES_ASIDE });
    await page.evaluate('new Paged.Previewer().preview().then(() => undefined)');
    if (errors.length > 0) throw new Error(`Paged.js failed to lay out the book: ${errors.join('; ')}`);
    return (await page.evaluate(PART_PAGES)) as LaidOut;
  } finally {
    page.off('pageerror', failed);
  }
}

/**
 * Laid-out parts kept by content under <book>/.cache/pdf-pages/<lang>/: the
 * key is the part's print document and everything that lays it out (the
 * wrapping script, Paged.js, the scripts here, Chromium's version), so a
 * part whose key is found has exactly the pages it would get laid out again.
 * A build keeps the entries it used and removes the others.
 */
class PartCache {
  readonly used = new Set<string>();
  constructor(
    readonly dir: string,
    readonly toolchain: string,
  ) {}

  key(part: PrintPart): string {
    return createHash('sha256').update(this.toolchain).update('\0').update(part.html).digest('hex');
  }

  async get(key: string): Promise<string[] | undefined> {
    this.used.add(key);
    try {
      const { pages } = JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as { pages: string[] };
      return pages;
    } catch {
      return undefined;
    }
  }

  async set(key: string, pages: string[]): Promise<void> {
    await writeWhole(path.join(this.dir, `${key}.json`), JSON.stringify({ pages }));
  }

  async prune(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const file of await readdir(this.dir)) {
      if (!this.used.has(file.replace(/\.json$/, ''))) await rm(path.join(this.dir, file), { force: true });
    }
  }
}

/**
 * Lays out the book with Paged.js and prints it. Each part (the front
 * matter, each chapter, the index) is laid out on its own, in as many
 * browser contexts, each its own renderer process, as there are cores, or
 * taken from the cache; the later parts' pages are then joined to the front
 * matter's, in its tab, where the folios and page references are filled in
 * and the whole book is printed.
 */
async function printBook(chromium: Browser, urls: string[], parts: PrintPart[], wrapScript: string, cache: PartCache): Promise<{ pdf: Uint8Array; numbering: PageNumbering }> {
  const keys = parts.map((part) => cache.key(part));
  const laidOut: (string[] | undefined)[] = await Promise.all(keys.map((key, i) => (i === 0 ? undefined : cache.get(key))));
  // Longest first, so the workers finish together; the front matter first,
  // in a context of its own, whose one tab stays open for the join.
  const todo = parts.map((_, i) => i).filter((i) => i > 0 && !laidOut[i]);
  todo.sort((a, b) => parts[b]!.html.length - parts[a]!.html.length);
  todo.unshift(0);
  const frontContext = await chromium.createBrowserContext();
  const contexts = [frontContext, ...(await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), todo.length)) }, () => chromium.createBrowserContext())))];
  let front: Page | undefined;
  try {
    const problems: string[] = [];
    await Promise.all(
      contexts.slice(1).map(async (context) => {
        // One tab per context goes from part to part.
        let tab: Page | undefined;
        for (let i = todo.shift(); i !== undefined; i = todo.shift()) {
          const page = i === 0 ? (front = await frontContext.newPage()) : (tab ??= await context.newPage());
          const { pages, unmarked, blankFirst } = await layOut(page, urls[i]!, wrapScript);
          if (unmarked.length > 0) problems.push(`code lines wider than the page, wrapped without a continuation mark, in ${unmarked.join(', ')}`);
          else if (i > 0 && blankFirst) problems.push(`the part ${parts[i]!.name} does not open on its first page`);
          else if (i > 0) {
            laidOut[i] = pages;
            await cache.set(keys[i]!, pages);
          }
        }
      }),
    );
    if (problems.length > 0) throw new Error(problems.join('; '));
    const page = front!;
    const join = await page.evaluateHandle(JOIN_PARTS);
    await page.evaluate((fn, pages) => (fn as unknown as (pages: string[][]) => Promise<void>)(pages), join, laidOut.slice(1) as string[][]);
    const { numbering, unresolved } = (await page.evaluate(AFTER_LAYOUT)) as { numbering: PageNumbering; unresolved: string[] };
    if (unresolved.length > 0) throw new Error(`the laid-out pages lack the targets of ${unresolved.join(', ')}`);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, timeout: 300_000 });
    return { pdf, numbering };
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

export async function renderPdf({ book, staging, base, browser }: RenderContext): Promise<void> {
  await checkGlyphs(book);
  // Chromium starts while the print documents are made.
  const [parts, wrapScript, paged, chromium] = await Promise.all([printParts(book), readFile(path.join(themeDir(book.root), 'print.js'), 'utf8'), readFile(pagedScript, 'utf8'), browser()]);
  const toolchain = [CACHE_FORMAT, await chromium.version(), paged, wrapScript, SET_FINISHED_PAGES_ASIDE, PART_PAGES].join('\0');
  const cache = new PartCache(path.join(book.root, '.cache', 'pdf-pages', book.lang), toolchain);
  // Written beside the images so relative image paths resolve.
  const dir = `.pdf-${book.lang}`;
  const files = parts.map((part, i) => path.join(dir, `${String(i).padStart(2, '0')}-${part.name}.html`));
  await Promise.all(parts.map((part, i) => staging.write(files[i]!, part.html)));
  for (const image of book.images) await staging.copy(image.source, path.join(dir, image.path));
  try {
    const urls = files.map((file) => pathToFileURL(staging.path(file)).href);
    // The cover is drawn in a tab of its own while the book is laid out.
    const [{ pdf, numbering }, cover] = await Promise.all([printBook(chromium, urls, parts, wrapScript, cache), coverPdf(book, chromium)]);
    // The document ID is derived from what was printed, so the same manuscript gives the same file.
    const id = parts.reduce((hash, part) => hash.update(part.html), createHash('sha256')).digest('hex').slice(0, 32);
    await staging.write(path.join(base, `${book.config.slug}.pdf`), await finishPdf(pdf, book, numbering, cover, id));
    await cache.prune();
  } finally {
    await staging.discardPath(dir);
  }
}
