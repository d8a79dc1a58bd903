// The print document: every page of the book in one HTML file, in reading
// order (cover, half-title, title page, copyright, contents, chapters), for
// Paged.js to lay out. Page styles come from the theme's print.css; the
// classes and data attributes here are what it selects on.
import type { Element, ElementContent, Root } from 'hast';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { themeDir } from '../../load-book.ts';
import type { PageSize } from '../../config.ts';
import type { Book, Chapter } from '../../model.ts';
import type { ContentCache } from '../../content-cache.ts';
import rehypeCodeLines from '../../plugins/rehype-code-lines.ts';
import rehypeHyphenate from '../../plugins/rehype-hyphenate.ts';
import rehypeResolveHrefs, { type FileHrefFor, type HrefFor } from '../../plugins/rehype-resolve-hrefs.ts';
import { format } from '../../strings.ts';
import { entriesByText, indexBody } from '../../book-index/index.ts';
import { contentsList, hasIndex } from '../contents.ts';
import rehypeFigureTags from './rehype-figure-tags.ts';
import rehypeInlineFootnotes from './rehype-inline-footnotes.ts';
import rehypeKeepListings from './rehype-keep-listings.ts';
import rehypeOpenDetails from './rehype-open-details.ts';
import rehypePlainHeadings from './rehype-plain-headings.ts';
import rehypePrefixIds from './rehype-prefix-ids.ts';
import rehypePrintLinks, { FOLIO_PLACEHOLDER } from './rehype-print-links.ts';
import { cloneTree } from '../../clone-tree.ts';

// Ids must be valid CSS selectors for Paged.js (which looks targets up with
// querySelector), and chapter names start with a digit.
const idPrefix = (chapter: string) => `ch-${chapter}`;

export const hrefFor: HrefFor = ({ chapter, id }) => `#${idPrefix(chapter)}${id ? `--${id}` : ''}`;

/** On paper a linked file is its address in the book's repository, if book.yaml names one, else the link's text. */
function repositoryHref(book: Book): FileHrefFor {
  const { repository } = book.config;
  if (!repository) return () => undefined;
  const prefix = path.relative(book.root, book.dir).split(path.sep).join('/');
  return (file) => `${repository.replace(/\/$/, '')}/${encodeURI(prefix ? `${prefix}/${file}` : file)}`;
}

/** The index's section in the print document. */
const indexId = 'book-index';

/** A CSS string literal. */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

const pageWidths: Record<PageSize, string> = { A4: '210mm', Letter: '8.5in' };

/** Rules that carry the book's own words and page size into the stylesheet. */
function bookRules(book: Book): string {
  const { config, strings } = book;
  return [
    `@page { size: ${config.pageSize}; }`,
    `:root { --page-width: ${pageWidths[config.pageSize]}; --book-title: ${cssString(config.title)}; }`,
    `a.xref::after { content: ", ${strings.page.replace(/"/g, '\\"')} " attr(data-folio); }`,
  ].join('\n');
}

/** The cover's page: left empty here, the cover itself is drawn onto it afterwards (see render.ts). */
function coverPage(): Element {
  return h('section', { className: ['cover'] });
}

function titlePages(book: Book): Element[] {
  const { config, strings } = book;
  const year = book.modified.getUTCFullYear();
  const date = new Intl.DateTimeFormat(config.language, { dateStyle: 'long', timeZone: 'UTC' }).format(book.modified);
  return [
    h('section', { className: ['half-title'] }, [h('p', { className: ['half-title-text'] }, config.title)]),
    h('section', { className: ['title-page'] }, [
      h('p', { className: ['title'] }, config.title),
      config.subtitle ? h('p', { className: ['subtitle'] }, config.subtitle) : '',
      h('p', { className: ['authors'] }, config.authors.join(', ')),
      config.publisher ? h('p', { className: ['publisher'] }, config.publisher) : '',
    ]),
    h('section', { className: ['copyright'] }, [
      h('p', [h('strong', config.title)]),
      config.edition ? h('p', `${strings.edition}: ${config.edition}`) : '',
      h('p', `${strings.published}: ${date}`),
      h('p', format(strings.copyright, { year, authors: config.publisher ?? config.authors.join(', ') })),
      h('p', config.identifier),
      h('p', strings.builtWith),
    ]),
  ];
}

