// The EPUB's content documents, from the book model's HTML (no second
// Markdown pass): the cover page, then one XHTML document per chapter.
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Book } from '../../model.ts';
import rehypeResolveHrefs from '../../plugins/rehype-resolve-hrefs.ts';
import { coverText } from '../cover.ts';
import { epubImage, files, hrefFor } from './layout.ts';
import rehypeCodeLines from '../../plugins/rehype-code-lines.ts';
import rehypeEpubFootnotes from './rehype-footnotes.ts';
import rehypeInkColours from './rehype-ink-colours.ts';
import rehypeStaticMarkup from './rehype-static-markup.ts';
import { xhtmlDocument } from './xhtml.ts';

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

export async function chapterDocuments(book: Book): Promise<ContentDocument[]> {
  const processor = unified()
    .use(rehypeResolveHrefs, hrefFor)
    .use(rehypeEpubFootnotes, { strings: book.strings })
    .use(rehypeInkColours)
    .use(rehypeCodeLines, { hangingIndent: true })
    .use(rehypeStaticMarkup)
    .use(rehypeImageHrefs);
  return Promise.all(
    book.chapters.map(async (chapter) => {
      const tree = (await processor.run(structuredClone(chapter.hast))) as Root;
      const section = h('section', { 'epub:type': 'chapter', role: 'doc-chapter', ariaLabelledBy: chapter.headings[0]?.id }, tree.children as ElementContent[]);
      return {
        filename: hrefFor({ chapter: chapter.name, id: '' }),
        // An untranslated chapter's document is in the source's language.
        content: xhtmlDocument([section], { lang: chapter.language, title: chapter.title, body: { 'epub:type': 'bodymatter' } }),
      };
    }),
  );
}
