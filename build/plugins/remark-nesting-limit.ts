// Refuses Markdown nested deeper than any real document is (lists in lists,
// block quotes, emphasis in emphasis): later steps walk trees recursively,
// and a tree thousands of levels deep would overflow the stack. The error
// names the line where the nesting passes the limit, and the tree is cut
// there so nothing after this plugin can crash on it.
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { error } from '../diagnostics.ts';
import { MAX_NESTING } from '../markdown-limits.ts';

export default function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    // Iterative: the walk itself must not recurse.
    const stack: [Node, number][] = [[tree, 0]];
    let reported = false;
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      const children = (node as Partial<Parent>).children;
      if (!children) continue;
      if (depth >= MAX_NESTING) {
        if (!reported) {
          error(file, `Markdown nested more than ${MAX_NESTING} levels deep (lists, block quotes or inline markup inside each other); no document needs that, and the build cannot process it`, node, 'markdown:nesting');
          reported = true;
        }
        (node as Parent).children = [];
        continue;
      }
      for (const child of children) stack.push([child, depth + 1]);
    }
  };
}
