// Chromium tags every <figure> as a PDF Figure, and a Figure must carry
// alternative text (/Alt), which only an image has. So on paper the
// wrappers (a listing's, a diagram's) leave the tag tree, their contents
// staying in it: a diagram's <img alt> is then the one Figure, with the
// manuscript's alt text as its /Alt, and a listing is text again.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeFigureTags() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (node.tagName === 'figure' && Array.isArray(classes) && (classes.includes('figure') || classes.includes('listing'))) node.properties.role = 'none';
    });
  };
}
