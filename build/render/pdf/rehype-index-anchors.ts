// Index anchors on paper: an index mark is an empty <span id>, and Paged.js
// loses its place when a page breaks at an empty element (the rest of the
// book is never laid out). Here each anchor takes the word that follows it
// (or, at the end of a paragraph, the word before it), so it has text and
// still stands where the term does.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isAnchor = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'span' && Array.isArray(node.properties.className) && node.properties.className.includes('index-mark') && node.children.length === 0;

/** Takes the word the anchor stands on out of the siblings at `at` (after) or `before` (the one before). */
function word(children: ElementContent[], at: number, before: number): ElementContent {
  const next = children[at];
  if (next?.type === 'text' && next.value.trim() !== '') {
    const taken = /^\s*\S+/.exec(next.value)![0];
    next.value = next.value.slice(taken.length);
    return { type: 'text', value: taken };
  }
  if (next?.type === 'element') {
    children.splice(at, 1);
    return next;
  }
  const previous = children[before];
  if (previous?.type === 'text' && previous.value.trim() !== '') {
    const taken = /\S+\s*$/.exec(previous.value)![0];
    previous.value = previous.value.slice(0, previous.value.length - taken.length);
    return { type: 'text', value: taken };
  }
  return { type: 'text', value: '\u00a0' };
}

export default function rehypeIndexAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        if (!isAnchor(parent.children[i])) continue;
        // Marks side by side stand on the same word: the last holds it, each one before wraps the next.
        let j = i + 1;
        while (isAnchor(parent.children[j])) j += 1;
        const run = parent.children.slice(i, j) as Element[];
        run.at(-1)!.children = [word(parent.children, j, i - 1)];
        for (let k = run.length - 2; k >= 0; k--) run[k]!.children = [run[k + 1]!];
        parent.children.splice(i, run.length, run[0]!);
      }
    });
  };
}
