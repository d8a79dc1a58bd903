// One build: load each language's book once, hand the same model to every
// renderer, and move the outputs into place only when all of them succeeded.
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from './chromium.ts';
import { findLanguages } from './config.ts';
import { report } from './diagnostics.ts';
import { loadBook } from './load-book.ts';
import type { Book } from './model.ts';
import { Staging } from './output.ts';
import type { Format, RenderContext } from './render/context.ts';
import { hasIndex } from './render/contents.ts';
import { existsSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { loadEditions, rootIndex } from './render/editions.ts';

export interface BuildOptions {
  root: string;
  out: string;
  formats: readonly Format[];
  /** Every language with a book.yaml when not given. */
  langs?: readonly string[];
  log?: (line: string) => void;
  /** Receives the manuscript's warnings (file:line:column), once per language, when there are any. */
  warnings?: (report: string) => void;
}

// Each renderer is loaded when its format is built: a build without the PDF
// does not load pdf-lib, one without the EPUB not its packager.
const renderers: Record<Format, () => Promise<(context: RenderContext) => Promise<void>>> = {
  html: async () => (await import('./render/html.ts')).renderHtml,
  pdf: async () => (await import('./render/pdf/render.ts')).renderPdf,
  epub: async () => (await import('./render/epub.ts')).renderEpub,
};

async function step<T>(log: (line: string) => void, label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  log(`✓ ${label.padEnd(28)} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

/** Builds and returns the files written. */
export async function build(options: BuildOptions): Promise<string[]> {
  const log = options.log ?? (() => {});
  const available = await findLanguages(options.root);
  const langs = options.langs ?? available;
  const unknown = langs.filter((lang) => !available.includes(lang));
  if (available.length === 0) throw new Error(`No manuscript/<lang>/book.yaml under ${path.resolve(options.root)}`);
  if (unknown.length > 0) throw new Error(`No manuscript for language ${unknown.join(', ')} (found: ${available.join(', ')})`);

  const staging = await Staging.create(options.out);
  let chromium: Promise<Browser> | undefined;
  const browser = () => (chromium ??= launchChromium());
  try {
    const editions = await loadEditions(options.root, available);
    // Every language is loaded before any is rendered, so each page can link to what the other editions have.
    const books: Book[] = [];
    for (const lang of langs) {
      const book = await step(log, `load ${lang}`, () => loadBook(options.root, lang, { browser }));
      const warnings = report(book.chapters.map((c) => c.file));
      if (warnings) options.warnings?.(warnings);
      if (hasIndex(book)) editions.find((e) => e.lang === lang)?.pages.add('book-index');
      books.push(book);
    }
    for (const book of books) {
      const lang = book.lang;
      const downloads = options.formats.filter((f) => f !== 'html').map((f) => `${book.config.slug}.${f}`);
      const render = (format: Format) => step(log, `${format} ${lang}`, async () => (await renderers[format]())({ book, staging, base: lang, downloads, browser, editions }));
      // All formats are made side by side: the PDF is mostly Chromium's work, in
      // processes of its own, and the EPUB's cover is drawn in Chromium while
      // the site is written. The PDF starts first, so Chromium is given its
      // pages to lay out before the others take the main thread.
      const order = [...options.formats].sort((a, b) => Number(b === 'pdf') - Number(a === 'pdf'));
      // All are waited for, so a failure in one never leaves another running while Chromium closes.
      const failed = (await Promise.allSettled(order.map(render))).find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    }
    if (options.formats.includes('html')) {
      // The editions' list: what this build writes, or an earlier build left in place.
      const has = (file: string) => existsSync(staging.path(file)) || existsSync(path.join(staging.target, file));
      await staging.write('index.html', unified().use(rehypeStringify).stringify(rootIndex(editions, has)));
    }
    return await staging.commit();
  } catch (error) {
    await staging.discard();
    throw error;
  } finally {
    if (chromium) await (await chromium).close();
  }
}
