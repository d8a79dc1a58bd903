// The index as a reader uses it: the book's marks gathered into entries,
// sorted for the manuscript's language and grouped by letter (terms) or by
// module (the Python API). Pure: from chapters' resolved marks to groups.
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';
import type { IndexMark } from '../plugins/remark-index.ts';

/** Where in the book a mark stands. */
export interface IndexPlace {
  /** The chapter's name ("02-sync-vs-async") and the anchor's id there. */
  chapter: string;
  id: string;
  /** The number of the chapter, section or subsection it stands in: "2", "2.3", "2.3.1". */
  section: string;
  /** Places in the same paragraph, list item or cell share this number. */
  block: number;
}

/** A mark as the index uses it: where it stands, and for an API name the version it needs. */
export interface PlacedMark extends IndexMark {
  place: IndexPlace;
  /** API names from a newer release than the interpreter's or its package's: "Python 3.12", "pytest 8.4". */
  since?: string;
  /** API names an older Python had: the release that removed it, "Python 3.11". */
  removed?: string;
  /** API names: the module the name is in ("asyncio", "concurrent.futures"). */
  module?: string;
}

export interface IndexEntry {
  /** The anchor id of the entry in the index itself, for "see" links. */
  id: string;
  text: string;
  code: boolean;
  since?: string;
  removed?: string;
  places: IndexPlace[];
  see: string[];
  also: string[];
  subentries: IndexEntry[];
}

export interface IndexGroup {
  /** "A", "Symbols", or a module: "asyncio". */
  label: string;
  id: string;
  entries: IndexEntry[];
}

export interface BookIndex {
  terms: IndexGroup[];
  api: IndexGroup[];
}

const blockTags = new Set(['p', 'li', 'td', 'th', 'figcaption', 'blockquote', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Each mark's place in a chapter's HTML: its section's number and its block. */
export function placeMarks(chapter: { name: string; number: number; hast: Root }, ids: ReadonlySet<string>, sectionNumbers: readonly string[]): Map<string, IndexPlace> {
  const places = new Map<string, IndexPlace>();
  let heading = -1;
  let blocks = 0;
  const walk = (node: Element | Root, block: number) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const rank = headingRank(child);
      if (rank !== undefined && rank <= 3 && child.properties.dataFootnotes === undefined) heading += 1;
      const inner = blockTags.has(child.tagName) ? ++blocks : block;
      const id = child.properties.id;
      if (typeof id === 'string' && ids.has(id)) places.set(id, { chapter: chapter.name, id, section: sectionNumbers[heading] ?? String(chapter.number), block: inner });
      walk(child, inner);
    }
  };
  walk(chapter.hast, 0);
  return places;
}

/** The part of a term that sorts it: without leading punctuation (`__aenter__`, `@wraps`). */
const sortText = (text: string) => text.replace(/^[^\p{L}\p{N}]+/u, '') || text;

/** The letter a term is filed under: its first letter without accents, or "" for digits and symbols. */
function letterOf(text: string, lang: string): string {
  const first = [...sortText(text).normalize('NFD').replace(/\p{M}/gu, '')][0] ?? '';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase(lang) : '';
}

interface Draft {
  text: string;
  code: boolean;
  sort: string;
  since?: string;
  removed?: string;
  places: IndexPlace[];
  see: Set<string>;
  also: Set<string>;
  subentries: Map<string, Draft>;
}

const draft = (text: string, code: boolean, sort: string): Draft => ({ text, code, sort, places: [], see: new Set(), also: new Set(), subentries: new Map() });

