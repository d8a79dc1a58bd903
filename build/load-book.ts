// Load once: book.yaml and every chapter into one book model, with numbering,
// listings, cross-references and highlighting done here, once, for all formats.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Browser } from 'puppeteer-core';
import type { Code, Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadConfig } from './config.ts';
import { assertNoErrors, error } from './diagnostics.ts';
import { checkBookApi, emptyIndex, indexBook } from './book-index/index.ts';
import { diagramLanguages, renderDiagrams, type DiagramResult } from './figures/index.ts';
import { highlightBook, type CodeHighlighter } from './highlight.ts';
import { bookSchema } from './html-schema.ts';
import type { Book, BookImage, Chapter } from './model.ts';
import { codeHandler } from './plugins/code-handler.ts';
import remarkAdmonitions from './plugins/remark-admonitions.ts';
import remarkContainerDirectives from './plugins/remark-container-directives.ts';
import remarkFigures from './plugins/remark-figures.ts';
import remarkFrontMatter from './plugins/remark-front-matter.ts';
import remarkHeadingIds from './plugins/remark-heading-ids.ts';
import remarkIndex, { indexDirective } from './plugins/remark-index.ts';
import remarkNestingLimit from './plugins/remark-nesting-limit.ts';
import remarkPlainWords from './plugins/remark-plain-words.ts';
import remarkListings from './plugins/remark-listings.ts';
import rehypeImages from './plugins/rehype-images.ts';
import rehypeOutline from './plugins/rehype-outline.ts';
import rehypeRawHtml from './plugins/rehype-raw-html.ts';
import rehypeXrefs, { type ChapterTargets } from './plugins/rehype-xrefs.ts';
import { checkTextLimits } from './markdown-limits.ts';
import { extractPrograms } from './examples/extract.ts';
import { pythonPath } from './examples/python.ts';
import { readText } from './read-text.ts';
import { ChapterCache } from './chapter-cache.ts';
import { checkAlignment, checkCodeIdentity, SectionCache, snapshotPath, staleSections } from './translations/index.ts';
import { themeDir } from './theme.ts';
import { format, loadStrings, type Strings } from './strings.ts';
import { cloneTree } from './clone-tree.ts';

declare module 'vfile' {
  interface DataMap {
    mdast: MdastRoot;
  }
}

export { themeDir };

export function chapterProcessor(dir: string, chapterNumber: number, strings: Strings) {
  return unified()
    .use(remarkParse)
    .use(remarkNestingLimit)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkFrontMatter)
    .use(remarkGfm)
    .use(remarkPlainWords)
    // `:index[…]` is the one text directive; other text shaped like one stays text.
    .use(remarkContainerDirectives, { text: [indexDirective] })
    .use(remarkIndex)
    .use(remarkHeadingIds)
    .use(remarkAdmonitions, { strings })
    .use(remarkFigures, { chapterNumber, strings, languages: diagramLanguages })
    .use(remarkListings, { chapterNumber })
    // Code extraction reads the Markdown tree with listings resolved.
    .use(() => (tree: MdastRoot, file: VFile) => {
      file.data.mdast = cloneTree(tree);
    })
    .use(remarkRehype, {
      handlers: { code: codeHandler(strings) },
      footnoteLabel: strings.footnotes,
      footnoteBackLabel: strings.backToContent,
      allowDangerousHtml: true,
    })
    .use(rehypeRawHtml)
    .use(rehypeSanitize, bookSchema)
    .use(rehypeImages, { dir })
    .use(rehypeSlug)
    .use(rehypeOutline, { chapterNumber, strings });
}

/** Where a chapter's text comes from: the book's own language, or the source language standing in for a chapter not yet translated. */
export interface ChapterOrigin {
  dir: string;
  language: string;
  strings: Strings;
  fallback: boolean;
}

/** Parses a chapter's Markdown; `parseText` parses any Markdown as the chapter's processor does. */
export type ChapterParser = (text: string, parseText: (text: string) => MdastRoot) => MdastRoot;

/**
 * Reads and processes one chapter; an error goes on its file (or on book.yaml
 * when the file is missing). `parse` replaces the parser's pass over the whole
 * text (the dev server parses only edited sections again); without it, a
 * chapter `cache` holds is taken from there.
 */
