// Chromium makes a PDF bookmark of every h1-h6, while the book's bookmarks
// are its outline: chapters, sections and subsections (finish.ts titles them
// from the model, one for one). A heading outside the outline (deeper than
// `###`, a second `#`, one after a skipped level) prints as a block styled
// like its level (`.heading-N`), not as a heading element.
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';

/** `outline`: the ids of the headings in the chapter's outline. */
export default function rehypePlainHeadings(outline: ReadonlySet<string>) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if (rank === undefined || outline.has(String(node.properties.id ?? ''))) return;
      node.tagName = 'p';
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'heading', `heading-${rank}`];
    });
  };
}
