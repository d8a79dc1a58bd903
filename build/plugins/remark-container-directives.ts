// Directives only where an author means one: the container form at the start
// of a line (`:::note`), from micromark-extension-directive's syntax with its
// leaf (`::name`) form left out, and its text form (`:name`) kept only for the
// names given in `text` (`:index[…]`): any other text directive goes back to
// the source text it was, so that `10:30`, `4:3`, `foo:bar` and `mailto:x`
// stay the text they are. Text that still looks like a directive
// (`:shout[loud]`, `::toc{depth=2}`) is kept as written, with a warning at its place.
import type { Root, RootContent, Text } from 'mdast';
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
function containerOnly(withText: boolean): Extension {
  const syntax = directive();
  const flow = syntax.flow?.[58];
  const constructs = (Array.isArray(flow) ? flow : [flow]).filter((c) => c?.concrete === true);
  return { flow: { 58: constructs.flatMap((c) => (c ? [c] : [])) }, ...(withText ? { text: syntax.text } : {}) };
}

export interface Options {
  /** Names of the text directives that exist (`index`); others stay text. */
  text?: string[];
}

/** `:name[` or `::name{` where a word does not run into the colon. */
const lookalike = /(?<![\w:\\])(:{1,2})([A-Za-z][\w-]*)(?=[[{])/g;

export default function remarkContainerDirectives(this: Processor, options: Options = {}) {
  const known = new Set(options.text ?? []);
  const data = this.data();
  (data.micromarkExtensions ??= []).push(containerOnly(known.size > 0));
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  return (tree: Root, file: VFile) => {
    // A text directive of no known name is the text it was written as.
    visit(tree, 'textDirective', (node, index, parent) => {
      if (known.has(node.name) || !parent || index === undefined) return;
      const { start, end } = node.position ?? {};
      const source = start?.offset !== undefined && end?.offset !== undefined ? String(file.value).slice(start.offset, end.offset) : `:${node.name}`;
      const text: Text = { type: 'text', value: source, ...(node.position ? { position: node.position } : {}) };
      parent.children[index] = text as RootContent as (typeof parent.children)[number];
    });
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