/** Merges marks that name the same term, whatever their case (code keeps its case). */
function gather(marks: readonly PlacedMark[], textOf: (m: PlacedMark) => string, lang: string): Map<string, Draft> {
  const entries = new Map<string, Draft>();
  const keyOf = (text: string, code: boolean) => (code ? text : text.toLocaleLowerCase(lang));
  for (const mark of marks) {
    const text = textOf(mark);
    const key = keyOf(text, mark.code);
    const entry = entries.get(key) ?? draft(text, mark.code, mark.kind === 'term' ? (mark.sub ? text : (mark.sort ?? text)) : text);
    entries.set(key, entry);
    // The first mention in the book is the one that introduces the name with its version.
    if (mark.since && !entry.since && !entry.removed) entry.since = mark.since;
    if (mark.removed && !entry.since && !entry.removed) entry.removed = mark.removed;
    let target = entry;
    if (mark.sub) {
      const subKey = keyOf(mark.sub, false);
      target = entry.subentries.get(subKey) ?? draft(mark.sub, false, mark.sort ?? mark.sub);
      entry.subentries.set(subKey, target);
    }
    if (mark.see) target.see.add(mark.see);
    else target.places.push(mark.place);
    if (mark.also) target.also.add(mark.also);
  }
  return entries;
}

export function buildIndex(marks: readonly PlacedMark[], lang: string, symbolsLabel: string): BookIndex {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const compare = (a: Draft, b: Draft) => collator.compare(sortText(a.sort), sortText(b.sort)) || collator.compare(a.text, b.text);
  const slugger = new GithubSlugger();
  const finish = (d: Draft, prefix: string): IndexEntry => ({
    id: `${prefix}-${slugger.slug(d.text) || 'entry'}`,
    text: d.text,
    code: d.code,
    ...(d.since ? { since: d.since } : {}),
    ...(d.removed ? { removed: d.removed } : {}),
    places: d.places,
    see: [...d.see],
    also: [...d.also],
    subentries: [...d.subentries.values()].sort(compare).map((s) => finish(s, prefix)),
  });

  const terms = [...gather(marks.filter((m) => m.kind === 'term'), (m) => m.term, lang).values()].sort(compare);
  const byLetter = new Map<string, Draft[]>();
  for (const entry of terms) {
    const letter = letterOf(entry.sort, lang);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  const letters = [...byLetter.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : collator.compare(a, b)));
  const termGroups = letters.map((letter) => ({
    label: letter || symbolsLabel,
    id: `index-${letter === '' ? 'symbols' : slugger.slug(letter) || 'letter'}`,
    entries: (byLetter.get(letter) ?? []).map((d) => finish(d, 'index')),
  }));

  // The API: one group per module, each name under the rest of its path ("TaskGroup.create_task").
  const apiMarks = marks.filter((m) => m.kind === 'api');
  const known = new Set(apiMarks.flatMap((m) => (m.module ? [m.module] : [])));
  // A name the interpreter lacks goes under the longest module the book's other names show it is in.
  const moduleOf = (m: PlacedMark) => m.module ?? m.term.split('.').map((_, i, parts) => parts.slice(0, parts.length - 1 - i).join('.')).find((prefix) => known.has(prefix)) ?? m.term.split('.')[0]!;
  const modules = new Map<string, PlacedMark[]>();
  for (const mark of apiMarks) {
    const module = moduleOf(mark);
    modules.set(module, [...(modules.get(module) ?? []), mark]);
  }
  const api = [...modules.keys()]
    .sort((a, b) => collator.compare(a, b))
    .map((module) => {
      const rest = (m: PlacedMark) => (m.term === module ? module : m.term.slice(module.length + 1));
      const entries = [...gather(modules.get(module)!, rest, lang).values()].sort((a, b) => (a.text === module ? -1 : b.text === module ? 1 : compare(a, b)));
      return { label: module, id: `api-${slugger.slug(module)}`, entries: entries.map((d) => finish(d, 'api')) };
    });
  return { terms: termGroups, api };
}

/** Every entry of the index with its id, to resolve "see" and "see also" references. */
export function entriesByText(index: BookIndex, lang: string): Map<string, IndexEntry> {
  const map = new Map<string, IndexEntry>();
  for (const group of index.terms) for (const entry of group.entries) map.set(entry.text.toLocaleLowerCase(lang), entry);
  return map;
}
