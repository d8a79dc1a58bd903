// The PDF: the print document laid out into pages by Paged.js inside
// Chromium (running heads, page counters, cross-reference page numbers,
// footnotes), printed by Chromium, then finished with pdf-lib. The book is
// laid out in parts (front matter, each chapter, the index), side by side in
// separate renderer processes, and a part whose print document did not
// change since the last build takes its pages from <book>/.cache/pdf-pages/.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { themeDir } from '../../load-book.ts';
import type { Book } from '../../model.ts';
import { coverPdf } from '../cover.ts';
import { chromiumVersion } from '../../chromium.ts';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import type { PDFDocument } from 'pdf-lib';
import { codeVersion, ContentCache } from '../../content-cache.ts';
import type { RenderContext } from '../context.ts';
import { finishPdf, type PageNumbering } from './finish.ts';
import { checkGlyphs } from './glyph-coverage.ts';
import { LINK_OUT, mergeParts, readPart, tagPart, type Bookmark, type Place, type PrintedPart } from './merge.ts';
import { printParts, type PrintPart } from './print-document.ts';

// pagedjs exports no subpath for its browser bundle; it sits beside lib/ in the package.
const pagedScript = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.js');

/**
 * A Paged.js handler that removes empty code-box slivers (below) and takes
 * each finished page out of the layout while
 * the next ones are made, and puts them all back at the end. Paged.js forces
 * a layout many times per page; with the finished pages out of it, each of
 * those costs the current page only. Paged.js's own layout gets about a
 * third faster, and the one full layout of the pages put back (which
 * PART_PAGES's first read pays for) gives back most of the gain. Once all
 * are laid out, it also stops each page's watch on its size (see below).
 */
const SET_FINISHED_PAGES_ASIDE = `Paged.registerHandlers(class extends Paged.Handler {
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
    for (const page of pages) {
      // Each page watches its own size to lay out again if it changes later
      // (a late image or font); nothing here loads late, and the pages
      // coming back would set every watcher off for nothing.
      page.removeListeners();
      page.element.style.display = '';
    }
  }
});`;

/**
 * Runs Paged.js. Its queue takes one page per animation frame, so a page
 * cost at least a frame's 16.7 ms, and each frame was drawn for a window
 * nobody sees; run as microtasks, the pages are laid out back to back and
 * nothing is drawn until they are done. Same pages, about 40% less time.
 */
const LAY_OUT = `(() => {
  const previewer = new Paged.Previewer();
  previewer.chunker.q.tick = (task) => queueMicrotask(task);
  return previewer.preview().then(() => undefined);
})()`;

/**
 * The element a link to this one lands on, in the page's script: a listing
 * or figure Paged.js left as an empty fragment at a page's foot starts where
 * its content does.
 */
const LANDING = `(element) => {
  let target = element;
  while (target && target.tagName === 'FIGURE' && target.dataset.ref && !target.textContent.trim()) {
    const next = document.querySelector('[data-split-from="' + target.dataset.ref + '"]');
    if (!next) break;
    target = next;
  }
  return target;
}`;

/**
 * Runs in a part once Paged.js is done: its pages as HTML; the page each
 * element with an id starts on (see LANDING); the ids its
 * links point to; its footnotes; which of its pages holds the half-title,
 * the first chapter page and Paged.js's blank left-hand page; the document
 * around the pages, in which they are printed again when taken from the cache; and the code
 * blocks with a line the wrapping script missed, one the browser wraps
 * without a continuation mark (found by laying the blocks out unwrapped, all
 * at once, so the pages are laid out once, not once per block).
 */
