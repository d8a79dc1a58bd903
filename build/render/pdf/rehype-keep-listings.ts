// A short listing or output block is never split across pages; a longer one
// may break, since keeping it whole would leave most of a page empty.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const KEEP_WHOLE_LINES = 25;

export default function rehypeKeepListings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !(classes.includes('listing') || classes.includes('output'))) return;
      const lines = toString(node).trimEnd().split('\n').length;
      if (lines <= KEEP_WHOLE_LINES) node.properties.className = [...classes, 'keep-whole'];
    });
  };
}
