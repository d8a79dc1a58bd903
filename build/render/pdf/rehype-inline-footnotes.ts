// GFM footnotes arrive as a reference (<sup><a data-footnote-ref>) and a
// section of notes at the chapter's end. On paper a note belongs at the foot
// of the page that cites it: its text moves into the reference's place as a
// span the stylesheet floats into the page's footnote area.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** A note's content as inline nodes: paragraphs joined, the back-reference dropped. */
function inlineContent(item: Element): ElementContent[] {
  const inline: ElementContent[] = [];
  for (const child of item.children) {
    if (!isElement(child)) continue;
    const parts = child.tagName === 'p' ? child.children : [child];
    if (inline.length > 0) inline.push({ type: 'text', value: ' ' });
    inline.push(...parts.filter((part) => !(isElement(part) && part.properties.dataFootnoteBackref !== undefined)));
  }
  // The back-reference leaves a trailing space behind.
  const last = inline.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return inline;
}

export default function rehypeInlineFootnotes() {
  return (tree: Root) => {
    const notes = new Map<string, ElementContent[]>();
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'section' || node.properties.dataFootnotes === undefined || !parent || index === undefined) return;
      visit(node, 'element', (item) => {
        if (item.tagName === 'li' && typeof item.properties.id === 'string') notes.set(item.properties.id, inlineContent(item));
      });
      parent.children.splice(index, 1);
      return index;
    });
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'sup' || !parent || index === undefined) return;
      const link = node.children.find(isElement);
      const href = link?.properties.href;
      if (typeof href !== 'string' || link?.properties.dataFootnoteRef === undefined) return;
      const note = notes.get(href.slice(1));
      if (!note) return;
      parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['footnote'] }, children: note };
    });
  };
}
