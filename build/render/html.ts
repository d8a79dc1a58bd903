// The HTML site: a title page with the contents, one page per chapter with a
// contents sidebar and previous/next links, light and dark themes, and links
// to the downloads. Relative links only, so it works from file:// too.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { themeDir } from '../load-book.ts';
import type { Book, Chapter } from '../model.ts';
import rehypeResolveHrefs, { type HrefFor } from '../plugins/rehype-resolve-hrefs.ts';
import { entriesByText, indexBody } from '../book-index/index.ts';
import rehypeHyphenate from '../plugins/rehype-hyphenate.ts';
import { buildSearchIndex, clientFile, clientScript, indexFile, indexScript, searchBox } from '../search/index.ts';
import { format, quote } from '../strings.ts';
import { contentsList, hasIndex } from './contents.ts';
import type { RenderContext } from './context.ts';
import { alternates, languageSwitcher, type Edition } from './editions.ts';
import rehypeAccessible from './rehype-accessible.ts';
import rehypeListingTools, { type ListingToolsOptions } from './html/rehype-listing-tools.ts';
import { cloneTree } from '../clone-tree.ts';

const hrefFor: HrefFor = ({ chapter, id }) => `${chapter}.html${id ? `#${id}` : ''}`;

/** The index's page, listed in the contents after the last chapter. */
export const indexPage = 'book-index.html';

/** Solutions start folded on the web, so readers try the exercise first. */
function rehypeFoldSolutions() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (node.tagName !== 'aside' || !Array.isArray(classes) || !classes.includes('solution')) return;
      const [title, ...rest] = node.children;
      if (title?.type !== 'element') return;
      node.tagName = 'details';
      node.children = [h('summary', { className: ['admonition-title'] }, title.children), ...rest];
    });
  };
}

/** After each section whose source changed since it was translated, a notice linking to the source's current text. */
function rehypeOutdatedNotices({ book, chapter, source }: { book: Book; chapter: Chapter; source: Edition | undefined }) {
  return (tree: Root) => {
    if (!source || chapter.outdated.length === 0) return;
    const outdated = new Map(chapter.outdated.map((s) => [s.id, s]));
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties.id;
      if (!/^h[1-3]$/.test(node.tagName) || typeof id !== 'string' || !outdated.has(id) || !parent || index === undefined) return;
      const section = outdated.get(id) as { title: string };
      const href = `../${source.lang}/${chapter.name}.html${node.tagName === 'h1' ? '' : `#${id}`}`;
      const notice = h('p', { className: ['translation-notice', 'outdated'], role: 'note' }, [
        format(book.strings.outdated, { section: quote(book.strings, section.title) }),
        h('a', { href, hreflang: source.language }, book.strings.outdatedLink),
      ]);
      parent.children.splice(index + 1, 0, notice);
      return index + 2;
    });
  };
}

