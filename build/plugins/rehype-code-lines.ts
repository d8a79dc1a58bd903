// One block per code line, for the formats that lay code out on pages. Each
// of Shiki's line spans becomes a block and the newline after it moves
// inside, so line breaks no longer hang on whitespace-only text nodes between
// the spans: Paged.js drops those from the part of a listing it carries over
// to the next page, and readers that ignore the stylesheet still get the
// lines apart. The stylesheet makes `.line` a block.
//
// With `hangingIndent` (the EPUB, on a narrow reading screen), a line that
// wraps continues 4 characters deeper than its own indentation: wrapped to
// the left edge, a continuation would pass for a line of its own, and in
// Python indentation is syntax.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface CodeLinesOptions {
  hangingIndent?: boolean;
}

// Shiki writes `class` as a plain property, not hast's `className`.
const isLine = (node: Element) => String(node.properties.class ?? node.properties.className ?? '').split(/[ ,]/).includes('line');

/** Columns of leading whitespace (tabs count 4, as code.css sets tab-size). */
function indentation(line: Element): number {
  const lead = /^[ \t]*/.exec(toString(line))?.[0] ?? '';
  return [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
}

export default function rehypeCodeLines(options: CodeLinesOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (code) => {
      if (code.tagName !== 'code') return;
      const children = code.children;
      for (let i = 0; i < children.length; i++) {
        const line = children[i];
        if (line?.type !== 'element' || !isLine(line)) continue;
        const next = children[i + 1];
        if (next?.type === 'text' && next.value === '\n') {
          line.children.push(next);
          children.splice(i + 1, 1);
        }
        if (!options.hangingIndent) continue;
        // epub.css gives lines without indentation their 4 characters.
        const hang = indentation(line) + 4;
        if (hang > 4) line.properties.style = `padding-left:${hang}ch;text-indent:-${hang}ch`;
      }
    });
  };
}
