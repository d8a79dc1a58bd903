// Directives only where an author means one: the container form at the start
// of a line (`:::note`), from micromark-extension-directive's syntax with its text
// (`:name`) and leaf (`::name`) forms left out, so that `10:30`, `4:3`,
// `foo:bar` and `mailto:x` stay the text they are. Text that still looks like
// a directive (`:shout[loud]`, `::toc{depth=2}`) is kept as written, with a
// warning at its place.
import type { Root, Text } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { warn } from '../diagnostics.ts';

type Extension = ReturnType<typeof directive>;

/**
 * micromark-extension-directive's syntax with only its container construct:
 * of its two flow constructs (container and leaf, on `:`), the container is
 * the one that is `concrete` (it holds other blocks).
 */
function containerOnly(): Extension {
  const flow = directive().flow?.[58];
  const constructs = (Array.isArray(flow) ? flow : [flow]).filter((c) => c?.concrete === true);
  return { flow: { 58: constructs.flatMap((c) => (c ? [c] : [])) } };
}

/** `:name[` or `::name{` where a word does not run into the colon. */
const lookalike = /(?<![\w:\\])(:{1,2})([A-Za-z][\w-]*)(?=[[{])/g;

export default function remarkContainerDirectives(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(containerOnly());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  return (tree: Root, file: VFile) => {
    visit(tree, 'text', (node: Text) => {
      const start = node.position?.start;
      if (!start) return;
      for (const match of node.value.matchAll(lookalike)) {
        const before = node.value.slice(0, match.index);
        const lines = before.split('\n');
        const line = start.line + lines.length - 1;
        const column = lines.length === 1 ? start.column + before.length : (lines.at(-1)?.length ?? 0) + 1;
        warn(file, `\`${match[0]}\` looks like a directive, but only container directives (\`:::note\`) exist; kept as text (escape the colon, \`\\:\`, to silence this)`, { line, column }, 'directive:lookalike');
      }
    });
  };
}