const PART_PAGES = `(() => {
  // The part's source, kept by Paged.js in a template: as large as the pages,
  // never printed, and it would be read back and cached with the shell.
  document.querySelector('body > template[data-ref="pagedjs-content"]')?.remove();
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
  const pageOf = new Map(pages.map((page, i) => [page, i]));
  const landing = ${LANDING};
  const targets = {};
  for (const element of document.querySelectorAll('.pagedjs_pages .pagedjs_page_content [id]')) {
    if (element.id in targets) continue;
    const page = pageOf.get(landing(element).closest('.pagedjs_page'));
    if (page !== undefined) targets[element.id] = page;
  }
  const links = [...new Set([...document.querySelectorAll('.pagedjs_pages a[href^="#"]')].map((link) => decodeURIComponent(link.getAttribute('href').slice(1))))];
  const shell = document.documentElement.cloneNode(true);
  for (const script of shell.querySelectorAll('script')) script.remove();
  shell.querySelector('.pagedjs_pages').replaceChildren(document.createComment('pages'));
  return {
    pages: pages.map((page) => page.outerHTML),
    unmarked,
    targets,
    links,
    notes: document.querySelectorAll('.pagedjs_pages [id^="note-"]').length,
    halfTitle: pages.findIndex((page) => page.querySelector('.half-title')),
    chapter: pages.findIndex((page) => page.querySelector('section.chapter')),
    blankLeft: pages.findIndex((page) => page.matches('.pagedjs_blank_page.pagedjs_left_page')),
    shell: '<!DOCTYPE html>' + shell.outerHTML,
  };
})()`;

/**
 * Runs in a part's pages, put back in the document they were laid out in,
 * before they are printed: moves each id from an empty fragment to where
 * its content goes on, so a link lands there; numbers the pages as in the whole book, writes
 * each page's folio into --folio, which the stylesheet's margin boxes print,
 * and into data-folio of every link that prints the page of its target
 * (contents entries, cross-references, the index), numbers the footnotes on
 * from the parts before, points links to other parts out of the part
 * (merge.ts points them back in), and measures where the elements that other
 * parts link to are. Paged.js's own page counter drifts when resets meet the
 * blank pages it inserts, and its target-counter() rescans every page for
 * every link; folios set here agree with the PDF's page labels and cost one
 * pass. Resolves once the pages' images are loaded.
 */
const PRINT_PART = `({ first, folios, refs, notes, out, places }) => {
  const pages = [...document.querySelectorAll('.pagedjs_pages > .pagedjs_page')];
  // A link lands where its target's content is (see LANDING), in the PDF too.
  const landing = ${LANDING};
  for (const element of document.querySelectorAll('.pagedjs_pages figure[id][data-ref]')) {
    const target = landing(element);
    if (target !== element && !target.id) {
      target.id = element.id;
      element.removeAttribute('id');
    }
  }
  pages.forEach((page, i) => {
    page.id = 'page-' + (first + i + 1);
    page.dataset.pageNumber = String(first + i + 1);
    if (first + i > 0) page.classList.remove('pagedjs_first_page');
    page.style.setProperty('--folio', JSON.stringify(folios[i]));
  });
  // Paged.js names each footnote after a random UUID, and each name becomes a
  // PDF destination; numbered in order instead, two builds give the same file.
  document.querySelectorAll('.pagedjs_pages [id^="note-"]').forEach((note, i) => {
    const old = '#' + note.id;
    note.id = 'note-' + (notes + i + 1);
    for (const call of document.querySelectorAll('a[href="' + CSS.escape(old) + '"]')) call.setAttribute('href', '#' + note.id);
  });
  const unresolved = [];
  for (const link of document.querySelectorAll('.pagedjs_pages a[data-folio]')) {
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    if (id in refs) link.dataset.folio = refs[id];
    else unresolved.push('#' + id);
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
        if (separator?.classList.contains('index-sep')) separator.textContent = '\\u2013';
        run.last = link;
        run.to = n;
      } else run = { to: n, last: null };
    }
  }
  for (const link of document.querySelectorAll('.pagedjs_pages a[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    if (out.includes(id)) link.setAttribute('href', ${JSON.stringify(LINK_OUT)} + encodeURIComponent(id));
  }
  // A place on a page: the page (in this part) and the point, in PDF points (3/4 of a CSS pixel) from its top left.
  const placeOf = (element) => {
    const page = element?.closest('.pagedjs_page');
    if (!page) return undefined;
    const box = page.getBoundingClientRect();
    const at = element.getBoundingClientRect();
    return [pages.indexOf(page), (at.left - box.left) * 0.75, (at.top - box.top) * 0.75];
  };
  const measured = {};
  for (const id of places) {
    const place = placeOf(document.getElementById(id));
    if (place) measured[id] = place;
  }
  // The bookmarks: every heading down to the third level (the numbered ones),
  // read from the pages, where a heading carried on in a block Paged.js split
  // over pages is one too (Chromium's own outline leaves those out).
  const outline = [...document.querySelectorAll('.pagedjs_pages :is(h1, h2, h3)')].flatMap((heading) => {
    const title = heading.textContent.replace(/\u00ad/g, '').replace(/\\s+/g, ' ').trim();
    const place = placeOf(heading);
    return title && place ? [{ level: Number(heading.tagName[1]), title, place }] : [];
  });
  const images = [...document.images].filter((image) => !image.complete);
  return Promise.all(images.map((image) => new Promise((done) => { image.onload = image.onerror = done; })))
    .then(() => document.fonts.ready)
    .then(() => ({ unresolved, measured, outline }));
}`;

