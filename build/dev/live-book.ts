// One language of the book, kept loaded between edits. A changed chapter is
// processed again on its own (parse, figures from the cache, its cross-
// references, highlighting with a highlighter that stays loaded); chapters
// whose links point into it are resolved again only when its targets changed;
// only the pages that show something new are rendered and written, each
// written whole (temporary file, then rename) before its reload is announced.
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Browser } from 'puppeteer-core';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadConfig } from '../config.ts';
import { BuildError } from '../diagnostics.ts';
import { createCodeHighlighter, type CodeHighlighter } from '../highlight.ts';
import { chapterProcessor, codeLanguagesOf, drawFigures, loadBook, loadChapter, resolveXrefs, targetsOf, type ChapterOrigin } from '../load-book.ts';
import type { Book, BookImage, Chapter } from '../model.ts';
import type { ChapterTargets } from '../plugins/rehype-xrefs.ts';
import { Staging } from '../output.ts';
import type { RenderContext } from '../render/context.ts';
import { renderEpub } from '../render/epub.ts';
import { hasIndex } from '../render/contents.ts';
import type { Edition } from '../render/editions.ts';
import { indexPage, renderBookIndexPage, renderChapterPage, renderIndexPage, searchFiles, siteAssets, type Site } from '../render/html.ts';
import { renderPdf } from '../render/pdf/render.ts';
import { copyWhole, writeWhole } from '../write-whole.ts';
import { SectionParser } from './sections.ts';
import { changedExampleLines, markUnverified, programTexts } from './unverified.ts';
import { cloneTree } from '../clone-tree.ts';

export type Download = 'pdf' | 'epub';

export interface LiveBookOptions {
  root: string;
  lang: string;
  /** The preview's output folder (all languages); this language writes under <out>/<lang>/. */
  out: string;
  browser: () => Promise<Browser>;
  /** Every language previewed, for the language switcher (shared by the languages' live books). */
  editions: Edition[];
}

/** What a rebuild did: pages written (site paths, "en/02-x.html"), and the files with messages. */
export interface Update {
  written: string[];
  /** Files with errors or warnings after this rebuild (empty when the manuscript is clean). */
  problems: VFile[];
  /** True when nothing in the book had to change (the same text saved again). */
  unchanged?: boolean;
  /** Milliseconds spent in each step, for the terminal. */
  steps?: Record<string, number>;
}

function sameTargets(a: ChapterTargets | undefined, b: ChapterTargets): boolean {
  return a !== undefined && a.label === b.label && JSON.stringify([...a.ids]) === JSON.stringify([...b.ids]);
}

/** Names of the chapters a chapter links to. */
function linkedChapters(chapter: Chapter): Set<string> {
  const names = new Set<string>();
  visit(chapter.hast, 'element', (node) => {
    if (node.data?.xref) names.add(node.data.xref.chapter);
  });
  return names;
}

/**
 * The tree with each highlighted code block replaced by a placeholder whose
 * HTML (made once per block text, kept in `html`) goes back in after the page
 * is written out: most of a chapter's nodes are highlighted code, so a page is
 * rendered without copying and walking them again.
 */
function stubCode(tree: Root, html: Map<string, string>, blocks: string[]): Root {
  const stub = <T extends Root | Element>(node: T): T => ({
    ...node,
    children: node.children.map((child): ElementContent => {
      // Shiki leaves a fragment (a root) where the <pre> was.
      const inner = child as Element | Root;
      if (inner.type !== 'element' && inner.type !== 'root') return child as ElementContent;
      const key = inner.type === 'element' && inner.tagName === 'pre' ? inner.data?.highlighted : undefined;
      if (key === undefined) return stub(inner) as ElementContent;
      let text = html.get(key);
      if (text === undefined) html.set(key, (text = toHtml(inner)));
      blocks.push(text);
      return { type: 'element', tagName: 'dev-code', properties: { dataBlock: blocks.length - 1 }, children: [] };
    }),
  });
  return stub(tree);
}

const placeholder = /<dev-code data-block="(\d+)"><\/dev-code>/g;

const fatal = (file: VFile) => file.messages.some((m) => m.fatal === true);

export class LiveBook {
  /** The current model: the latest text of every chapter, errors or not; undefined until a full load succeeds. */
  book: Book | undefined;
  /** Problems of the last full load that failed (book.yaml, a locale); cleared by the next good one. */
  private loadProblems: VFile[] = [];
  private highlighter: CodeHighlighter | undefined;
  private targets = new Map<string, ChapterTargets>();
  /** Every program's text when the preview started, per chapter source: what "changed" is measured against. */
  private baseline: Map<string, Map<string, string>> | undefined;
  /** Bumped by every rebuild that changed the model; downloads built for an older one are stale. */
  private version = 0;
  private downloadsBuilt = new Map<Download, { version: number; work: Promise<void> }>();
  /** Each chapter's sections as last parsed, so an edit parses only its own section again. */
  private parsers = new Map<string, SectionParser>();
  /** Each highlighted code block's HTML, by what it was highlighted from. */
  private codeHtml = new Map<string, string>();

