// Raw HTML in a chapter (`<details>`, `<kbd>`, `<br>`, `<img>`, …) is parsed
// into the tree here (hast-util-raw), then reduced to what a book may contain
// by rehype-sanitize with html-schema.ts, the same in every format. First
// this plugin warns, at the raw HTML's line, about what sanitising will leave
// out: elements a book cannot hold (their text is kept), elements dropped with
// their content (script, style), event handlers, and processing instructions
// or declarations. Comments are the author's notes and go without a word.
//
// Elements opened in raw HTML and never closed nest everything after them
// (`a <b> c <b> d …`): past MAX_NESTING such open elements, the raw HTML that
// would open more stays text, with a warning, so the tree stays shallow and
// parsing it linear.
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { warn } from '../diagnostics.ts';
import { droppedTags, keptTags } from '../html-schema.ts';
import { MAX_NESTING } from '../markdown-limits.ts';

const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\?[^>]*>|<![A-Za-z[][^>]*>/g;
const handler = /(?:^|\s)(on[a-z]+)\s*=/i;
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export default function rehypeRawHtml() {
  return (tree: Root, file: VFile): Root => {
    let found = false;
    // Names of the elements raw HTML has opened and not closed, in order.
    const open: string[] = [];
    let tooDeep = false;
    visit(tree, 'raw', (node, index, parent) => {
      found = true;
      // Comments hold no text for readers; drop them before looking for tags.
      const value = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ' '));
      const matches = [...value.matchAll(tag)];
      const opens = matches.filter((m) => m[2] !== undefined && !m[1] && !voidTags.has(m[2].toLowerCase()) && !m[3]?.trimEnd().endsWith('/')).length;
      if (open.length + opens > MAX_NESTING && parent && index !== undefined) {
        if (!tooDeep) warn(file, `Raw HTML opens more than ${MAX_NESTING} elements it never closes; from here on it is kept as text`, node, 'html:unclosed');
        tooDeep = true;
        parent.children[index] = { type: 'text', value: node.value, position: node.position };
        return;
      }
      for (const match of matches) {
        const before = value.slice(0, match.index).split('\n');
        const start = node.position?.start;
        const place = start && { line: start.line + before.length - 1, column: before.length === 1 ? start.column + match.index : (before.at(-1)?.length ?? 0) + 1 };
        const [text, closing, rawName, rest] = match;
        if (rawName === undefined) {
          warn(file, `\`${text.slice(0, 40)}\` is not HTML a book can hold; it is left out`, place, 'html:dropped');
          continue;
        }
        const name = rawName.toLowerCase();
        if (closing) {
          const at = open.lastIndexOf(name);
          if (at !== -1) open.length = at;
          continue;
        }
        if (!voidTags.has(name) && !rest?.trimEnd().endsWith('/')) open.push(name);
        if (droppedTags.has(name)) warn(file, `\`<${name}>\` is left out of the book together with its content (no scripts, styles or forms)`, place, 'html:dropped');
        else if (!keptTags.has(name)) warn(file, `\`<${name}>\` is not an element a book keeps; its content stays, without the element`, place, 'html:unwrapped');
        const on = handler.exec(rest ?? '');
        if (on) warn(file, `The event handler \`${on[1]}\` on \`<${name}>\` is left out: a book runs no scripts`, place, 'html:dropped');
      }
    });
    if (!found) return tree;
    // hast-util-raw loses a code block's first newline (the HTML parser skips
    // one after <pre>, even with <code> between): give it one to lose.
    visit(tree, 'element', (node: Element) => {
      const code = node.tagName === 'pre' ? node.children[0] : undefined;
      const text = code?.type === 'element' && code.tagName === 'code' ? code.children[0] : undefined;
      if (text?.type === 'text' && text.value.startsWith('\n')) text.value = `\n${text.value}`;
    });
    return raw(tree, { file }) as Root;
  };
}