/** Bumped when what the cache holds changes shape. */
const CACHE_FORMAT = 'pdf-pages 3';

/** A part laid out: what PART_PAGES returns. */
export interface LaidOut {
  pages: string[];
  unmarked: string[];
  /** The page (0-based, in the part) each element with an id lands on. */
  targets: Record<string, number>;
  /** The ids the part's links point to. */
  links: string[];
  notes: number;
  halfTitle: number;
  chapter: number;
  blankLeft: number;
  shell: string;
}

/**
 * Runs in a part's print document, once loaded, with the theme's wrapping
 * script and Paged.js's address: the whole layout, from the fonts being
 * ready to PART_PAGES, in one call, as each call from the build waits for
 * its turn on the build's main thread, which the site and the EPUB share.
 * Paged.js is loaded by its address, not sent as 1 MB of text.
 */
const LAY_OUT_PART = `async ({ wrapScript, paged }) => {
  await document.fonts.ready;
  const run = (text) => {
    const script = document.createElement('script');
    script.text = text;
    document.head.append(script);
  };
  run(wrapScript);
  await new Promise((loaded, failed) => {
    const script = document.createElement('script');
    script.onload = loaded;
    script.onerror = () => failed(new Error('could not load ' + paged));
    script.src = paged;
    document.head.append(script);
  });
  run(${JSON.stringify(SET_FINISHED_PAGES_ASIDE)});
  await ${LAY_OUT};
  return ${PART_PAGES};
}`;

/** Lays out one part with Paged.js in a tab, which keeps its pages until it goes to another part. */
export async function layOut(page: Page, url: string, wrapScript: string): Promise<LaidOut> {
  const errors: string[] = [];
  const failed = (error: unknown) => {
    errors.push(String(error));
  };
  page.on('pageerror', failed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const part = (await page.evaluate(`(${LAY_OUT_PART})(${JSON.stringify({ wrapScript, paged: pathToFileURL(pagedScript).href })})`)) as LaidOut;
    if (errors.length > 0) throw new Error(`Paged.js failed to lay out the book: ${errors.join('; ')}`);
    return part;
  } finally {
    page.off('pageerror', failed);
  }
}

/** What a part's pages are printed with: see PRINT_PART. */
interface PrintArgs {
  /** The book's page index (0-based) of the part's first page. */
  first: number;
  folios: string[];
  /** The folio of each page a link prints, by the link's target id. */
  refs: Record<string, string>;
  /** Footnotes in the parts before. */
  notes: number;
  /** Ids the part links to that other parts hold. */
  out: string[];
  /** Ids in the part that other parts link to. */
  places: string[];
}

