// The PDF's structure tree (its tags), made ready for PDF/UA from what
// Chromium writes. Chromium tags one structure element per accessible node:
// every generic box and every run of text becomes a NonStruct (tens of
// thousands in a book, many empty), emphasis is PDF 2.0's Em and Strong
// without a RoleMap for a PDF 1.7 reader, and code is one Code element whose
// indentation is drawn as positions, with no space glyphs a reader could read.
// Here:
//
// - each code line (a Figure named by rehype-figure-tags.ts) becomes a Code
//   element with the line's own text as /ActualText, leading spaces kept, and
//   the wrappers Chromium made around the lines go;
// - a NonStruct gives its contents to its parent and goes (one carrying a
//   language or attributes stays, as a Div or Span); an element left with no
//   content goes;
// - a list item's body is an LBody beside its Lbl;
// - a /RoleMap maps every type that is not a PDF 1.7 standard type to one;
// - the ParentTree, which maps each piece of marked content back to its
//   element, is rebuilt from the tree.
//
// The page content streams are untouched: marked content keeps its MCID, only
// the elements that own it change.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { LINE_PREFIX } from './rehype-figure-tags.ts';

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_TYPES = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** PDF 2.0 types Chromium writes, as the PDF 1.7 types closest to them. */
const ROLES: Readonly<Record<string, string>> = {
  Em: 'Span', Strong: 'Span', Sub: 'Span', Mark: 'Span', Aside: 'Div', Title: 'P', FENote: 'Note', DocumentFragment: 'Div', Article: 'Art',
};

/** Marked content: an MCID on a page, or a marked-content or object reference (a dictionary). */
interface Content {
  content: PDFNumber | PDFDict | PDFRef;
  page: PDFRef | undefined;
}
interface Element {
  ref: PDFRef;
  dict: PDFDict;
  type: string;
  kids: (Element | Content)[];
}
const isElement = (kid: Element | Content): kid is Element => 'ref' in kid;

const name = (object: PDFObject | undefined) => (object instanceof PDFName ? object.decodeText() : undefined);
const text = (object: PDFObject | undefined) => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined);

