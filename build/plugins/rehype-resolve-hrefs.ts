// Writes each cross-reference's href for one format (page.html#id,
// #chapter--id, chapter.xhtml#id).
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { XrefTarget } from '../model.ts';

export type HrefFor = (target: XrefTarget) => string;

export default function rehypeResolveHrefs(hrefFor: HrefFor) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.data?.xref) node.properties.href = hrefFor(node.data.xref);
    });
  };
}
