// On paper nothing can be unfolded: raw HTML's <details> prints open.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeOpenDetails() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'details') node.properties.open = true;
    });
  };
}
