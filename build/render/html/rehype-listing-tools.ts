// The site's code blocks: each one a reader may copy gets a Copy button
// (book.js copies the code without prompts, line numbers or wrap marks), and
// a listing that is a program in code/ links to its file there.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

export interface ListingToolsOptions {
  copy: string;
  copied: string;
  /** "File: {file}", the link's accessible name. */
  fileLabel: (file: string) => string;
  /** Where a listing's program (`data-program`) is, or undefined to link nothing. */
  fileHref: (program: string) => string | undefined;
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

export default function rehypeListingTools(options: ListingToolsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'div' && classes(node).includes('output')) return SKIP;
      if (node.tagName === 'figure' && classes(node).includes('listing')) {
        const program = node.properties.dataProgram;
        delete node.properties.dataProgram;
        const href = typeof program === 'string' ? options.fileHref(program) : undefined;
        const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
        if (href && caption && typeof program === 'string') {
          const name = program.split('/').pop() ?? program;
          const download = /^[a-z][a-z0-9+.-]*:/i.test(href) ? {} : { download: name };
          caption.children.push(h('a', { className: ['code-file'], href, ariaLabel: options.fileLabel(name), ...download }, name));
        }
        return;
      }
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const button = h('button', { type: 'button', className: ['copy-code'], dataCopied: options.copied }, options.copy);
      parent.children[index] = h('div', { className: ['code-frame'] }, [node, button]);
      return SKIP;
    });
  };
}
