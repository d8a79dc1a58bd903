// Turns the note/tip/warning/solution container directives into <aside>
// elements and reports every other directive as an error.
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { error } from '../diagnostics.ts';
import type { Strings } from '../strings.ts';

export const admonitionKinds = ['note', 'tip', 'warning', 'solution'] as const;
type Kind = (typeof admonitionKinds)[number];

export interface Options {
  strings: Strings;
}

function isKind(name: string): name is Kind {
  return (admonitionKinds as readonly string[]).includes(name);
}

export default function remarkAdmonitions({ strings }: Options) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        const mark = node.type === 'textDirective' ? ':' : '::';
        error(file, `Unknown directive \`${mark}${node.name}\` (to write a literal colon before a word, escape it as \`\\:\`)`, node, 'directive:unknown');
        return;
      }
      if (node.type !== 'containerDirective') return;
      if (!isKind(node.name)) {
        error(file, `Unknown directive \`:::${node.name}\` (known: ${admonitionKinds.join(', ')})`, node, 'directive:unknown');
        return;
      }
      toAside(node, node.name, strings);
    });
  };
}

function toAside(node: ContainerDirective, kind: Kind, strings: Strings): void {
  const first = node.children[0];
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
  const title: Paragraph = label ?? { type: 'paragraph', children: [{ type: 'text', value: strings[kind] }] };
  if (label && kind === 'solution') label.children.unshift({ type: 'text', value: `${strings.solution}: ` });
  title.data = { ...title.data, hName: 'p', hProperties: { className: ['admonition-title'] } };
  if (!label) node.children.unshift(title);
  node.data = {
    ...node.data,
    hName: 'aside',
    hProperties: { className: ['admonition', kind] },
  };
}