function chapterProcessor(book: Book, listingTools: ListingToolsOptions) {
  return unified()
    .use(rehypeResolveHrefs, hrefFor, (file: string) => encodeURI(file))
    .use(rehypeFoldSolutions)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      test: ['h2', 'h3'],
      properties: { className: ['anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    })
    .use(rehypeListingTools, listingTools)
    .use(rehypeAccessible, { taskDone: book.strings.taskDone, taskOpen: book.strings.taskOpen })
    .use(rehypeStringify);
}

/** The download files the pages link to, relative to the language folder. */
export interface Downloads {
  pdf?: string;
  epub?: string;
}

/** In the top bar a navigation landmark; on the title page (`landmark` false) a plain group, so the page has no two landmarks of one name. */
function downloadLinks(book: Book, downloads: Downloads, landmark = true): Element {
  const links: ElementContent[] = [];
  if (downloads.pdf) links.push(h('a', { href: downloads.pdf, className: ['download'], download: '' }, book.strings.downloadPdf));
  if (downloads.epub) links.push(h('a', { href: downloads.epub, className: ['download'], download: '' }, book.strings.downloadEpub));
  return landmark ? h('nav', { className: ['downloads'], ariaLabel: book.strings.download }, links) : h('div', { className: ['downloads'] }, links);
}

interface PageOptions {
  /** The chapter page's name; undefined for the title page. */
  current: string | undefined;
  downloads: Downloads;
  editions: readonly Edition[];
}

function page(book: Book, title: string, main: ElementContent[], { current, downloads, editions }: PageOptions): Root {
  const { strings } = book;
  const switcher = languageSwitcher(editions, book.lang, current, strings.languages);
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: book.config.language }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('meta', { name: 'description', content: book.config.description ?? book.config.title }),
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          // No favicon request: the site must load cleanly from any static server.
          h('link', { rel: 'icon', href: 'data:,' }),
          ...alternates(editions, current),
          h('link', { rel: 'stylesheet', href: 'assets/book.css' }),
          h('link', { rel: 'stylesheet', href: 'assets/code.css' }),
          // Loaded in the head so the saved theme applies before the first paint.
          h('script', { src: 'assets/book.js' }),
          h('script', { src: clientFile, defer: true }),
        ]),
        h('body', [
          h('a', { className: ['skip-link'], href: '#content' }, strings.skipToContent),
          h('header', { className: ['topbar'] }, [
            h('button', { type: 'button', className: ['menu-toggle'], ariaControls: 'sidebar', ariaExpanded: 'false', ariaLabel: strings.toggleMenu }, '☰'),
            h('a', { className: ['book-title'], href: 'index.html' }, book.config.title),
            downloadLinks(book, downloads),
            ...(switcher ? [switcher] : []),
            // Site search (build/search/).
            searchBox(book),
            h('button', { type: 'button', className: ['theme-toggle'], ariaLabel: strings.toggleTheme, ariaPressed: 'false', title: strings.toggleTheme }, '◐'),
          ]),
          h('div', { className: ['layout'] }, [
            h('nav', { className: ['sidebar'], id: 'sidebar', ariaLabel: strings.contents }, [
              h('p', { className: ['sidebar-title'] }, strings.contents),
              contentsList(book, { hrefFor, depth: 2, current, index: indexPage }),
            ]),
            h('main', { id: 'content' }, main),
          ]),
        ]),
      ]),
    ],
  };
}

function pager(book: Book, chapter: Chapter): Element {
  const previous = book.chapters[chapter.index - 1];
  const next = book.chapters[chapter.index + 1];
  const link = (target: Chapter, rel: string, label: string) =>
    h('a', { href: hrefFor({ chapter: target.name, id: '' }), rel, className: [rel] }, [
      h('span', { className: ['pager-label'] }, label),
      h('span', { className: ['pager-title'], ...(target.language === book.config.language ? {} : { lang: target.language }) }, target.title),
    ]);
  return h('nav', { className: ['pager'], ariaLabel: `${book.strings.previous} / ${book.strings.next}` }, [
    previous ? link(previous, 'prev', book.strings.previous) : h('span'),
    next ? link(next, 'next', book.strings.next) : h('span'),
  ]);
}

function titlePage(book: Book, downloads: Downloads): ElementContent[] {
  const { config, strings } = book;
  return [
    h('article', { className: ['title-page'] }, [
      h('h1', config.title),
      config.subtitle ? h('p', { className: ['subtitle'] }, config.subtitle) : h('span'),
      h('p', { className: ['authors'] }, config.authors.join(', ')),
      config.description ? h('p', { className: ['description'] }, config.description) : h('span'),
      downloadLinks(book, downloads, false),
      h('h2', { className: ['contents-title'] }, strings.contents),
      contentsList(book, { hrefFor, depth: 2, index: indexPage }),
    ]),
  ];
}

/** What every page of one language shares: the downloads it links to and the editions it switches between. */
export interface Site {
  downloads: Downloads;
  editions: readonly Edition[];
}

const stringify = unified().use(rehypeStringify);

/** The title page with the contents, as HTML. */
export function renderIndexPage(book: Book, { downloads, editions }: Site): string {
  return stringify.stringify(page(book, book.config.title, titlePage(book, downloads), { current: undefined, downloads, editions }));
}

/** The book index's page, as HTML; undefined when the book has no index. */
export function renderBookIndexPage(book: Book, { downloads, editions }: Site): string | undefined {
  if (!hasIndex(book)) return undefined;
  const { strings, config } = book;
  const body = indexBody(book.index, entriesByText(book.index, config.language), { hrefFor, places: 'section', strings, lang: config.language });
  const main = [h('article', { className: ['book-index'] }, [h('h1', strings.index), ...body])];
  return stringify.stringify(page(book, `${strings.index} — ${config.title}`, main, { current: 'book-index', downloads, editions }));
}