  constructor(readonly options: LiveBookOptions) {}

  get lang(): string {
    return this.options.lang;
  }

  private get dir(): string {
    return path.join(this.options.out, this.options.lang);
  }

  private site(book: Book): Site {
    // Downloads are built when a reader asks for them, so the links are always there.
    return { downloads: { pdf: `${book.config.slug}.pdf`, epub: `${book.config.slug}.epub` }, editions: this.options.editions };
  }

  /** Files with messages in the current state. */
  problems(): VFile[] {
    if (this.loadProblems.length > 0 || !this.book) return this.loadProblems;
    return this.book.chapters.map((c) => c.file).filter((f) => f.messages.length > 0);
  }

  private hasErrors(): boolean {
    return this.problems().some(fatal);
  }

  /** Loads the whole language again (start, book.yaml, locales) and writes every page. */
  async loadAll(): Promise<Update> {
    let book: Book;
    // One highlighter for the session: it keeps every block it highlighted, so a rebuild highlights only changed code.
    this.highlighter ??= await createCodeHighlighter([]);
    try {
      book = await loadBook(this.options.root, this.options.lang, { browser: this.options.browser, highlighter: this.highlighter });
    } catch (problem) {
      if (!(problem instanceof BuildError)) throw problem;
      this.loadProblems = problem.files;
      return { written: [], problems: this.problems() };
    }
    this.loadProblems = [];
    this.targets = new Map(book.chapters.map((c) => [c.source, targetsOf(c, book.strings)]));
    this.baseline ??= new Map(book.chapters.map((c) => [c.source, programTexts(c)]));
    this.book = book;
    this.version++;
    if (hasIndex(book)) this.options.editions.find((e) => e.lang === this.lang)?.pages.add('book-index');
    const written = await this.writePages(book, book.chapters, true);
    await this.writeAssets(book);
    // Search covers the book as loaded; an edit's new words are found after the next full load.
    for (const file of await searchFiles(book)) await writeWhole(path.join(this.dir, file.path), file.text);
    this.parsers.clear();
    return { written, problems: this.problems() };
  }

  /** Parses every chapter into its sections, ahead of the first edit (the preview calls it when idle). */
  warm(): void {
    const book = this.book;
    if (!book) return;
    for (const chapter of book.chapters) {
      if (this.parsers.has(chapter.source)) continue;
      const parser = new SectionParser();
      const processor = chapterProcessor(book.dir, chapter.number, book.strings);
      parser.parse(String(chapter.file.value), (text) => processor.parse(text));
      this.parsers.set(chapter.source, parser);
    }
  }

  /** Copies the theme's files again (a stylesheet or the site script changed). */
  async writeAssets(book = this.book): Promise<string[]> {
    if (!book) return [];
    for (const asset of siteAssets(book)) await copyWhole(asset.source, path.join(this.dir, asset.path));
    await this.writeImages(book.images);
    return book.chapters.map((c) => `${this.lang}/${c.name}.html`).concat(`${this.lang}/index.html`);
  }

  private async writeImages(images: readonly BookImage[]): Promise<void> {
    for (const image of images) await copyWhole(image.source, path.join(this.dir, image.path));
  }

