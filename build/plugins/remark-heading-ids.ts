// An explicit anchor after a heading, `## Задачи {#tasks}` (Pandoc's and
// kramdown's syntax), becomes the heading's id instead of a slug of its text.
// Translations use it to keep the source section's anchor, so a link or URL
// fragment opens the same section in every language.
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const explicitId = /\s*\{#([A-Za-z0-9][\w.-]*)\}\s*$/;

export default function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = explicitId.exec(last.value);
      if (!match) return;
      (last as Text).value = last.value.slice(0, match.index);
      if (last.value === '') heading.children.pop();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}