/** One chapter's page, as HTML, and the programs in code/ its listings link to (to copy beside the pages). */
export async function renderChapterPage(book: Book, chapter: Chapter, { downloads, editions }: Site): Promise<{ html: string; codeFiles: string[] }> {
  const { strings } = book;
  const source = editions.find((e) => e.lang === book.config.source);
  const codeFiles: string[] = [];
  // A listing links to its program: in the book's repository when book.yaml names one, else a copy beside the pages.
  const fileHref = (program: string) => {
    // A translation's own variant of the program (code/<lang>/…) when its comments or strings differ.
    const variants = [...(book.config.source ? [`code/${book.lang}/${chapter.name}/${program}`] : []), `code/${chapter.name}/${program}`];
    const file = variants.find((candidate) => existsSync(path.join(book.root, candidate)));
    if (file === undefined) return undefined;
    if (book.config.repository) return `${book.config.repository.replace(/\/+$/, '')}/${file}`;
    codeFiles.push(file);
    return file;
  };
  const tools = chapterProcessor(book, { copy: strings.copyCode, copied: strings.copied, fileLabel: (file) => format(strings.codeFile, { file }), fileHref });
  const processor = unified()
    .use(rehypeOutdatedNotices, { book, chapter, source })
    .use(rehypeHyphenate, { language: chapter.language });
  const body = (await tools.run((await processor.run(cloneTree(chapter.hast))) as Root)) as Root;
  // An untranslated chapter is in the source's language; its notice says so in the book's.
  const lang = chapter.language === book.config.language ? {} : { lang: chapter.language };
  const main = [h('article', { className: ['chapter'], ...lang }, body.children as ElementContent[]), pager(book, chapter)];
  const tree = page(book, `${chapter.title} — ${book.config.title}`, main, { current: chapter.name, downloads, editions });
  return { html: tools.stringify(tree), codeFiles };
}

/** The theme files every page loads: source file and where it goes in the language folder. */
export function siteAssets(book: Book): { source: string; path: string }[] {
  const theme = themeDir(book.root);
  return [
    { source: path.join(theme, 'html.css'), path: 'assets/book.css' },
    { source: path.join(theme, 'code.css'), path: 'assets/code.css' },
    { source: path.join(theme, 'book.js'), path: 'assets/book.js' },
  ];
}

/** The site's search: its index of the whole book, and the script that loads it when the reader first searches. */
export async function searchFiles(book: Book): Promise<{ path: string; text: string }[]> {
  return [
    { path: indexFile(book.lang), text: indexScript(await buildSearchIndex(book)) },
    { path: clientFile, text: await clientScript(book.config.language) },
  ];
}

export async function renderHtml({ book, staging, base, downloads: planned, editions }: RenderContext): Promise<void> {
  const out = (file: string) => path.join(base, file);
  // Link a download when this build makes it or an earlier build left it in place.
  const has = (file: string) => planned.includes(file) || existsSync(path.join(staging.target, base, file));
  const site: Site = {
    downloads: {
      pdf: has(`${book.config.slug}.pdf`) ? `${book.config.slug}.pdf` : undefined,
      epub: has(`${book.config.slug}.epub`) ? `${book.config.slug}.epub` : undefined,
    },
    editions,
  };
  await staging.write(out('index.html'), renderIndexPage(book, site));
  const codeFiles = new Set<string>();
  for (const chapter of book.chapters) {
    const { html, codeFiles: files } = await renderChapterPage(book, chapter, site);
    await staging.write(out(`${chapter.name}.html`), html);
    for (const file of files) codeFiles.add(file);
  }
  for (const file of codeFiles) await staging.copy(path.join(book.root, file), out(file));
  for (const file of await searchFiles(book)) await staging.write(out(file.path), file.text);
  const bookIndex = renderBookIndexPage(book, site);
  if (bookIndex !== undefined) await staging.write(out(indexPage), bookIndex);
  for (const asset of siteAssets(book)) await staging.copy(asset.source, out(asset.path));
  for (const image of book.images) await staging.copy(image.source, out(image.path));
  for (const file of book.files) await staging.copy(path.join(book.dir, file), out(file));
}