  /**
   * One chapter's file changed: process it alone, resolve what links into it
   * when its targets changed, and write the pages that changed, the edited
   * chapter's page first: `written` is told of each batch of pages as soon as it is complete.
   */
  async chapterChanged(source: string, written: (pages: string[]) => void): Promise<Update> {
    const steps: Record<string, number> = {};
    let lap = performance.now();
    const step = (name: string) => {
      const now = performance.now();
      steps[name] = Math.round(now - lap);
      lap = now;
    };
    const book = this.book;
    if (!book || this.loadProblems.length > 0) {
      const update = await this.loadAll();
      written(update.written);
      return update;
    }
    const index = book.chapters.findIndex((c) => c.source === source);
    if (index === -1) return { written: [], problems: this.problems(), unchanged: true };
    const old = book.chapters[index]!;
    // A chapter standing in for an untranslated one is read with its source language's words: the whole load knows them.
    if (old.fallback) return this.loadAll().then((update) => (written(update.written), update));
    let config: VFile;
    try {
      config = (await loadConfig(book.dir)).file;
    } catch (problem) {
      if (!(problem instanceof BuildError)) throw problem;
      this.loadProblems = problem.files;
      return { written: [], problems: this.problems() };
    }
    let parser = this.parsers.get(source);
    if (!parser) this.parsers.set(source, (parser = new SectionParser()));
    const sections = parser;
    const origin: ChapterOrigin = { dir: book.dir, language: book.config.language, strings: book.strings, fallback: false };
    const fresh = await loadChapter(origin, source, index, config, { parse: (text, parseText) => sections.parse(text, parseText) });
    if (!fresh) return { written: [], problems: [config] };
    // Sections outdated against the source are judged by the whole load; an edit keeps the last judgement.
    fresh.outdated = old.outdated;
    if (String(fresh.file.value) === String(old.file.value) && !fatal(old.file)) return { written: [], problems: this.problems(), unchanged: true };
    step('load');

    // Diagrams come from the cache; only a new or changed one is drawn.
    const figureImages = await drawFigures(book.root, [fresh], this.options.browser);
    const targets = targetsOf(fresh, book.strings);
    const targetsChanged = !sameTargets(this.targets.get(source), targets);
    this.targets.set(source, targets);
    resolveXrefs(book, fresh, this.targets);
    step('figures+links');

    // Chapters whose links point into this one see its new targets; so do chapters whose links were broken.
    const chapters = [...book.chapters];
    chapters[index] = fresh;
    const dependents: Chapter[] = [];
    for (const [i, chapter] of chapters.entries()) {
      if (i === index) continue;
      const broken = chapter.file.messages.some((m) => m.ruleId?.startsWith('link:'));
      if (!broken && !(targetsChanged && linkedChapters(chapter).has(fresh.name))) continue;
      // A copy: a download being rendered may still read the previous model.
      const again: Chapter = { ...chapter, hast: cloneTree(chapter.hast) };
      again.file.messages = again.file.messages.filter((m) => !m.ruleId?.startsWith('link:'));
      resolveXrefs(book, again, this.targets);
      chapters[i] = again;
      dependents.push(again);
    }

    step('dependents');
    await this.highlighter!.highlight(fresh.hast, codeLanguagesOf([fresh]));
    step('highlight');
    const images = [...new Map([...book.images, ...figureImages].map((image) => [image.path, image])).values()];
    const next: Book = { ...book, chapters, images, codeLanguages: [...this.highlighter!.languages] };
    this.book = next;
    this.version++;
    await this.writeImages(figureImages);

    const outline = (c: Chapter) => JSON.stringify([c.title, c.headings]);
    const everyPage = outline(old) !== outline(fresh);
    const first = await this.writePages(next, [fresh], false);
    if (first.length > 0) written(first);
    step('page');
    const rest = everyPage ? chapters.filter((c) => c !== fresh) : dependents;
    const others = await this.writePages(next, rest, everyPage);
    if (others.length > 0) written(others);
    if (others.length > 0) step('other pages');
    return { written: [...first, ...others], problems: this.problems(), steps };
  }

  /** Renders and writes the pages of those chapters (and the title page) that have no errors of their own. */
  private async writePages(book: Book, chapters: readonly Chapter[], withIndex: boolean): Promise<string[]> {
    const site = this.site(book);
    const pages: string[] = [];
    for (const chapter of chapters) {
      if (fatal(chapter.file)) continue;
      const lines = changedExampleLines(chapter, this.baseline?.get(chapter.source) ?? new Map());
      const blocks: string[] = [];
      const shown = { ...chapter, hast: markUnverified(stubCode(chapter.hast, this.codeHtml, blocks), lines) };
      const { html, codeFiles } = await renderChapterPage(book, shown, site);
      for (const file of codeFiles) await copyWhole(path.join(book.root, file), path.join(this.dir, file));
      await writeWhole(path.join(this.dir, `${chapter.name}.html`), html.replace(placeholder, (_, i: string) => blocks[Number(i)]!));
      pages.push(`${this.lang}/${chapter.name}.html`);
    }
    if (withIndex) {
      await writeWhole(path.join(this.dir, 'index.html'), renderIndexPage(book, site));
      pages.push(`${this.lang}/index.html`);
      const bookIndex = renderBookIndexPage(book, site);
      if (bookIndex !== undefined) {
        await writeWhole(path.join(this.dir, indexPage), bookIndex);
        pages.push(`${this.lang}/${indexPage}`);
      }
    }
    return pages;
  }

  /**
   * Makes the PDF or EPUB of the current model, unless the one on disk
   * already is; concurrent requests share one build. Throws when the
   * manuscript has errors.
   */
  async download(format: Download): Promise<string> {
    const book = this.book;
    if (!book || this.hasErrors()) throw new Error(`the ${this.lang} manuscript has errors; fix them to build the ${format.toUpperCase()}`);
    const file = path.join(this.dir, `${book.config.slug}.${format}`);
    const built = this.downloadsBuilt.get(format);
    if (built?.version === this.version) {
      await built.work;
      return file;
    }
    const version = this.version;
    const work = (async () => {
      await built?.work.catch(() => undefined);
      const staging = await Staging.create(this.options.out);
      try {
        const render = format === 'pdf' ? renderPdf : renderEpub;
        const context: RenderContext = { book, staging, base: this.lang, downloads: [], browser: this.options.browser, editions: this.options.editions };
        await render(context);
        await staging.commit();
      } catch (problem) {
        await staging.discard();
        throw problem;
      }
    })();
    this.downloadsBuilt.set(format, { version, work });
    work.catch(() => {
      if (this.downloadsBuilt.get(format)?.work === work) this.downloadsBuilt.delete(format);
    });
    await work;
    return file;
  }

  dispose(): void {
    this.highlighter?.dispose();
  }
}
