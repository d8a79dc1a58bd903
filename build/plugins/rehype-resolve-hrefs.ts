// Writes each cross-reference's href for one format (page.html#id,
// #chapter--id, chapter.xhtml#id), and each link to a file that is not a
// chapter where that format keeps the file; a format that keeps none shows
// the link's text.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { XrefTarget } from '../model.ts';

export type HrefFor = (target: XrefTarget) => string;
/** Where a format keeps a linked file (relative to the language folder), if anywhere. */
export type FileHrefFor = (file: string) => string | undefined;

export default function rehypeResolveHrefs(hrefFor: HrefFor, fileHrefFor: FileHrefFor = () => undefined) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.data?.xref) node.properties.href = hrefFor(node.data.xref);
      if (node.data?.file === undefined) return;
      const href = fileHrefFor(node.data.file);
      if (href !== undefined) node.properties.href = href;
      else if (parent && index !== undefined) parent.children[index] = { type: 'element', tagName: 'span', properties: {}, children: node.children };
    });
  };
}