/** A part printed: PRINT_PART's findings. */
interface Printed {
  unresolved: string[];
  measured: Record<string, Place>;
  outline: Bookmark[];
}

/** Prints one part's pages, put back in the document Paged.js laid them out in: Chromium's PDF, tags as Chromium made them. */
async function print(page: Page, from: { url: string } | { blank: string | undefined }, args: PrintArgs): Promise<{ pdf: Uint8Array; printed: Printed }> {
  if ('url' in from) await page.goto(from.url, { waitUntil: 'load' });
  else if (from.blank) await page.evaluate((blank) => document.querySelector('.pagedjs_pages')!.insertAdjacentHTML('afterbegin', blank), from.blank);
  const printed = (await page.evaluate(`(${PRINT_PART})(${JSON.stringify(args)})`)) as Printed;
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, timeout: 300_000 });
  return { pdf, printed };
}

const roman = (n: number) =>
  (
    [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const
  ).reduce((out, [value, letters]) => {
    let text = out;
    for (; n >= value; n -= value) text += letters;
    return text;
  }, '');

/** A part's pages as printed: a blank left-hand page first where the pages before end on a right-hand one, so every part opens on a right-hand page as it did laid out alone. */
interface Placed {
  pages: string[];
  first: number;
}

/**
 * Where every part's pages fall in the book, where each numbering starts,
 * and what each part is printed with.
 */
function paginate(parts: LaidOut[]): { placed: Placed[]; numbering: PageNumbering; args: PrintArgs[] } {
  const front = parts[0]!;
  const blank = front.pages[front.blankLeft];
  if (blank === undefined) throw new Error('the front matter has no blank left-hand page to put between parts');
  let count = 0;
  const placed = parts.map((part, i) => {
    const pages = i > 0 && count % 2 === 1 ? [blank, ...part.pages] : part.pages;
    const first = count;
    count += pages.length;
    return { pages, first };
  });
  // A part's own pages start after the blank page put before it, if any.
  const start = (i: number) => placed[i]!.first + placed[i]!.pages.length - parts[i]!.pages.length;
  const body = parts.findIndex((part) => part.chapter >= 0);
  const numbering: PageNumbering = { cover: 0, front: front.halfTitle, body: body >= 0 ? start(body) + parts[body]!.chapter : count };
  const folio = (i: number) => (i >= numbering.body ? String(i - numbering.body + 1) : i >= numbering.front ? roman(i - numbering.front + 1) : '');
  const home = new Map<string, number>();
  const page = new Map<string, number>();
  parts.forEach((part, i) => {
    for (const [id, at] of Object.entries(part.targets)) {
      if (home.has(id)) continue;
      home.set(id, i);
      page.set(id, start(i) + at);
    }
  });
  const linkedFrom = parts.map(() => new Set<string>());
  parts.forEach((part, i) => {
    for (const id of part.links) if (home.has(id) && home.get(id) !== i) linkedFrom[home.get(id)!]!.add(id);
  });
  let notes = 0;
  const args = parts.map((part, i): PrintArgs => {
    const own = { first: placed[i]!.first, folios: placed[i]!.pages.map((_, n) => folio(placed[i]!.first + n)), notes };
    notes += part.notes;
    const refs = Object.fromEntries(part.links.filter((id) => page.has(id)).map((id) => [id, folio(page.get(id)!)]));
    return { ...own, refs, out: part.links.filter((id) => home.has(id) && home.get(id) !== i), places: [...linkedFrom[i]!].sort() };
  });
  return { placed, numbering, args };
}

/** Runs jobs in the browser contexts, one at a time in each, each context going from job to job. */
async function inContexts<T>(contexts: BrowserContext[], jobs: T[], run: (context: BrowserContext, job: T) => Promise<void>): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    contexts.map(async (context) => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) await run(context, job);
    }),
  );
}

