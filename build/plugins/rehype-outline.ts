// Numbers the chapter title (h1), sections (h2) and subsections (h3), and
// records the outline that contents, bookmarks and cross-references use.
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { error } from '../diagnostics.ts';
import type { Heading } from '../model.ts';
import { format, type Strings } from '../strings.ts';

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}

export interface Options {
  chapterNumber: number;
  strings: Strings;
}

function span(className: string, text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className] }, children: [{ type: 'text', value: text }] };
}

export default function rehypeOutline({ chapterNumber, strings }: Options) {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    let section = 0;
    let subsection = 0;
    visit(tree, 'element', (node: Element) => {
      // The footnotes' own heading is not part of the chapter's outline.
      if (node.properties.dataFootnotes !== undefined) return SKIP;
      const rank = headingRank(node);
      if (rank === undefined || rank > 3) return;
      const text = toString(node).trim();
      const id = String(node.properties.id ?? '');
      if (rank === 1) {
        if (headings.some((h) => h.depth === 1)) {
          error(file, 'A chapter has one `#` title; use `##` for sections', node, 'heading:title');
          return;
        }
        const title = span('chapter-title', text);
        title.children = node.children;
        node.children = [span('chapter-label', format(strings.chapterLabel, { n: chapterNumber })), { type: 'text', value: ' ' }, title];
        headings.push({ depth: 1, id, number: String(chapterNumber), text });
        return;
      }
      if (rank === 2) {
        section += 1;
        subsection = 0;
      } else subsection += 1;
      const number = rank === 2 ? `${chapterNumber}.${section}` : `${chapterNumber}.${section}.${subsection}`;
      node.children.unshift(span('secno', number), { type: 'text', value: ' ' });
      headings.push({ depth: rank === 2 ? 2 : 3, id, number, text });
    });
    if (headings[0]?.depth !== 1) error(file, 'A chapter starts with its `#` title', { line: 1, column: 1 }, 'heading:title');
    file.data.headings = headings;
  };
}