/** A code line's text from the name rehype-figure-tags.ts gave it, with its key. */
export function decodeLine(alt: string): { key: string; text: string } | undefined {
  const match = new RegExp(`^${LINE_PREFIX}([^:]*):(.*)$`, 's').exec(alt);
  if (!match) return undefined;
  try {
    return { key: decodeURIComponent(match[1]!), text: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}

function read(doc: PDFDocument, ref: PDFRef): Element {
  const dict = doc.context.lookup(ref, PDFDict);
  const page = dict.get(PDFName.of('Pg'));
  const own = page instanceof PDFRef ? page : undefined;
  const k = dict.get(PDFName.of('K'));
  const raw = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
  const kids = raw.map((kid): Element | Content => {
    if (kid instanceof PDFNumber) return { content: kid, page: own };
    if (kid instanceof PDFRef) {
      const target = doc.context.lookup(kid);
      if (target instanceof PDFDict && target.has(PDFName.of('S'))) return read(doc, kid);
      if (target instanceof PDFDict) {
        const pg = target.get(PDFName.of('Pg'));
        return { content: kid, page: pg instanceof PDFRef ? pg : own };
      }
    }
    if (kid instanceof PDFDict) {
      const pg = kid.get(PDFName.of('Pg'));
      return { content: kid, page: pg instanceof PDFRef ? pg : own };
    }
    throw new Error(`unexpected kid in the structure tree: ${String(kid)}`);
  });
  return { ref, dict, type: name(dict.get(PDFName.of('S'))) ?? 'NonStruct', kids };
}

/** Chromium's line Figures become Code with the line as /ActualText; a line's second part, on the next page, reads as nothing. */
function tagCodeLines(element: Element, seen: Set<string>): void {
  if (element.type === 'Figure') {
    const line = decodeLine(text(element.dict.get(PDFName.of('Alt'))) ?? '');
    if (line) {
      element.type = 'Code';
      element.dict.delete(PDFName.of('Alt'));
      element.dict.set(PDFName.of('ActualText'), PDFHexString.fromText(seen.has(line.key) ? '' : line.text));
      seen.add(line.key);
      return;
    }
  }
  for (const kid of element.kids) if (isElement(kid)) tagCodeLines(kid, seen);
}

const isCodeLine = (kid: Element | Content) => isElement(kid) && kid.type === 'Code' && kid.dict.has(PDFName.of('ActualText'));

/** Types whose kids are elements of set types only (rows, list items), never content of their own. */
const CONTAINERS = new Set(['Table', 'THead', 'TBody', 'TFoot', 'TR', 'L']);

/**
 * What an element gives its parent: itself, its kids if it is a wrapper that
 * goes, or nothing if it is empty. A NonStruct holding content in a table or
 * list, where content cannot stand on its own, stays.
 */
function tidy(element: Element, removed: PDFRef[], parent = 'Document'): (Element | Content)[] {
  element.kids = element.kids.flatMap((kid) => (isElement(kid) ? tidy(kid, removed, element.type) : [kid]));
  const keeps = CONTAINERS.has(parent) || ['Lang', 'A', 'Alt', 'ActualText', 'E', 'ID'].some((key) => element.dict.has(PDFName.of(key)));
  // Chromium's Code for a block's <code>, around the lines' own Code elements.
  const wrapper = (element.type === 'NonStruct' && !keeps) || (element.type === 'Code' && element.kids.some(isCodeLine));
  if (element.kids.length === 0 || wrapper) {
    removed.push(element.ref);
    return element.kids;
  }
  if (element.type === 'NonStruct' && !CONTAINERS.has(parent)) element.type = element.kids.some(isElement) ? 'Div' : 'Span';
  return [element];
}

/** A list item's contents after its label go into an LBody of its own. */
function listBodies(doc: PDFDocument, element: Element): void {
  for (const kid of element.kids) if (isElement(kid)) listBodies(doc, kid);
  if (element.type !== 'LI') return;
  const start = element.kids.findIndex((kid) => !(isElement(kid) && kid.type === 'Lbl'));
  if (start === -1 || element.kids.slice(start).every((kid) => isElement(kid) && kid.type === 'LBody')) return;
  const dict = doc.context.obj({ Type: 'StructElem', S: 'LBody' });
  const body: Element = { ref: doc.context.register(dict), dict, type: 'LBody', kids: element.kids.slice(start) };
  element.kids = [...element.kids.slice(0, start), body];
}

/** Writes the tree back: each element's type, parent, page and kids; MCIDs on another page than the element's become references. */
function write(doc: PDFDocument, element: Element, parent: PDFRef): void {
  const { dict } = element;
  dict.set(PDFName.of('S'), PDFName.of(element.type));
  dict.set(PDFName.of('P'), parent);
  const pages = element.kids.flatMap((kid) => (!isElement(kid) && kid.page ? [kid.page] : []));
  const own = dict.get(PDFName.of('Pg'));
  const page = own instanceof PDFRef ? own : pages[0];
  if (page) dict.set(PDFName.of('Pg'), page);
  else dict.delete(PDFName.of('Pg'));
  const kids = element.kids.map((kid): PDFObject => {
    if (isElement(kid)) {
      write(doc, kid, element.ref);
      return kid.ref;
    }
    if (kid.content instanceof PDFNumber && kid.page !== page) return doc.context.obj({ Type: 'MCR', Pg: kid.page ?? null, MCID: kid.content });
    return kid.content;
  });
  dict.set(PDFName.of('K'), doc.context.obj(kids));
}

/** The number tree's entries, flattened (Chromium writes one level; a tree with /Kids is read too). */
export function numberTree(doc: PDFDocument, node: PDFDict | undefined, into = new Map<number, PDFObject>()): Map<number, PDFObject> {
  const nums = node?.lookup(PDFName.of('Nums'));
  if (nums instanceof PDFArray) for (let i = 0; i + 1 < nums.size(); i += 2) into.set((nums.get(i) as PDFNumber).asNumber(), nums.get(i + 1));
  const kids = node?.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) numberTree(doc, doc.context.lookupMaybe(kid, PDFDict), into);
  return into;
}

/**
 * The ParentTree, rebuilt: each page's marked content and each annotation,
 * mapped to the element that now owns it. A page's array keeps the indirect
 * object it had, so the file has no orphans.
 */
function parentTree(doc: PDFDocument, root: Element, old: Map<number, PDFObject>): PDFDict {
  const keyOf = (ref: PDFRef | undefined, entry: string) => {
    const value = ref ? doc.context.lookup(ref, PDFDict).get(PDFName.of(entry)) : undefined;
    return value instanceof PDFNumber ? value.asNumber() : undefined;
  };
  const pages = new Map<number, PDFRef[]>();
  const objects = new Map<number, PDFRef>();
  const visit = (element: Element) => {
    for (const kid of element.kids) {
      if (isElement(kid)) {
        visit(kid);
        continue;
      }
      const content = kid.content instanceof PDFRef ? doc.context.lookup(kid.content, PDFDict) : kid.content;
      const mcid = content instanceof PDFNumber ? content : content.get(PDFName.of('MCID'));
      const obj = content instanceof PDFDict ? content.get(PDFName.of('Obj')) : undefined;
      if (mcid instanceof PDFNumber) {
        const key = keyOf(kid.page, 'StructParents');
        if (key === undefined) continue;
        const owners = pages.get(key) ?? [];
        owners[mcid.asNumber()] = element.ref;
        pages.set(key, owners);
      } else if (obj instanceof PDFRef) {
        const key = keyOf(obj, 'StructParent');
        if (key !== undefined) objects.set(key, element.ref);
      }
    }
  };
  visit(root);
  const entries: [number, PDFObject][] = [...objects];
  for (const [key, owners] of pages) {
    const array = doc.context.obj(Array.from(owners, (owner) => owner ?? PDFNull));
    const was = old.get(key);
    if (was instanceof PDFRef) doc.context.assign(was, array);
    entries.push([key, was instanceof PDFRef ? was : array]);
  }
  for (const [key, was] of old) if (was instanceof PDFRef && !pages.has(key) && !(doc.context.lookup(was) instanceof PDFDict)) doc.context.delete(was);
  entries.sort(([a], [b]) => a - b);
  return doc.context.obj({ Nums: entries.flatMap(([key, value]) => [PDFNumber.of(key), value]) });
}

export interface StructureSummary {
  /** Elements removed: empty, or wrappers whose contents moved to their parent. */
  removed: number;
  /** Code lines given their text as /ActualText. */
  codeLines: number;
  /** The RoleMap written: each non-standard type and the standard type it maps to. */
  roleMap: Record<string, string>;
}

export function tagForAccessibility(doc: PDFDocument): StructureSummary {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return { removed: 0, codeLines: 0, roleMap: {} };
  const top = root.get(PDFName.of('K'));
  const tops = (top instanceof PDFArray ? top.asArray() : [top]).filter((kid): kid is PDFRef => kid instanceof PDFRef);
  const rootRef = doc.context.getObjectRef(root);
  if (!rootRef) throw new Error('the StructTreeRoot is not an indirect object');
  const elements = tops.map((ref) => read(doc, ref));
  const seen = new Set<string>();
  for (const element of elements) tagCodeLines(element, seen);
  const removed: PDFRef[] = [];
  const kept = elements.flatMap((element) => tidy(element, removed)).filter(isElement);
  const document: Element = kept.length === 1 && kept[0]!.type === 'Document' ? kept[0]! : { ref: rootRef, dict: root, type: 'Document', kids: kept };
  listBodies(doc, document);
  for (const element of kept) write(doc, element, rootRef);
  root.set(PDFName.of('K'), doc.context.obj(kept.map((element) => element.ref)));
  const old = root.get(PDFName.of('ParentTree'));
  const tree = parentTree(doc, document, numberTree(doc, doc.context.lookupMaybe(old, PDFDict)));
  if (old instanceof PDFRef) doc.context.assign(old, tree);
  else root.set(PDFName.of('ParentTree'), doc.context.register(tree));
  for (const ref of removed) doc.context.delete(ref);

  const types = new Set<string>();
  const collect = (element: Element) => {
    types.add(element.type);
    for (const kid of element.kids) if (isElement(kid)) collect(kid);
  };
  for (const element of kept) collect(element);
  const roleMap = Object.fromEntries([...types].filter((type) => !STANDARD_TYPES.has(type)).sort().map((type) => [type, ROLES[type] ?? 'Span']));
  if (Object.keys(roleMap).length > 0) root.set(PDFName.of('RoleMap'), doc.context.obj(Object.fromEntries(Object.entries(roleMap).map(([from, to]) => [from, PDFName.of(to)]))));
  return { removed: removed.length, codeLines: seen.size, roleMap };
}

/**
 * Renames Chromium's structure IDs (node123) everywhere they stand: on the
 * elements (/ID), in table cells' /Headers, and as keys of name trees (the
 * IDTree). `rename` is given every such ID on an element, sorted, and maps
 * each to its new name; an ID it leaves out stays as it was.
 */
export function renameStructureIds(doc: PDFDocument, rename: (ids: string[]) => ReadonlyMap<string, string>): void {
  const named: PDFDict[] = [];
  const keys: PDFArray[] = [];
  const headers: PDFArray[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const id = object.get(PDFName.of('ID'));
    if (id instanceof PDFString && /^node\d+$/.test(id.asString())) named.push(object);
    const names = object.get(PDFName.of('Names'));
    if (names instanceof PDFArray) keys.push(names);
    const attributes = object.lookup(PDFName.of('A'));
    for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : attributes ? [attributes] : []) {
      const cells = doc.context.lookup(attribute);
      const list = cells instanceof PDFDict ? cells.lookup(PDFName.of('Headers')) : undefined;
      if (list instanceof PDFArray) headers.push(list);
    }
  }
  const idOf = (element: PDFDict) => (element.get(PDFName.of('ID')) as PDFString).asString();
  const renamed = rename([...new Set(named.map(idOf))].sort());
  const renameIn = (list: PDFArray, step: number) => {
    for (let i = 0; i < list.size(); i += step) {
      const id = list.get(i);
      const to = id instanceof PDFString ? renamed.get(id.asString()) : undefined;
      if (to !== undefined) list.set(i, PDFString.of(to));
    }
  };
  for (const element of named) {
    const to = renamed.get(idOf(element));
    if (to !== undefined) element.set(PDFName.of('ID'), PDFString.of(to));
  }
  for (const list of headers) renameIn(list, 1);
  // A name tree's array alternates keys and values.
  for (const list of keys) renameIn(list, 2);
}