/**
 * Lays out the book with Paged.js and prints it. Each part (the front
 * matter, each chapter, the index) is laid out on its own, in as many
 * browser contexts, each its own renderer process, as there are cores, or
 * taken from the cache; with every part's page count known, the folios and
 * page references are filled in, and each part is printed on its own, or
 * its PDF is taken from the cache if it would be printed the same; then the
 * parts' PDFs are joined.
 */
async function printBook(browser: () => Promise<Browser>, parts: PrintPart[], files: { layout: (i: number) => Promise<string>; print: (i: number, html: string) => Promise<string> }, wrapScript: string, caches: { layout: ContentCache; print: ContentCache }): Promise<{ doc: PDFDocument; numbering: PageNumbering }> {
  const keys = parts.map((part) => caches.layout.key(part.html));
  const laidOut = await Promise.all(keys.map(async (key) => {
    const json = await caches.layout.get(key, 'json');
    return json ? (JSON.parse(json.toString('utf8')) as LaidOut) : undefined;
  }));
  // Longest first, so the workers finish together.
  const todo = parts.map((_, i) => i).filter((i) => !laidOut[i]);
  todo.sort((a, b) => parts[b]!.html.length - parts[a]!.html.length);
  // Chromium is started only if a part is to be laid out or printed.
  let contexts: Promise<BrowserContext[]> | undefined;
  const tabs = async () => {
    contexts ??= browser().then((chromium) => Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), parts.length)) }, () => chromium.createBrowserContext())));
    return contexts;
  };
  try {
    const problems: string[] = [];
    // A part laid out stays in its tab, to be printed there once the numbers are known.
    const live = new Map<number, Page>();
    if (todo.length > 0) await inContexts(await tabs(), todo, async (context, i) => {
      const tab = await context.newPage();
      live.set(i, tab);
      const part = await layOut(tab, await files.layout(i), wrapScript);
      if (part.unmarked.length > 0) problems.push(`code lines wider than the page, wrapped without a continuation mark, in ${part.unmarked.join(', ')}`);
      else if (i > 0 && part.pages[0]?.includes('pagedjs_blank_page')) problems.push(`the part ${parts[i]!.name} does not open on its first page`);
      else {
        laidOut[i] = part;
        await caches.layout.set(keys[i]!, 'json', JSON.stringify(part));
      }
    });
    if (problems.length > 0) throw new Error(problems.join('; '));
    const all = laidOut as LaidOut[];
    const { placed, numbering, args } = paginate(all);
    const printed: (PrintedPart | undefined)[] = [];
    const toPrint: { i: number; html: string; key: string }[] = [];
    const kept: { i: number; pdf: Buffer; found: Omit<PrintedPart, 'doc'> }[] = [];
    await Promise.all(placed.map(async ({ pages }, i) => {
      // The document the part was laid out in (whose root carries the footnotes' count so far) and its pages are exactly what is printed, with args.
      const html = all[i]!.shell.replace('<!--pages-->', () => pages.join(''));
      const key = caches.print.key(html, JSON.stringify(args[i]));
      const [pdf, found] = await Promise.all([caches.print.get(key, 'pdf'), caches.print.get(key, 'json')]);
      if (pdf && found) kept.push({ i, pdf, found: JSON.parse(found.toString('utf8')) as Omit<PrintedPart, 'doc'> });
      else toPrint.push({ i, html, key });
    }));
    const unresolved: string[] = [];
    // A part taken from the cache is put back in the document it was laid out in, in a tab each context keeps for them.
    const spare = new Map<BrowserContext, Page>();
    const tagging: Promise<void>[] = [];
    const printing = toPrint.length === 0 ? Promise.resolve() : inContexts(await tabs(), toPrint, async (context, { i, html, key }) => {
      const own = live.get(i);
      const tab = own ?? spare.get(context) ?? spare.set(context, await context.newPage()).get(context)!;
      const blank = placed[i]!.pages.length > all[i]!.pages.length ? placed[i]!.pages[0] : undefined;
      const { pdf: raw, printed: result } = await print(tab, own ? { blank } : { url: await files.print(i, html) }, args[i]!);
      if (own) await own.close();
      unresolved.push(...result.unresolved);
      const found = { places: result.measured, outline: result.outline };
      // The tags are made ready while the context goes on to its next part.
      const tagged = tagPart(raw).then(async ({ pdf, doc }) => {
        printed[i] = { doc, ...found };
        await Promise.all([caches.print.set(key, 'pdf', pdf), caches.print.set(key, 'json', JSON.stringify(found))]);
      });
      tagged.catch(() => undefined); // reported where all are awaited, below
      tagging.push(tagged);
    });
    printing.catch(() => undefined); // reported where it is awaited, below
    // The parts taken from the cache are read back while Chromium prints the others, one at a
    // time, each after a turn of the event loop, so the printing's messages are not held up.
    for (const { i, pdf, found } of kept) {
      await new Promise(setImmediate);
      printed[i] = { doc: await readPart(pdf), ...found };
    }
    await printing;
    await Promise.all(tagging);
    if (unresolved.length > 0) throw new Error(`the laid-out pages lack the targets of ${unresolved.join(', ')}`);
    return { doc: await mergeParts(printed as PrintedPart[]), numbering };
  } finally {
    if (contexts) await Promise.all((await contexts).map((context) => context.close()));
  }
}

