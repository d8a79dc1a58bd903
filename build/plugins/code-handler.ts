// remark-rehype handler for code blocks: listings become <figure> with a
// numbered caption, output blocks get their label, sessions are highlighted
// as Python.
import type { Element, ElementContent } from 'hast';
import type { Code } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import { format, type Strings } from '../strings.ts';

export function codeHandler(strings: Strings) {
  return (state: State, node: Code): Element => {
    const info = node.data?.info;
    const pre = defaultHandlers.code(state, node);
    const code = pre.children[0] as Element;
    delete code.data;
    // Shiki's meta-highlight transformer reads the lines from here (highlight.ts).
    if (info?.attributes.highlight) code.properties.metastring = info.attributes.highlight;
    if (info?.role === 'output') {
      code.properties = {};
      const label: Element = { type: 'element', tagName: 'p', properties: { className: ['output-label'] }, children: [{ type: 'text', value: strings.output }] };
      return wrap('div', { className: ['output'] }, [label, pre], node);
    }
    if (info?.role === 'session') code.properties = { ...code.properties, className: ['language-python'] };
    const listing = info?.listing;
    if (!listing) return pre;
    const labelText = format(listing.continued ? strings.listingContinued : strings.listingLabel, { n: listing.number });
    const caption: ElementContent[] = [{ type: 'element', tagName: 'span', properties: { className: ['listing-label'] }, children: [{ type: 'text', value: labelText }] }];
    if (listing.caption && !listing.continued) caption.push({ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['listing-caption'] }, children: [{ type: 'text', value: listing.caption }] });
    const figcaption: Element = { type: 'element', tagName: 'figcaption', properties: {}, children: caption };
    const properties: Element['properties'] = listing.continued ? { className: ['listing', 'continued'] } : { className: ['listing'], id: listing.id };
    // The file in code/<chapter>/ the site links to.
    if (info?.program) properties.dataProgram = info.program;
    return wrap('figure', properties, [figcaption, pre], node);
  };
}

function wrap(tagName: string, properties: Element['properties'], children: ElementContent[], node: Code): Element {
  const element: Element = { type: 'element', tagName, properties, children };
  if (node.position) element.position = node.position;
  return element;
}
