// Numbers the chapter title (h1), sections (h2) and subsections (h3), and
// records the outline that contents, bookmarks and cross-references use.
// Deeper headings are plain headings: no number, not in the outline.
//
// Ordinary Markdown builds too, with a warning where the author should look:
// without a `#` heading, the front matter's `title:` becomes the chapter's
// title heading; without either, the first heading is the title and every
// heading moves up by as many levels (a manual split at `##`), and a file
// with no heading at all is titled by its file name. A second `#`, or a
// numbered level skipped (`###` with no `##` before it), is a warning and
// that heading stays unnumbered.
import path from 'node:path';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { warn } from '../diagnostics.ts';
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

/** The headings of the chapter's own text, in order (not the footnotes' heading). */
function headingsOf(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.properties.dataFootnotes !== undefined) return SKIP;
    if (headingRank(node) !== undefined) found.push(node);
  });
  return found;
}

/** An id for a heading the toolchain adds, unlike any id the chapter has. */
function freshId(tree: Root, text: string): string {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') slugger.slug(node.properties.id);
  });
  return slugger.slug(text) || 'title';
}

/** Makes sure the chapter has exactly one place its title comes from; returns its headings, levels adjusted. */
function titled(tree: Root, file: VFile): Element[] {
  const headings = headingsOf(tree);
  if (headings.some((h) => headingRank(h) === 1)) return headings;
  const title = file.data.frontMatter?.title;
  const first = headings[0];
  if (title !== undefined || !first) {
    const text = title ?? path.basename(file.path, path.extname(file.path));
    if (title === undefined) warn(file, `The chapter has no heading; it is titled \`${text}\` after its file (give it a \`# Title\` or a front-matter \`title:\`)`, { line: 1, column: 1 }, 'heading:title');
    const h1: Element = { type: 'element', tagName: 'h1', properties: { id: freshId(tree, text) }, children: [{ type: 'text', value: text }] };
    tree.children.unshift(h1);
    return [h1, ...headings];
  }
  const shift = (headingRank(first) ?? 1) - 1;
  warn(file, `The chapter has no \`#\` title: its first heading is taken as the title and every heading moves up ${shift} level${shift === 1 ? '' : 's'} (start the file with \`# Title\` or give a front-matter \`title:\`)`, first, 'heading:title');
  for (const heading of headings) heading.tagName = `h${Math.max(1, (headingRank(heading) ?? 1) - shift)}`;
  return headings;
}

export default function rehypeOutline({ chapterNumber, strings }: Options) {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    let section = 0;
    let subsection = 0;
    let previous = 0;
    for (const node of titled(tree, file)) {
      const rank = headingRank(node) ?? 1;
      const text = toString(node).trim();
      const id = String(node.properties.id ?? '');
      // Deeper than the numbered levels, a skip changes nothing the book shows.
      const skipped = rank > previous + 1 && rank <= 3;
      if (skipped) warn(file, `A level-${rank} heading after ${previous === 0 ? 'no heading' : `a level-${previous} one`}: a level is skipped, so it gets no number`, node, 'heading:skipped');
      previous = rank;
      if (rank === 1) {
        if (headings.length > 0) {
          warn(file, 'A chapter has one `#` title; this one stays an unnumbered heading (use `##` for sections)', node, 'heading:title');
          continue;
        }
        const title = span('chapter-title', text);
        title.children = node.children;
        node.children = [span('chapter-label', format(strings.chapterLabel, { n: chapterNumber })), { type: 'text', value: ' ' }, title];
        headings.push({ depth: 1, id, number: String(chapterNumber), text });
        continue;
      }
      if (rank > 3 || skipped || headings.length === 0) continue;
      if (rank === 2) {
        section += 1;
        subsection = 0;
      } else subsection += 1;
      const number = rank === 2 ? `${chapterNumber}.${section}` : `${chapterNumber}.${section}.${subsection}`;
      node.children.unshift(span('secno', number), { type: 'text', value: ' ' });
      headings.push({ depth: rank === 2 ? 2 : 3, id, number, text });
    }
    file.data.headings = headings;
  };
}