export async function loadChapter(origin: ChapterOrigin, source: string, index: number, config: VFile, { parse, cache }: { parse?: ChapterParser; cache?: ChapterCache } = {}): Promise<Chapter | undefined> {
  const { dir, strings } = origin;
  const filePath = path.join(dir, source);
  const file = await readText(filePath).catch(() => undefined);
  if (file === undefined) {
    const line = String(config.value).split('\n').findIndex((l) => l.includes(source)) + 1;
    error(config, `Chapter \`${source}\` is listed in book.yaml but ${filePath} does not exist`, { line: Math.max(line, 1), column: 1 }, 'config:chapter');
    return undefined;
  }
  const key = cache && !parse ? cache.key(String(file.value), { dir, index, language: origin.language, strings }) : undefined;
  let hast = key ? await cache!.get(key, file, dir) : undefined;
  if (!hast) {
    hast = await processChapter(file, dir, index, strings, parse);
    if (key) await cache!.set(key, file, hast);
  }
  const headings = file.data.headings ?? [];
  return {
    index,
    name: source.replace(/\.md$/, ''),
    source,
    dir,
    language: origin.language,
    fallback: origin.fallback,
    outdated: [],
    number: index + 1,
    title: headings[0]?.text ?? source,
    headings,
    listings: file.data.listings ?? [],
    figures: file.data.figures ?? [],
    indexMarks: file.data.indexMarks ?? [],
    file,
    mdast: file.data.mdast ?? { type: 'root', children: [] },
    hast,
  };
}

/** Parses a chapter's file and turns it into an HTML tree; an error goes on the file. */
async function processChapter(file: VFile, dir: string, index: number, strings: Strings, parse?: ChapterParser): Promise<HastRoot> {
  const processor = chapterProcessor(dir, index + 1, strings);
  const limits = checkTextLimits(String(file.value));
  for (const { line, reason } of limits) error(file, reason, { line, column: 1 }, 'markdown:limit');
  if (limits.length > 0) return { type: 'root', children: [] };
  try {
    const tree = parse ? parse(String(file.value), (text) => processor.parse(text)) : processor.parse(file);
    return (await processor.run(tree, file)) as HastRoot;
  } catch (problem) {
    if (!(problem instanceof RangeError)) throw problem;
    // The parser itself recursed too deep, before the nesting limit could see the tree.
    const { line, column } = deepestLine(String(file.value));
    error(file, `Markdown nested too deeply to parse (${problem.message}); the deepest nesting is around here`, { line, column }, 'markdown:nesting');
    return { type: 'root', children: [] };
  }
}

/** The notice a chapter not yet translated opens with, in the reader's language. */
function untranslatedNotice(chapter: Chapter, book: { language: string; strings: Strings }): void {
  const notice = h('aside', { className: ['translation-notice', 'untranslated'], lang: book.language, role: 'note' }, [h('p', book.strings.untranslated)]);
  const title = chapter.hast.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1');
  chapter.hast.children.splice(title + 1, 0, notice);
}

interface Translation {
  /** manuscript/<source> */
  dir: string;
  lang: string;
  language: string;
  strings: Strings;
}

/**
 * A translation's own checks: translated headings keep the source's anchors,
 * the sections whose source changed since they were synced are marked, and
 * every translated example is the same program as the source's.
 */
async function checkTranslation(root: string, lang: string, chapters: Chapter[], translation: Translation, config: VFile, cache: ChapterCache): Promise<void> {
  const translated = chapters.filter((c) => !c.fallback && existsSync(path.join(translation.dir, c.source)));
  const sourceChapters = await Promise.all(
    translated.map((c) => loadChapter({ dir: translation.dir, language: translation.language, strings: translation.strings, fallback: false }, c.source, c.index, config, { cache })),
  );
  const pairs: [Chapter, Chapter][] = translated.flatMap((c, i) => (sourceChapters[i] ? [[c, sourceChapters[i]] as [Chapter, Chapter]] : []));
  const sections = new SectionCache(path.join(root, '.cache', 'sections', lang));
  for (const [chapter, source] of pairs) {
    const sourceSections = await sections.split(String(source.file.value));
    const relative = path.relative(root, source.file.path);
    checkAlignment(chapter.file, await sections.split(String(chapter.file.value)), sourceSections, relative, { unknown: 'error', missing: 'warning' });
    const snapshot = await readFile(snapshotPath(root, lang, chapter.source), 'utf8').catch(() => undefined);
    const titles = new Map(chapter.headings.map((heading) => [heading.id, heading.text]));
    chapter.outdated = staleSections(sourceSections, await sections.split(snapshot ?? ''))
      .filter((s) => titles.has(s.id))
      .map((s) => ({ id: s.id, title: titles.get(s.id) as string }));
  }
  const programs = (chapter: Chapter, language: string) => extractPrograms({ lang: language, chapters: [chapter] });
  await Promise.all(pairs.map(([chapter, source]) => checkCodeIdentity(programs(chapter, lang), programs(source, translation.lang), { root, python: pythonPath() })));
  await sections.prune();
}

