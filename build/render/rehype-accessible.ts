// What the site's pages and the EPUB's documents need for assistive
// technology, fixed in the markup: every scrolling block reachable by
// keyboard, admonitions as notes named by their title (a note, not a
// complementary landmark: a chapter has many, and landmarks must be told
// apart), no empty header cells, task-list checkboxes with a name.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface AccessibleOptions {
  taskDone: string;
  taskOpen: string;
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

export default function rehypeAccessible(options: AccessibleOptions) {
  return (tree: Root) => {
    let admonitions = 0;
    visit(tree, 'element', (node) => {
      // A <pre> scrolls sideways on a narrow screen; so does a table (display: block).
      // Shiki writes its own `tabindex` as a plain property.
      const focusable = node.properties.tabIndex !== undefined || node.properties.tabindex !== undefined;
      if ((node.tagName === 'pre' || node.tagName === 'table') && !focusable) node.properties.tabIndex = 0;
      if (node.tagName === 'aside' && classes(node).includes('admonition')) {
        const title = node.children.find((c): c is Element => c.type === 'element' && classes(c).includes('admonition-title'));
        if (title) {
          admonitions += 1;
          title.properties.id ??= `admonition-${admonitions}`;
          node.properties.ariaLabelledBy = [String(title.properties.id)];
        }
        node.properties.role ??= 'note';
      }
      if (node.tagName === 'th' && toString(node).trim() === '') node.tagName = 'td';
      if (node.tagName === 'input' && node.properties.type === 'checkbox' && node.properties.ariaLabel === undefined) {
        node.properties.ariaLabel = node.properties.checked ? options.taskDone : options.taskOpen;
      }
    });
  };
}