/** The contents, each entry waiting for the folio of its page (filled in by render.ts after layout). */
function contents(book: Book): Element {
  const list = contentsList(book, { hrefFor, depth: 2, index: `#${indexId}` });
  visit(list, 'element', (node) => {
    if (node.tagName === 'a') node.properties.dataFolio = FOLIO_PLACEHOLDER;
  });
  return h('nav', { className: ['contents'] }, [h('h1', { className: ['contents-title'] }, book.strings.contents), list]);
}

/** A part of the print document's body as HTML, and how many footnotes it holds. */
interface Body {
  html: string;
  notes: number;
}

const stringify = (nodes: ElementContent[]): Body => ({
  html: unified().use(rehypeStringify).stringify({ type: 'root', children: nodes }),
  notes: nodes.reduce((n, node) => n + footnotes(node), 0),
});

/** A chapter's section of the print document. */
async function chapterSection(book: Book, chapter: Chapter): Promise<Body> {
  const processor = unified()
    .use(rehypePlainHeadings, new Set(chapter.headings.map((heading) => heading.id)))
    .use(rehypeInlineFootnotes)
    .use(rehypePrefixIds, idPrefix(chapter.name))
    .use(rehypeResolveHrefs, hrefFor, repositoryHref(book))
    .use(rehypePrintLinks)
    .use(rehypeKeepListings)
    .use(rehypeFigureTags, { scope: chapter.name, taskDone: book.strings.taskDone, taskOpen: book.strings.taskOpen })
    .use(rehypeOpenDetails)
    .use(rehypeCodeLines)
    .use(rehypeHyphenate, { language: chapter.language });
  const tree = (await processor.run(cloneTree(chapter.hast))) as Root;
  const running = `${chapter.number} ${chapter.title}`;
  // Chromium titles a bookmark with the heading's text, so the opener's
  // "Chapter 1" label moves out of the h1, above it.
  const index = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1');
  const heading = tree.children[index] as Element | undefined;
  const label = heading?.children[0];
  if (heading && label?.type === 'element' && (label.properties.className as string[] | undefined)?.includes('chapter-label')) {
    heading.children = heading.children.slice(1).filter((child, i) => !(i === 0 && child.type === 'text' && child.value.trim() === ''));
    tree.children.splice(index, 0, h('p', { className: ['chapter-label'] }, label.children));
  }
  // An untranslated chapter is in the source's language (its notice carries the book's).
  const lang = chapter.language === book.config.language ? {} : { lang: chapter.language };
  return stringify([h('section', { className: ['chapter'], id: idPrefix(chapter.name), dataRunningTitle: running, ...lang }, tree.children as ElementContent[])]);
}

/**
 * Every chapter's section, each taken from `cache` when all it is made from
 * (the chapter's tree and headings, the book's repository and words) is as
 * it was: hyphenating and writing out a chapter is most of the print
 * document's making.
 */
async function chapterSections(book: Book, cache?: ContentCache): Promise<Body[]> {
  return Promise.all(
    book.chapters.map(async (chapter) => {
      if (!cache) return chapterSection(book, chapter);
      const { config, strings } = book;
      const key = cache.key(JSON.stringify([chapter.name, chapter.number, chapter.title, chapter.language, chapter.headings, config.language, config.repository, path.relative(book.root, book.dir), strings]), JSON.stringify(chapter.hast));
      const kept = await cache.get(key, 'json');
      if (kept) return JSON.parse(kept.toString('utf8')) as Body;
      const body = await chapterSection(book, chapter);
      await cache.set(key, 'json', JSON.stringify(body));
      return body;
    }),
  );
}

