// Parsing a chapter section by section, remembering each section's tree, so
// that after a one-paragraph edit only the edited section is parsed again.
// The Markdown is cut only before a heading that starts a line outside any
// fenced code, directive container or front matter, where no block can
// continue across the cut; a chapter with link or footnote definitions
// (which reach across sections) is parsed whole.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { cloneTree } from '../clone-tree.ts';

export interface Section {
  text: string;
  /** Lines and characters before the section in the chapter. */
  line: number;
  offset: number;
}

const definition = /^ {0,3}\[[^\]\n]+\]:/m;

/** The chapter's text cut before each top-level heading. */
export function sections(text: string): Section[] {
  if (definition.test(text)) return [{ text, line: 0, offset: 0 }];
  const lines = text.split('\n');
  const cuts = [0];
  let fence: string | undefined;
  let containers = 0;
  let i = 0;
  if (lines[0] === '---') {
    i = lines.indexOf('---', 1);
    if (i === -1) return [{ text, line: 0, offset: 0 }];
    i++;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    if (/^ {0,3}:{3,}\s*$/.test(line)) containers = Math.max(0, containers - 1);
    else if (/^ {0,3}:{3,}\s*[A-Za-z]/.test(line)) containers++;
    else if (containers === 0 && i > 0 && /^#{1,6}(\s|$)/.test(line)) cuts.push(i);
  }
  const result: Section[] = [];
  let offset = 0;
  cuts.forEach((start, k) => {
    const end = cuts[k + 1] ?? lines.length;
    const last = end === lines.length;
    const piece = lines.slice(start, end).join('\n') + (last ? '' : '\n');
    result.push({ text: piece, line: start, offset });
    offset += piece.length;
  });
  return result.filter((section) => section.text !== '');
}

function shift(tree: Node, line: number, offset: number): void {
  visit(tree, (node) => {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.line += line;
      if (point.offset !== undefined) point.offset += offset;
    }
  });
}

/** Parses one chapter section by section, parsing again only sections whose text is new. */
export class SectionParser {
  private trees = new Map<string, Root>();

  /** `parseText` parses Markdown as the chapter's processor does. */
  parse(text: string, parseText: (text: string) => Root): Root {
    const parts = sections(text);
    const used = new Map<string, Root>();
    const children: Root['children'] = [];
    for (const part of parts) {
      const tree = this.trees.get(part.text) ?? parseText(part.text);
      used.set(part.text, tree);
      const copy = cloneTree(tree);
      shift(copy, part.line, part.offset);
      children.push(...copy.children);
    }
    // Sections no longer in the chapter are forgotten; the others stay for the next parse.
    this.trees = used;
    const lines = text.split('\n');
    return {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length } },
    };
  }
}
