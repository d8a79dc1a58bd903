// Links on paper: a cross-reference gains the page of its target (the
// stylesheet prints ", page 112" from data-folio, which render.ts fills in
// once the pages are laid out), and an external link's address goes into a
// footnote, since a reader cannot click it.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * What a page reference holds while Paged.js lays out the pages: three
 * digits, as wide as any real folio of a book under a thousand pages, so
 * filling in the real one never makes a line longer than it was laid out.
 */
export const FOLIO_PLACEHOLDER = '000';

export default function rehypePrintLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      if (node.data?.xref) {
        node.properties.className = ['xref'];
        node.properties.dataFolio = FOLIO_PLACEHOLDER;
        return;
      }
      const href = node.properties.href;
      if (!/^(https?|mailto):/.test(href) || !parent || index === undefined) return;
      // A bare URL already shows its address.
      if (toString(node).trim() === href.replace(/^mailto:/, '')) return;
      const note: Element = { type: 'element', tagName: 'span', properties: { className: ['footnote', 'link-note'] }, children: [{ type: 'text', value: href.replace(/^mailto:/, '') }] };
      parent.children.splice(index + 1, 0, note);
      return [SKIP, index + 2];
    });
  };
}