export async function renderPdf({ book, staging, base, browser }: RenderContext): Promise<void> {
  await checkGlyphs(book);
  const cacheDir = (name: string) => path.join(book.root, '.cache', name, book.lang);
  const sections = new ContentCache(cacheDir('print-sections'), `print-sections-1\0${codeVersion()}`);
  const [parts, wrapScript, paged] = await Promise.all([printParts(book, sections), readFile(path.join(themeDir(book.root), 'print.js'), 'utf8'), readFile(pagedScript, 'utf8')]);
  // A printed part is kept with its tags made ready, so the code that makes them is part of its key.
  const [version, structure] = await Promise.all([chromiumVersion(), readFile(new URL('./structure.ts', import.meta.url), 'utf8')]);
  const caches = {
    layout: new ContentCache(cacheDir('pdf-pages'), [CACHE_FORMAT, version, paged, wrapScript, LAY_OUT_PART].join('\0')),
    print: new ContentCache(cacheDir('pdf-print'), [CACHE_FORMAT, version, PRINT_PART, structure].join('\0')),
  };
  // Written beside the images so relative image paths resolve.
  const dir = `.pdf-${book.lang}`;
  const url = (file: string) => pathToFileURL(staging.path(file)).href;
  // Only what Chromium is to open is written, the images once, before the first page.
  let images: Promise<void> | undefined;
  const staged = async (i: number, suffix: string, html: string) => {
    images ??= (async () => {
      for (const image of book.images) await staging.copy(image.source, path.join(dir, image.path));
    })();
    const file = path.join(dir, `${String(i).padStart(2, '0')}-${parts[i]!.name}${suffix}.html`);
    await Promise.all([images, staging.write(file, html)]);
    return url(file);
  };
  const files = { layout: (i: number) => staged(i, '', parts[i]!.html), print: (i: number, html: string) => staged(i, '-print', html) };
  try {
    // The cover is drawn in a tab of its own while the book is laid out.
    const [{ doc, numbering }, cover] = await Promise.all([printBook(browser, parts, files, wrapScript, caches), coverPdf(book, browser)]);
    // The document ID is derived from what was printed, so the same manuscript gives the same file.
    const id = parts.reduce((hash, part) => hash.update(part.html), createHash('sha256')).digest('hex').slice(0, 32);
    await staging.write(path.join(base, `${book.config.slug}.pdf`), await finishPdf(doc, book, numbering, cover, id));
    await Promise.all([sections.prune(), caches.layout.prune(), caches.print.prune()]);
  } finally {
    await staging.discardPath(dir);
  }
}
