// Turns the note/tip/warning/solution container directives into <aside>
// elements and reports any other container directive as an error (only the
// container form is parsed at all: see remark-container-directives.ts).
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
