// GFM footnotes as EPUB footnotes: each reference an epub:type="noteref" link
// and each note an <aside epub:type="footnote">, the markup that reading
// systems open as a pop-up (and hide from the running text) instead of
// jumping to the end of the chapter. Readers without pop-ups show the notes
// at the chapter's end, each with its number linking back.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { Strings } from '../../strings.ts';

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** Links within the chapter as bare fragments, which is what pop-ups resolve. */
const fragment = (href: unknown) => `#${String(href).split('#')[1] ?? ''}`;

function footnote(item: Element, number: number): Element {
  let back: string | undefined;
  // remark-rehype ends a note with one "↩" link per reference; the number in front replaces them.
  const withoutBackrefs = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (!isElement(child)) return [child];
      if (child.tagName === 'a' && child.properties.dataFootnoteBackref !== undefined) {
        back ??= fragment(child.properties.href);
        return [];
      }
      return [{ ...child, children: withoutBackrefs(child.children) }];
    });
  const blocks = withoutBackrefs(item.children).filter(isElement);
  const end = blocks.at(-1)?.children.at(-1);
  if (end?.type === 'text') end.value = end.value.trimEnd();
  const label = h('a', { href: back ?? '#', role: 'doc-backlink', className: ['footnote-number'] }, `${number}.`);
  const [first, ...rest] = blocks;
  const content = first?.tagName === 'p' ? [{ ...first, children: [label, { type: 'text' as const, value: ' ' }, ...first.children] }, ...rest] : [h('p', [label]), ...blocks];
  return h('aside', { id: item.properties.id, 'epub:type': 'footnote', role: 'doc-footnote', className: ['footnote'] }, content);
}

export default function rehypeEpubFootnotes({ strings }: { strings: Strings }) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) {
        // The label it described (the "Footnotes" heading) is gone: the role says what the link is.
        delete node.properties.dataFootnoteRef;
        delete node.properties.ariaDescribedBy;
        Object.assign(node.properties, { href: fragment(node.properties.href), 'epub:type': 'noteref', role: 'doc-noteref' });
        return;
      }
      if (node.tagName !== 'section' || node.properties.dataFootnotes === undefined || !parent || index === undefined) return;
      const list = node.children.find((child): child is Element => isElement(child) && child.tagName === 'ol');
      const notes = (list?.children ?? []).filter(isElement).map((item, i) => footnote(item, i + 1));
      // No heading: readers with pop-ups hide the notes, and would show it alone.
      parent.children[index] = h('section', { className: ['footnotes'], ariaLabel: strings.footnotes }, notes);
      return SKIP;
    });
  };
}
