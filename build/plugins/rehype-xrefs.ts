// Resolves links between and within chapters: checks that the chapter and
// anchor exist, writes "Chapter 4" / "Section 4.2" / "Listing 4.3" into links
// left empty, and marks each link with its target so that every format can
// write its own href.
import type { Element, ElementData, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { error } from '../diagnostics.ts';
import type { XrefTarget } from '../model.ts';

declare module 'hast' {
  interface ElementData {
    xref?: XrefTarget;
    /** The link text was filled in here, so resolving again (a live rebuild) refreshes it. */
    xrefLabel?: boolean;
  }
}

export interface ChapterTargets {
  name: string;
  /** The label an empty link to the chapter itself gets. */
  label: string;
  /** Every id in the chapter, with the label an empty link to it gets, if any. */
  ids: Map<string, string | undefined>;
}

export interface Options {
  /** Keyed by the chapter's manuscript file name, as links write it. */
  chapters: ReadonlyMap<string, ChapterTargets>;
  current: string;
}

const external = /^[a-z][a-z0-9+.-]*:/i;

export default function rehypeXrefs({ chapters, current }: Options) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (external.test(href)) return;
      const hashAt = href.indexOf('#');
      const filePart = (hashAt === -1 ? href : href.slice(0, hashAt)).replace(/^\.\//, '');
      const id = hashAt === -1 ? '' : decodeURIComponent(href.slice(hashAt + 1));
      const target = chapters.get(filePart === '' ? current : filePart);
      if (!target) {
        const hint = filePart.endsWith('.md') ? 'no such chapter in book.yaml' : 'links inside the book point to a chapter file (.md) or an #anchor';
        error(file, `Link to missing chapter \`${filePart}\` (${hint})`, node, 'link:chapter');
        return;
      }
      if (id !== '' && !target.ids.has(id)) {
        error(file, `Link to missing anchor \`#${id}\` in \`${filePart || current}\``, node, 'link:anchor');
        return;
      }
      const filled = node.data?.xrefLabel === true;
      // The cast: hast-util-from-parse5 declares ElementData.position as required.
      node.data = { ...node.data, xref: { chapter: target.name, id } } as ElementData;
      if (!filled && toString(node).trim() !== '') return;
      const label = id === '' ? target.label : target.ids.get(id);
      if (label === undefined) error(file, `Empty link text, and \`#${id}\` has no number to fill it with`, node, 'link:empty');
      else {
        node.children = [{ type: 'text', value: label }];
        node.data.xrefLabel = true;
      }
    });
  };
}
