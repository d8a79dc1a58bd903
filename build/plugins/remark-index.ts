// Index marks: `:index[event loop]{sub="ready queue"}` becomes an invisible
// anchor, and inline code that looks like a dotted Python name
// (`asyncio.gather`, `aiohttp.ClientSession()`) becomes an anchored candidate
// for the Python API index. This plugin only reads the chapter: which
// candidates name real objects is decided for the whole book at once, by the
// examples' interpreter (build/book-index/).
import type { Parent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Node, Position } from 'unist';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { error } from '../diagnostics.ts';

/** The text directive that marks an index term. */
export const indexDirective = 'index';

/** One place the index points at: an author's mark or a Python name in inline code. */
export interface IndexMark {
  /** The anchor's id in the chapter: "ix-3". */
  id: string;
  kind: 'term' | 'api';
  /** "event loop"; for the API, the dotted name: "asyncio.gather". */
  term: string;
  /** The term is code (shown in code type). */
  code: boolean;
  sub?: string;
  /** A cross-reference instead of a place: "coroutine, see task". */
  see?: string;
  /** "See also" another entry. */
  also?: string;
  /** The key to sort by, when the term's own text sorts badly. */
  sort?: string;
  /** API candidates: the versions the surrounding text mentions nearest, if any. */
  mentions?: VersionMention[];
  position?: Position;
}

/**
 * What the text around a Python name says of versions, for names the
 * examples' interpreter lacks: of each kind, the mention nearest the name in
 * the innermost enclosing block (paragraph, list item, table row,
 * admonition) that has one, with its distance in characters.
 */
export interface VersionMention {
  /** python: "3.12" from "Python 3.12"; removed: "3.11" from "removed in 3.11"; library: "8.4" from "pytest 8.4" or "version 13"; pep: "789" from "PEP 789". */
  kind: 'python' | 'removed' | 'library' | 'pep';
  value: string;
  distance: number;
}

/** An invisible anchor in the text, where an index entry points. */
export interface IndexAnchor extends Node {
  type: 'indexAnchor';
  data: { hName: 'span'; hProperties: { id: string; className: string[] } };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    indexAnchor: IndexAnchor;
  }
  interface RootContentMap {
    indexAnchor: IndexAnchor;
  }
}

declare module 'vfile' {
  interface DataMap {
    indexMarks: IndexMark[];
  }
}

const attributes = ['sub', 'see', 'also', 'sort'] as const;

/** A whole code span that is a dotted name, maybe called, subscripted or used as a decorator. */
const dottedName = /^@?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?:\(.*\)|\[.*\])?$/s;

/** Last parts that make a dotted name a file name (`py.typed`, `conftest.py`), not an object. */
const fileExtensions = new Set(['py', 'pyi', 'pyc', 'pyx', 'typed', 'toml', 'txt', 'cfg', 'ini', 'json', 'yaml', 'yml', 'md', 'rst', 'html', 'css', 'js', 'ts', 'so', 'c', 'h', 'sh', 'lock', 'log', 'csv', 'db', 'sqlite', 'pem', 'key', 'crt', 'gz', 'zip', 'whl', 'tar', 'xml', 'svg', 'png', 'exe', 'bat', 'cmd', 'ps1', 'dll', 'mjs', 'cjs', 'jsx', 'tsx', 'map', 'wasm', 'jpg', 'jpeg', 'gif', 'webp', 'pdf', 'epub', 'env', 'conf', 'service']);

/** A Python version written in prose: "3.12", "Python 3.13". */
const pythonMention = /(?<![\w.])(3\.\d{1,2})(?!\d)/g;
/** A removal: "removed in Python 3.11", "удалили в 3.11". */
const removedMention = /(?:removed in|удал\S*\s+в)\s+(?:Python\s+)?(3\.\d{1,2})(?!\d)/gi;
/** A proposal: "PEP 789". */
const pepMention = /\bPEP\s+(\d+)/g;
/** A package's version: "pytest 8.4", "version 13", "версии 13". */
const libraryMention = (name: string) => new RegExp(`(?:\\b${name}|\\bversion|верси\\S*)\\s+(\\d+(?:\\.\\d+)*)`, 'giu');

/** The dotted name a code span holds, if it could name a Python object. */
export function apiName(code: string): string | undefined {
  const name = dottedName.exec(code.trim())?.[1];
  if (!name) return undefined;
  const last = name.slice(name.lastIndexOf('.') + 1);
  return fileExtensions.has(last) ? undefined : name;
}

/** The first group of the pattern's match nearest the node, in the innermost enclosing block that has a match. */
function nearest(source: string, node: Node, ancestors: readonly Parent[], kind: VersionMention['kind'], pattern: RegExp): VersionMention[] {
  const at = node.position?.start.offset;
  if (at === undefined) return [];
  for (const ancestor of [...ancestors].reverse()) {
    if (ancestor.type === 'root') break;
    const start = ancestor.position?.start.offset;
    const end = ancestor.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    let best: VersionMention | undefined;
    for (const match of source.slice(start, end).matchAll(pattern)) {
      const distance = Math.abs(start + match.index - at);
      if (!best || distance < best.distance) best = { kind, value: match[1] ?? '', distance };
    }
    if (best) return [best];
  }
  return [];
}

function termMark(node: TextDirective, id: string, file: VFile): IndexMark | undefined {
  const term = toString(node).trim();
  if (term === '') {
    error(file, 'An index mark needs its term: `:index[event loop]`', node, 'index:empty');
    return undefined;
  }
  const mark: IndexMark = { id, kind: 'term', term, code: node.children.length === 1 && node.children[0]?.type === 'inlineCode', position: node.position };
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (!(attributes as readonly string[]).includes(key)) {
      error(file, `Unknown index attribute \`${key}\` (known: ${attributes.join(', ')})`, node, 'index:attribute');
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      error(file, `The index attribute \`${key}\` needs a value: ${key}="..."`, node, 'index:attribute');
      continue;
    }
    mark[key as (typeof attributes)[number]] = value.trim();
  }
  return mark;
}

export default function remarkIndex() {
  return (tree: Root, file: VFile) => {
    const marks: IndexMark[] = [];
    const source = String(file.value);
    const nextId = () => `ix-${marks.length + 1}`;
    visitParents(tree, (node, ancestors) => {
      const parent = ancestors.at(-1);
      if (node.type === 'textDirective' && node.name === indexDirective && parent) {
        const mark = termMark(node, nextId(), file);
        const siblings = parent.children as RootContent[];
        const at = siblings.indexOf(node);
        // A mark in error is reported once, here, and leaves nothing behind.
        if (!mark) {
          siblings.splice(at, 1);
          return [SKIP, at];
        }
        marks.push(mark);
        siblings[at] = { type: 'indexAnchor', position: node.position, data: { hName: 'span', hProperties: { id: mark.id, className: ['index-mark'] } } } satisfies IndexAnchor;
        return SKIP;
      }
      if (node.type !== 'inlineCode') return undefined;
      const name = apiName(node.value);
      if (!name) return undefined;
      const id = nextId();
      const mentions = [
        ...nearest(source, node, ancestors, 'python', pythonMention),
        ...nearest(source, node, ancestors, 'removed', removedMention),
        ...nearest(source, node, ancestors, 'library', libraryMention(name.split('.')[0]!)),
        ...nearest(source, node, ancestors, 'pep', pepMention),
      ];
      marks.push({ id, kind: 'api', term: name, code: true, mentions, position: node.position });
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      return undefined;
    });
    file.data.indexMarks = marks;
  };
}
