// The book's index: the one entry point of the subsystem. load-book hands it
// the chapters with their marks (from remark-index) and gets back the index
// every renderer shows; on the way each dotted name in the prose is checked
// against the examples' interpreter, and a name that Python lacks is an error
// at its line, unless the text says which newer Python has it.
import type { Element, Root } from 'hast';
import type { Code, Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { error } from '../diagnostics.ts';
import type { IndexMark, VersionMention } from '../plugins/remark-index.ts';
import { buildIndex, entriesByText, placeMarks, type BookIndex, type PlacedMark } from './entries.ts';
import { checkApiNames, type ApiCheck } from './python-api.ts';

export { buildIndex, entriesByText, placeMarks, type BookIndex, type IndexEntry, type IndexGroup, type IndexPlace, type PlacedMark } from './entries.ts';
export { indexBody, type IndexRenderOptions } from './render.ts';
export { checkApiNames, type ApiCheck, type NameStatus } from './python-api.ts';

/** What the index needs of a chapter. */
export interface IndexedChapter {
  name: string;
  number: number;
  file: VFile;
  hast: Root;
  mdast: MdastRoot;
  headings: readonly { number: string }[];
  indexMarks: IndexMark[];
}

/**
 * Dotted names that are not Python objects although their first part is a
 * module: the ASGI specification's message types (`http.request`,
 * `lifespan.startup`), which prose names as such.
 */
const asgiMessageTypes = new Set([
  'http.request', 'http.disconnect', 'http.response.start', 'http.response.body', 'http.response.trailers', 'http.response.push',
  'http.response.zerocopy', 'http.response.pathsend', 'http.response.early_hint',
  'websocket.connect', 'websocket.accept', 'websocket.receive', 'websocket.send', 'websocket.disconnect', 'websocket.close',
  'websocket.http.response.start', 'websocket.http.response.body',
  'lifespan.startup', 'lifespan.startup.complete', 'lifespan.startup.failed', 'lifespan.shutdown', 'lifespan.shutdown.complete', 'lifespan.shutdown.failed',
]);

/** Compares dotted version numbers: "3.12" > "3.11", "13" > "10.4". */
export function newer(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/**
 * Why a name the interpreter lacks may stand in the text: near it, the text
 * names the newer release of Python (or of the name's package) that has it,
 * the Python that removed it, or the PEP that proposes it; the nearest such
 * mention counts. Undefined when there is none.
 */
export function versionStatus(mentions: readonly VersionMention[], python: string, pkg: { name: string; version: string } | undefined): { since: string } | { removed: string } | undefined {
  const applicable = mentions
    .filter((m) => {
      if (m.kind === 'pep') return true;
      if (pkg) return m.kind === 'library' && newer(m.value, pkg.version);
      return m.kind === 'python' ? newer(m.value, python) : m.kind === 'removed' && !newer(m.value, python);
    })
    .sort((a, b) => a.distance - b.distance);
  const best = applicable[0];
  if (!best) return undefined;
  if (best.kind === 'removed') return { removed: `Python ${best.value}` };
  return { since: best.kind === 'pep' ? `PEP ${best.value}` : best.kind === 'library' ? `${pkg?.name} ${best.value}` : `Python ${best.value}` };
}

/** Names the chapter's Python code binds (`queue = …`, `site: web.TCPSite = …`, `as queue`, `for queue in`, parameters). */
export function assignedNames(tree: MdastRoot): Set<string> {
  const names = new Set<string>();
  visit(tree, 'code', (code: Code) => {
    if (code.lang !== 'python' && code.lang !== 'pycon') return;
    const patterns = [/^\s*(?:>>>\s*)?([A-Za-z_]\w*)\s*(?::[^=\n]+)?=(?!=)/gm, /\bas\s+([A-Za-z_]\w*)/g, /\bfor\s+([A-Za-z_]\w*)\s+in\b/g, /[(,]\s*([A-Za-z_]\w*)\s*:/g];
    for (const pattern of patterns) for (const match of code.value.matchAll(pattern)) names.add(match[1]!);
  });
  return names;
}

export const emptyIndex: BookIndex = { terms: [], api: [] };

/**
 * Decides each API candidate from the interpreter's answers: kept (with the
 * newer version it needs, if any), dropped (not a module path), or an error.
 * Returns the kept marks; dropped candidates lose their anchors.
 */
export function resolveApiMarks(chapter: IndexedChapter, check: ApiCheck): IndexMark[] {
  const dropped = new Set<string>();
  const kept: (IndexMark & { since?: string; removed?: string; module?: string })[] = [];
  const variables = assignedNames(chapter.mdast);
  for (const mark of chapter.indexMarks) {
    if (mark.kind === 'term') {
      kept.push(mark);
      continue;
    }
    const result = check.names.get(mark.term);
    if (!result || result.status === 'not-module' || result.status === 'instance' || (result.status === 'missing' && asgiMessageTypes.has(mark.term))) {
      dropped.add(mark.id);
      continue;
    }
    if (result.status === 'ok') {
      kept.push({ ...mark, module: result.module });
      continue;
    }
    if (result.status === 'missing' && variables.has(mark.term.split('.')[0]!)) {
      dropped.add(mark.id);
      continue;
    }
    const status = result.status === 'missing' ? versionStatus(mark.mentions ?? [], check.version, result.package) : undefined;
    if (status) {
      kept.push({ ...mark, ...status });
      continue;
    }
    dropped.add(mark.id);
    const parts = mark.term.split('.');
    const where = result.status === 'missing' ? parts.slice(0, Math.max(1, parts.indexOf(result.part, 1))).join('.') : '';
    const reason =
      result.status === 'missing'
        ? `\`${mark.term}\` is not in Python ${check.version}: \`${where}\` has no \`${result.part}\`${result.near.length > 0 ? ` (did you mean ${result.near.map((n) => `\`${n}\``).join(', ')}?)` : ''}. A name from a newer Python needs its version in the same sentence or block, as in "added in Python 3.12"`
        : `\`${mark.term}\` cannot be checked: ${result.message}`;
    error(chapter.file, reason, mark.position, 'index:api');
  }
  if (dropped.size > 0) {
    visit(chapter.hast, 'element', (node: Element) => {
      if (node.tagName === 'code' && typeof node.properties.id === 'string' && dropped.has(node.properties.id)) delete node.properties.id;
    });
  }
  return kept;
}

export interface IndexOptions {
  /** The examples' interpreter. */
  python: string;
  /** Where the interpreter's answers are kept (<book>/.cache). */
  cacheDir: string;
  lang: string;
  /** The label of the group of terms that start with a digit or symbol. */
  symbolsLabel: string;
}

/** Asks the interpreter about every API candidate of the book (cached): start it early, it runs alongside the rest of loading. */
export function checkBookApi(chapters: readonly IndexedChapter[], options: IndexOptions): Promise<ApiCheck> {
  const names = chapters.flatMap((c) => c.indexMarks.filter((m) => m.kind === 'api').map((m) => m.term));
  return checkApiNames(names, { python: options.python, cacheDir: options.cacheDir });
}

/** The book's index, from every chapter's marks once the interpreter has answered; errors go to the chapters' files. */
export function indexBook(chapters: readonly IndexedChapter[], check: ApiCheck, options: IndexOptions): BookIndex {
  const placed: PlacedMark[] = [];
  const positions = new Map<PlacedMark, { file: VFile; mark: IndexMark }>();
  for (const chapter of chapters) {
    chapter.indexMarks = resolveApiMarks(chapter, check);
    const places = placeMarks(chapter, new Set(chapter.indexMarks.map((m) => m.id)), chapter.headings.map((h) => h.number));
    for (const mark of chapter.indexMarks) {
      const place = places.get(mark.id);
      if (!place) continue;
      const p: PlacedMark = { ...mark, place };
      placed.push(p);
      positions.set(p, { file: chapter.file, mark });
    }
  }
  const index = buildIndex(placed, options.lang, options.symbolsLabel);
  const known = entriesByText(index, options.lang);
  for (const [p, { file, mark }] of positions) {
    for (const target of [p.see, p.also]) {
      if (target && !known.has(target.toLocaleLowerCase(options.lang))) error(file, `The index has no entry \`${target}\` for "${mark.term}" to refer to: mark that term too, or refer to one that is marked`, mark.position, 'index:see');
    }
  }
  return index;
}
