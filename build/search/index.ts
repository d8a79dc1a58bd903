// Full-text search for the HTML site, built at build time. One index per
// language, one document per section (chapter title, section title, prose
// and the API names of its code), stemmed with that language's Snowball
// stemmer. It is written beside the pages as a script that assigns a global
// (search-<lang>.js), because Chromium refuses fetch() from file://; the
// page injects it on the reader's first search. The client (client.ts) is
// bundled with the same stemmer by esbuild.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { build as esbuild } from 'esbuild';
import MiniSearch from 'minisearch';
import type { Book, Chapter } from '../model.ts';
import { format } from '../strings.ts';
import { compactPostings, searchFields, searchOptions, tokenize, type SearchDocument, type Stemmer } from './shared.ts';
import { stopwordsFor } from './stopwords.ts';

/** Snowball stemmers by book.yaml `language` (its primary subtag). */
const stemmerModules: Record<string, string> = {
  en: 'english', ru: 'russian', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese',
  nl: 'dutch', sv: 'swedish', no: 'norwegian', da: 'danish', fi: 'finnish', uk: 'ukrainian', tr: 'turkish',
};

function stemmerModule(language: string): string | undefined {
  const name = stemmerModules[language.toLowerCase().split('-')[0] ?? ''];
  return name && `@orama/stemmers/${name}`;
}

async function loadStemmer(language: string): Promise<Stemmer> {
  const module = stemmerModule(language);
  if (!module) return (word) => word;
  const { stemmer } = (await import(module)) as { stemmer: Stemmer };
  return stemmer;
}

export const indexFile = (lang: string) => `search-${lang}.js`;
export const clientFile = 'assets/search.js';
/** The global the index script assigns. */
export const indexGlobal = 'bookSearchIndex';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const blocks = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'figcaption', 'summary', 'blockquote', 'h4', 'h5', 'h6', 'div', 'aside', 'section', 'table', 'ol', 'ul']);
/** `asyncio.gather`, `loop.run_in_executor`, `TaskGroup`: what a reader searches code for. */
const apiName = /\b[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b/g;

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return (node.children as ElementContent[]).map(textOf).join('');
}

/** One document per h2/h3 section; the text before the first section belongs to the chapter. */
export function sectionDocuments(chapter: Chapter, chapterLabel: string): SearchDocument[] {
  const chapterTitle = chapter.title;
  const headings = new Map(chapter.headings.map((heading) => [heading.id, heading]));
  const docs: SearchDocument[] = [];
  let current: SearchDocument = { href: `${chapter.name}.html`, chapter: chapterLabel, chapterTitle, section: '', text: '', code: '' };
  const text: string[] = [];
  const code = new Set<string>();
  const flush = () => {
    current.text = text.join('').replace(/\s+/g, ' ').trim();
    current.code = [...code].join(' ');
    if (current.text || current.section) docs.push(current);
    text.length = 0;
    code.clear();
  };
  const walk = (node: RootContent | ElementContent) => {
    if (node.type === 'text') text.push(node.value);
    // Shiki leaves a highlighted block as a nested root.
    if ((node as { type: string }).type === 'root') for (const child of (node as unknown as Root).children) walk(child);
    if (!isElement(node)) return;
    const id = typeof node.properties.id === 'string' ? node.properties.id : '';
    if ((node.tagName === 'h2' || node.tagName === 'h3') && id) {
      flush();
      const heading = headings.get(id);
      const title = heading ? `${heading.number} ${heading.text}` : textOf(node).trim();
      current = { href: `${chapter.name}.html#${id}`, chapter: chapterLabel, chapterTitle, section: title, text: '', code: '' };
      return;
    }
    if (node.tagName === 'h1') return;
    if (node.tagName === 'pre') {
      // Listings and output are not prose; their API names are still found.
      for (const match of textOf(node).matchAll(apiName)) code.add(match[0]);
      return;
    }
    if (node.tagName === 'code') {
      const value = textOf(node);
      code.add(value.trim());
      text.push(value);
      return;
    }
    if (node.tagName === 'img' && typeof node.properties.alt === 'string') text.push(` ${node.properties.alt} `);
    if (node.tagName === 'svg') return;
    if (blocks.has(node.tagName)) text.push(' ');
    for (const child of node.children) walk(child);
    if (blocks.has(node.tagName)) text.push(' ');
  };
  for (const child of (chapter.hast as Root).children) walk(child);
  flush();
  return docs;
}

export interface SearchIndex {
  docs: SearchDocument[];
  /** MiniSearch's serialized index (documents by position in docs), postings compacted. */
  index: unknown;
}

export async function buildSearchIndex(book: Book): Promise<SearchIndex> {
  const stem = await loadStemmer(book.config.language);
  const docs = book.chapters.flatMap((chapter) => sectionDocuments(chapter, `${format(book.strings.chapterLabel, { n: chapter.number })}. ${chapter.title}`));
  const engine = new MiniSearch<SearchDocument & { id: number }>({ ...searchOptions(stem, stopwordsFor(book.config.language)), storeFields: [] });
  engine.addAll(docs.map((doc, id) => ({ ...doc, id })));
  return { docs, index: compactPostings(engine.toJSON()) };
}

/** The index as a script: `window.bookSearchIndex = {...}`. */
export function indexScript(index: SearchIndex): string {
  const docs = index.docs.map((d) => [d.href, d.chapter, d.section, d.text]);
  return `window.${indexGlobal}=${JSON.stringify({ docs, index: index.index })};\n`;
}

const clientBundles = new Map<string, Promise<string>>();

/** The search client with this language's stemmer, minified (esbuild; cached per process). */
export function clientScript(language: string): Promise<string> {
  const module = stemmerModule(language);
  const key = language;
  let bundle = clientBundles.get(key);
  if (!bundle) {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const words = `new Set(${JSON.stringify([...stopwordsFor(language)])})`;
    const contents = module
      ? `import { stemmer } from ${JSON.stringify(module)}; import { start } from './client.ts'; start(stemmer, ${words});`
      : `import { start } from './client.ts'; start((word) => word, ${words});`;
    bundle = esbuild({ stdin: { contents, resolveDir: dir, loader: 'ts' }, bundle: true, minify: true, write: false, format: 'iife', target: 'es2019', legalComments: 'none' })
      .then((result) => `// Site search: MiniSearch (MIT) and a Snowball stemmer (@orama/stemmers, MIT), bundled at build time.\n${result.outputFiles[0]!.text}`);
    clientBundles.set(key, bundle);
  }
  return bundle;
}

/** The search box of the top bar; the client finds its words in data attributes. */
export function searchBox(book: Book): Element {
  const { strings } = book;
  return h('div', { className: ['search'], role: 'search', ariaLabel: strings.search }, [
    h('input', {
      type: 'search', id: 'search-input', className: ['search-input'], placeholder: strings.searchPlaceholder, ariaLabel: strings.search,
      autocomplete: 'off', spellcheck: 'false', ariaControls: 'search-results', ariaKeyShortcuts: '/',
      dataIndex: indexFile(book.lang), dataNoResults: strings.searchNoResults, dataResults: strings.searchResults,
    }),
    h('div', { className: ['search-panel'], id: 'search-results', hidden: true }, [
      h('p', { className: ['search-status'], role: 'status', ariaLive: 'polite' }),
      h('ol', { className: ['search-results'] }),
    ]),
  ]);
}

export { searchFields, tokenize };
