// Markup for reading systems, which are not browsers: a task list's
// checkboxes become the glyphs ☑ and ☐ (a form control's state is a boolean
// attribute, which XHTML cannot write bare, and readers draw controls
// poorly), a table cell's alignment moves from the obsolete align
// attribute to a style, and raw HTML's <details> opens into a plain block
// with its summary as a heading paragraph (readers without scripts or
// disclosure widgets would hide its content). Any other boolean attribute
// left by raw HTML (`compact`, `noshade`) is presentational and goes.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeStaticMarkup() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'input' && node.properties.type === 'checkbox' && parent && index !== undefined) {
        parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['task-box'] }, children: [{ type: 'text', value: node.properties.checked ? '☑' : '☐' }] };
        return;
      }
      if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
        node.properties.style = `text-align:${node.properties.align}`;
        delete node.properties.align;
      }
      if (node.tagName === 'details') {
        node.tagName = 'div';
        node.properties = { className: ['details'] };
      } else if (node.tagName === 'summary') {
        node.tagName = 'p';
        node.properties = { className: ['details-summary'] };
      }
      for (const [key, value] of Object.entries(node.properties)) if (value === true) delete node.properties[key];
    });
  };
}
