// One print document holds every chapter, so each id carries its chapter's
// name ("ch-02-sync-vs-async--tasks") and in-chapter #links follow.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypePrefixIds(prefix: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') node.properties.id = `${prefix}--${node.properties.id}`;
      // Cross-references are resolved by rehype-resolve-hrefs; only plain #fragments (footnotes) change here.
      const href = node.properties.href;
      if (!node.data?.xref && typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${prefix}--${href.slice(1)}`;
    });
  };
}
