// The contents list (chapters with their sections), shared by the site's
// sidebar and title page, the PDF's contents and the EPUB's navigation.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book, Heading } from '../model.ts';
import type { HrefFor } from '../plugins/rehype-resolve-hrefs.ts';

export interface ContentsOptions {
  hrefFor: HrefFor;
  /** Deepest heading level listed: 1 chapters only, 2 with sections, 3 with subsections. */
  depth: 1 | 2 | 3;
  /** Chapter shown as current (the site marks it). */
  current?: string;
  /** The index's href, listed after the chapters when the book has one. */
  index?: string;
}

function entry(number: string, text: string, href: string, lang?: string): Element {
  // An entry without a number (the index) has no number's span: an EPUB's navigation allows no empty one.
  const numbered = number ? [h('span', { className: ['toc-number'] }, number), ' '] : [];
  return h('a', { href }, [...numbered, h('span', { className: ['toc-text'], ...(lang ? { lang } : {}) }, text)]);
}

/** Nests headings of depth > 1 under their parent, as nested <ol>. */
function nest(headings: Heading[], chapter: string, options: ContentsOptions, depth: number, lang?: string): Element | undefined {
  const items: ElementContent[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    if (!heading || heading.depth !== depth) continue;
    const children: Heading[] = [];
    for (let j = i + 1; j < headings.length && (headings[j]?.depth ?? 0) > depth; j++) children.push(headings[j] as Heading);
    const sub = depth < options.depth ? nest(children, chapter, options, depth + 1, lang) : undefined;
    items.push(h('li', [entry(heading.number, heading.text, options.hrefFor({ chapter, id: heading.id }), lang), ...(sub ? [sub] : [])]));
  }
  return items.length > 0 ? h('ol', items) : undefined;
}

export function contentsList(book: Book, options: ContentsOptions): Element {
  const back = options.index && hasIndex(book) ? [h('li', { className: options.current === 'book-index' ? ['toc-index', 'current'] : ['toc-index'] }, [entry('', book.strings.index, options.index)])] : [];
  return h('ol', { className: ['toc'] }, [
    ...book.chapters.map((chapter) => {
      // An untranslated chapter's titles are in its own language.
      const lang = chapter.language === book.config.language ? undefined : chapter.language;
      const sections = options.depth > 1 ? nest(chapter.headings.slice(1), chapter.name, options, 2, lang) : undefined;
      const current = chapter.name === options.current;
      return h('li', { className: current ? ['toc-chapter', 'current'] : ['toc-chapter'] }, [
        entry(String(chapter.number), chapter.title, options.hrefFor({ chapter: chapter.name, id: '' }), lang),
        ...(sections ? [sections] : []),
      ]);
    }),
    ...back,
  ]);
}

/** Whether the book has an index to show: a marked term or a Python name. */
export function hasIndex(book: Book): boolean {
  return book.index.terms.length > 0 || book.index.api.length > 0;
}
