// Examples the preview has not verified: the preview never runs examples
// (`npm run examples` does), so a listing whose code changed since the
// preview started is marked on its page as not yet verified.
import type { Element, Root } from 'hast';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Chapter } from '../model.ts';
import { cloneTree } from '../clone-tree.ts';

/** Each program's text (its code blocks and their attributes, in order), by program file name. */
export function programTexts(chapter: Chapter): Map<string, string> {
  const texts = new Map<string, string>();
  visit(chapter.mdast, 'code', (code: Code) => {
    const program = code.data?.info?.program;
    if (program) texts.set(program, `${texts.get(program) ?? ''}\u0000${code.meta ?? ''}\u0000${code.value}`);
  });
  return texts;
}

/** Manuscript lines of the code blocks of programs that differ from the baseline (or are new). */
export function changedExampleLines(chapter: Chapter, baseline: ReadonlyMap<string, string>): Set<number> {
  const now = programTexts(chapter);
  const changed = new Set([...now].filter(([program, text]) => baseline.get(program) !== text).map(([program]) => program));
  const lines = new Set<number>();
  visit(chapter.mdast, 'code', (code: Code) => {
    const program = code.data?.info?.program;
    if (program && changed.has(program) && code.position) lines.add(code.position.start.line);
  });
  return lines;
}

function hasClass(node: Element, name: string): boolean {
  return Array.isArray(node.properties.className) && node.properties.className.includes(name);
}

/**
 * A copy of the chapter's tree where the listings starting on those lines say
 * they are not yet verified; a plugin-style pure function over the tree.
 */
export function markUnverified(tree: Root, lines: ReadonlySet<number>): Root {
  if (lines.size === 0) return tree;
  const copy = cloneTree(tree);
  visit(copy, 'element', (node) => {
    const line = node.position?.start.line;
    if (line === undefined || !lines.has(line) || node.tagName !== 'figure' || !hasClass(node, 'listing')) return;
    node.properties.className = [...(node.properties.className as string[]), 'dev-unverified'];
    node.properties.dataUnverified = 'true';
    const note: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['dev-unverified-note'], role: 'note' },
      children: [{ type: 'text', value: 'Not yet verified: this example changed since the preview started; npm run examples checks it.' }],
    };
    node.children.splice(1, 0, note);
    return 'skip';
  });
  return copy;
}
