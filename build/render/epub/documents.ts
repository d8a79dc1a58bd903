// The EPUB's content documents, from the book model's HTML (no second
// Markdown pass): the cover page, then one XHTML document per chapter.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Book } from '../../model.ts';
import rehypeResolveHrefs from '../../plugins/rehype-resolve-hrefs.ts';
import { entriesByText, indexBody } from '../../book-index/index.ts';
import { hasIndex } from '../contents.ts';
import { coverText } from '../cover.ts';
import rehypeAccessible from '../rehype-accessible.ts';
import { epubImage, files, hrefFor } from './layout.ts';
import rehypeCodeLines from '../../plugins/rehype-code-lines.ts';
import rehypeEpubFootnotes from './rehype-footnotes.ts';
import rehypeInkColours from './rehype-ink-colours.ts';
import rehypeStaticMarkup from './rehype-static-markup.ts';
import { xhtmlDocument } from './xhtml.ts';
import { cloneTree } from '../../clone-tree.ts';

export interface ContentDocument {
  /** Path in the EPUB, beside the navigation. */
  filename: string;
  content: string;
}

/** Images point where the EPUB keeps them. */
function rehypeImageHrefs() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && typeof node.properties.src === 'string') node.properties.src = epubImage(node.properties.src).href;
    });
  };
}

export function coverDocument(book: Book): ContentDocument {
  const image = h('img', { src: files.coverImage, alt: coverText(book), role: 'doc-cover' });
  return {
    filename: files.coverPage,
    content: xhtmlDocument([h('section', { 'epub:type': 'cover', className: ['cover'] }, [image])], { lang: book.config.language, title: book.config.title, body: { className: ['cover-page'] } }),
  };
}

/** The largest linked file shown as a document of its own. */
const MAX_FILE_DOCUMENT = 512 * 1024;

/**
 * Each linked file that is not a chapter (a LICENSE, a source file), as a
 * document of its own outside the reading order: its text in a <pre>. A
 * reading system opens only content documents, so a file that is not text
 * (or too large to read) stays out and its links show their text.
 */
export async function fileDocuments(book: Book): Promise<Map<string, ContentDocument>> {
  const documents = new Map<string, ContentDocument>();
  for (const file of book.files) {
    const bytes = await readFile(path.join(book.dir, file));
    if (bytes.length > MAX_FILE_DOCUMENT || bytes.includes(0)) continue;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    // Numbered: LICENSE and license are one name to a case-insensitive reader.
    const filename = `file-${documents.size + 1}-${file.replace(/[^A-Za-z0-9._-]/g, '_')}.xhtml`;
    const content = xhtmlDocument([h('section', { className: ['linked-file'] }, [h('h1', file), h('pre', [h('code', text)])])], { lang: book.config.language, title: file });
    documents.set(file, { filename, content });
  }
  return documents;
}

export async function chapterDocuments(book: Book, files: ReadonlyMap<string, ContentDocument> = new Map()): Promise<ContentDocument[]> {
  const processor = unified()
    .use(rehypeResolveHrefs, hrefFor, (file: string) => files.get(file)?.filename)
    .use(rehypeEpubFootnotes, { strings: book.strings })
    .use(rehypeInkColours)
    .use(rehypeCodeLines, { hangingIndent: true })
    .use(rehypeStaticMarkup)
    .use(rehypeImageHrefs)
    .use(rehypeAccessible, { taskDone: book.strings.taskDone, taskOpen: book.strings.taskOpen });
  return Promise.all(
    book.chapters.map(async (chapter) => {
      const tree = (await processor.run(cloneTree(chapter.hast))) as Root;
      const section = h('section', { 'epub:type': 'chapter', role: 'doc-chapter', ariaLabelledBy: chapter.headings[0]?.id }, tree.children as ElementContent[]);
      return {
        filename: hrefFor({ chapter: chapter.name, id: '' }),
        // An untranslated chapter's document is in the source's language.
        content: xhtmlDocument([section], { lang: chapter.language, title: chapter.title, body: { 'epub:type': 'bodymatter' } }),
      };
    }),
  );
}

/** The index, after the chapters: each entry links to the places it stands, labelled by section. */
export function indexDocument(book: Book): ContentDocument | undefined {
  if (!hasIndex(book)) return undefined;
  const { strings, config } = book;
  const body = indexBody(book.index, entriesByText(book.index, config.language), { hrefFor, places: 'section', strings, lang: config.language });
  const section = h('section', { 'epub:type': 'index', role: 'doc-index', className: ['book-index'], ariaLabelledBy: 'index-title' }, [h('h1', { id: 'index-title' }, strings.index), ...body]);
  return { filename: files.index, content: xhtmlDocument([section], { lang: config.language, title: strings.index, body: { 'epub:type': 'backmatter' } }) };
}