/** Where a file nests deepest, judged from the text: block quote markers, indentation and inline delimiters. */
function deepestLine(text: string): { line: number; column: number } {
  let best = { line: 1, column: 1, score: -1 };
  text.split('\n').forEach((content, i) => {
    const prefix = /^[\s>]*/.exec(content)![0];
    const score = (prefix.match(/>/g)?.length ?? 0) + prefix.length / 2 + (content.match(/[*_[(<`]/g)?.length ?? 0);
    if (score > best.score) best = { line: i + 1, column: 1, score };
  });
  return { line: best.line, column: best.column };
}

/** What links into a chapter can point at: its ids, with the labels empty links get. */
export function targetsOf(chapter: Chapter, strings: Strings): ChapterTargets {
  const ids = new Map<string, string | undefined>();
  visit(chapter.hast, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.set(node.properties.id, undefined);
  });
  for (const h of chapter.headings) {
    ids.set(h.id, h.depth === 1 ? format(strings.chapterLabel, { n: h.number }) : format(strings.sectionLabel, { n: h.number }));
  }
  for (const l of chapter.listings) ids.set(l.id, format(strings.listingLabel, { n: l.number }));
  for (const f of chapter.figures) ids.set(f.id, format(strings.figureLabel, { n: f.number }));
  return { name: chapter.name, label: format(strings.chapterLabel, { n: chapter.number }), ids };
}

/** Date of the manuscript's last change: SOURCE_DATE_EPOCH, else git, else file times. */
async function lastChange(dir: string, files: string[]): Promise<Date> {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const git = await promisify(execFile)('git', ['log', '-1', '--format=%cI', '--', '.'], { cwd: dir }).catch(() => undefined);
  const fromGit = git?.stdout.trim();
  if (fromGit) return new Date(fromGit);
  const times = await Promise.all(files.map((f) => stat(f).then((s) => s.mtimeMs, () => 0)));
  return new Date(Math.max(0, ...times));
}

/** Checks a chapter's links against every chapter's targets and fills empty link texts (in place). */
export function resolveXrefs(book: { root: string; config: { repository?: string } }, chapter: Chapter, targets: ReadonlyMap<string, ChapterTargets>): void {
  unified().use(rehypeXrefs, { chapters: targets, current: chapter.source, dir: chapter.dir, root: book.root, repository: book.config.repository }).runSync(chapter.hast, chapter.file);
}

/** The code-block languages the chapters use, as grammars (a pycon session is Python). */
export function codeLanguagesOf(chapters: readonly Chapter[]): string[] {
  const languages = new Set<string>();
  for (const chapter of chapters) {
    visit(chapter.mdast, 'code', (code: Code) => {
      if (code.lang) languages.add(code.lang === 'pycon' ? 'python' : code.lang);
    });
  }
  return [...languages];
}

export interface LoadOptions {
  /** Highlighting is for readers; the example checker skips it. */
  highlight?: boolean;
  /** Drawing figures too (default true); without it, figures have no picture. */
  figures?: boolean;
  /** Gathering the index and checking the prose's Python names (default true). */
  index?: boolean;
  /** The build's shared Chromium, for diagrams not yet in the cache. */
  browser?: () => Promise<Browser>;
  /** A highlighter that outlives this load (the dev server's), instead of one made and disposed here. */
  highlighter?: CodeHighlighter;
}

/**
 * Draws the book's diagrams (those not in the cache) and points each
 * figure's image at its SVG; a diagram the renderer rejects is an error at
 * the line it blames.
 */
export async function drawFigures(root: string, chapters: Chapter[], browser: LoadOptions['browser']): Promise<BookImage[]> {
  const figures = chapters.flatMap((chapter) => chapter.figures.map((figure) => ({ chapter, figure })));
  if (figures.length === 0) return [];
  const { results } = await renderDiagrams(figures.map(({ figure }) => figure), { cacheDir: path.join(root, '.cache', 'figures'), browser });
  const byChapter = new Map<Chapter, DiagramResult[]>();
  figures.forEach(({ chapter, figure }, i) => {
    const result = results[i]!;
    byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), result]);
    if (!('error' in result)) return;
    const lines = figure.source.split('\n').length;
    const line = figure.line + Math.min(Math.max((result.line ?? 1) - 1, 0), lines - 1);
    error(chapter.file, `Figure ${figure.number}: ${figure.language} cannot draw this diagram: ${result.error}`, { line, column: 1 }, 'figure:syntax');
  });
  for (const [chapter, drawn] of byChapter) {
    visit(chapter.hast, 'element', (node) => {
      if (node.tagName !== 'img' || node.properties.dataFigure === undefined) return;
      const result = drawn[Number(node.properties.dataFigure)];
      delete node.properties.dataFigure;
      if (result && !('error' in result)) Object.assign(node.properties, { src: result.name, width: result.width, height: result.height });
    });
  }
  return results.flatMap((result) => ('error' in result ? [] : [{ path: result.name, source: result.file }]));
}

export async function loadBook(root: string, lang: string, options: LoadOptions = {}): Promise<Book> {
  const dir = path.join(root, 'manuscript', lang);
  const { config, file: configFile } = await loadConfig(dir);
  const strings = await loadStrings(themeDir(root), lang);
  const own: ChapterOrigin = { dir, language: config.language, strings, fallback: false };
  let translation: Translation | undefined;
  if (config.source) {
    const sourceDir = path.join(root, 'manuscript', config.source);
    const { config: sourceConfig } = await loadConfig(sourceDir);
    translation = { dir: sourceDir, lang: config.source, language: sourceConfig.language, strings: await loadStrings(themeDir(root), config.source) };
  }
  const origin = (source: string): ChapterOrigin =>
    translation && !existsSync(path.join(dir, source)) && existsSync(path.join(translation.dir, source))
      ? { dir: translation.dir, language: translation.language, strings: translation.strings, fallback: true }
      : own;
  const cache = new ChapterCache(path.join(root, '.cache', 'chapters', lang));
  const loaded = await Promise.all(config.chapters.map((source, i) => loadChapter(origin(source), source, i, configFile, { cache })));
  const chapters = loaded.filter((c): c is Chapter => c !== undefined);
  for (const chapter of chapters) if (chapter.fallback) untranslatedNotice(chapter, { language: config.language, strings });
  // Asked of git while the rest is done.
  const lastModified = lastChange(dir, [path.join(dir, 'book.yaml'), ...chapters.map((c) => c.file.path)]);
  const translationChecked = translation ? checkTranslation(root, lang, chapters, translation, configFile, cache) : Promise.resolve();

  // Diagrams are drawn (in the browser, if the cache lacks any) while the rest is done here.
  const figures = options.figures === false ? Promise.resolve([]) : drawFigures(root, chapters, options.browser);
  // An empty link is filled in with the words of the chapter it is in ("Chapter 9" in an untranslated chapter).
  const targets = new Map<Strings, Map<string, ChapterTargets>>();
  const targetsIn = (words: Strings) => {
    let map = targets.get(words);
    if (!map) targets.set(words, (map = new Map(chapters.map((c) => [c.source, targetsOf(c, words)]))));
    return map;
  };
  for (const chapter of chapters) {
    const words = chapter.fallback && translation ? translation.strings : strings;
    resolveXrefs({ root, config }, chapter, targetsIn(words));
  }
  const highlight = async (highlighter: CodeHighlighter, languages: string[]) => {
    for (const chapter of chapters) await highlighter.highlight(chapter.hast, languages);
    return [...highlighter.languages];
  };
  const highlighted =
    options.highlight === false
      ? Promise.resolve([])
      : options.highlighter
        ? highlight(options.highlighter, codeLanguagesOf(chapters))
        : highlightBook(chapters.map((c) => c.hast), codeLanguagesOf(chapters), path.join(root, '.cache', `highlight-${lang}.json`));
  const indexOptions = { python: pythonPath(), cacheDir: path.join(root, '.cache'), lang: config.language, symbolsLabel: strings.indexSymbols };
  const apiCheck = options.index === false ? undefined : checkBookApi(chapters, indexOptions);
  const [figureImages, languages, checked] = await Promise.all([figures, highlighted, apiCheck, translationChecked]);
  const index = checked ? indexBook(chapters, checked, indexOptions) : emptyIndex;
  // One report for everything: parse, link and diagram errors together.
  assertNoErrors([configFile, ...chapters.map((c) => c.file)]);
  await cache.prune();
  const modified = await lastModified;
  const manuscriptImages = chapters.flatMap((c) => (c.file.data.images ?? []).map((image) => ({ path: image, source: path.join(c.dir, image) })));
  const images = [...new Map([...manuscriptImages, ...figureImages].map((image) => [image.path, image])).values()];
  const files = [...new Set(chapters.flatMap((c) => c.file.data.files ?? []))].sort();
  return { root, lang, dir, config, strings, chapters, images, files, index, codeLanguages: languages, modified };
}
