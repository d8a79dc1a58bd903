// Links on paper: a cross-reference gains the page of its target (the
// stylesheet prints ", page 112" from the class), and an external link's
// address goes into a footnote, since a reader cannot click it.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export default function rehypePrintLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      if (node.data?.xref) {
        node.properties.className = ['xref'];
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