/**
 * The index at the end, in two columns: each place a link waiting for the
 * folio of its page; render.ts fills the folios in after layout and folds
 * repeated and consecutive pages into ranges.
 */
function bookIndex(book: Book): Element[] {
  if (!hasIndex(book)) return [];
  const { strings, config } = book;
  const body = indexBody(book.index, entriesByText(book.index, config.language), { hrefFor, places: 'page', placeholder: FOLIO_PLACEHOLDER, strings, lang: config.language });
  return [h('section', { className: ['book-index'], id: indexId, dataRunningTitle: strings.index }, [h('h1', { className: ['index-title'] }, strings.index), ...body])];
}

/** One print document: the head with the stylesheets, and this HTML as its body. */
function printDocument(book: Book, head: ElementContent[], body: string, style?: string): string {
  const { config } = book;
  const html = unified().use(rehypeStringify).stringify({
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: config.language, style }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', config.title), h('meta', { name: 'author', content: config.authors.join(', ') }), ...head]),
        h('body', [{ type: 'comment', value: 'body' }]),
      ]),
    ],
  });
  return html.replace('<!--body-->', () => body);
}

/** The book's sections in reading order, grouped as the parts render.ts lays out apart: the front matter, each chapter, the index. */
async function printSections(book: Book, cache?: ContentCache): Promise<({ name: string } & Body)[]> {
  const index = bookIndex(book);
  return [
    { name: 'front', ...stringify([coverPage(), ...titlePages(book), contents(book)]) },
    ...(await chapterSections(book, cache)).map((body, i) => ({ name: book.chapters[i]!.name, ...body })),
    ...(index.length > 0 ? [{ name: indexId, ...stringify(index) }] : []),
  ];
}

async function printHead(book: Book): Promise<ElementContent[]> {
  const theme = themeDir(book.root);
  const [css, codeCss] = await Promise.all(['print.css', 'code.css'].map((f) => readFile(path.join(theme, f), 'utf8')));
  return [h('style', `${codeCss}\n${css}\n${bookRules(book)}`)];
}

/** The print document as HTML, the whole book in one file, with the theme's print and code stylesheets inlined. */
export async function printHtml(book: Book): Promise<string> {
  const [head, parts] = await Promise.all([printHead(book), printSections(book)]);
  return printDocument(book, head, parts.map((part) => part.html).join(''));
}

/** A part of the book that is laid out into pages on its own; every part starts on a right-hand page. */
export interface PrintPart {
  /** "front", a chapter's name, or "book-index". */
  name: string;
  /** A print document (same head as the whole book's) holding this part only. */
  html: string;
}

/**
 * The print document cut into parts that Paged.js lays out apart, in
 * reading order: the front matter, each chapter, the index. Each starts on
 * a right-hand page (break-before: right), so laid out alone from a first,
 * right-hand page, a part gets the same pages as in the whole book.
 */
export async function printParts(book: Book, cache?: ContentCache): Promise<PrintPart[]> {
  const [head, parts] = await Promise.all([printHead(book), printSections(book, cache)]);
  let notes = 0;
  return parts.map((part) => {
    // Footnotes are numbered through the book (Paged.js counts its
    // footnote calls from --pagedjs-footnotes-count), and a number's width
    // can move a line: each part counts on from the notes before it.
    const style = notes > 0 ? `--pagedjs-footnotes-count: ${notes}` : undefined;
    notes += part.notes;
    return { name: part.name, html: printDocument(book, head, part.html, style) };
  });
}

/** The footnotes under a node: the spans rehype-inline-footnotes and rehype-print-links make, which print.css floats to the page's foot. */
function footnotes(node: ElementContent): number {
  let count = 0;
  visit(node, 'element', (element) => {
    if ((element.properties.className as string[] | undefined)?.includes('footnote')) count += 1;
  });
  return count;
}
