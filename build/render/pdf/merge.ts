// The book's PDF joined from the PDFs its parts were printed to, one by
// one, so a part that did not change is not printed again. Each part is a
// whole tagged PDF of Chromium's; joined here are what span the parts:
//
// - the pages, in order, each with its annotations and marked content;
// - one structure tree: a Document element holding every part's elements
//   (each part's tags already made ready by structure.ts), one ParentTree
//   whose keys count on from the parts before, one RoleMap, and one IDTree
//   whose names carry their part, so two parts' IDs never meet;
// - the bookmarks, made here from every part's headings and their places;
// - the named destinations, and the links that leave their part: printed
//   as a URI (see LINK_OUT), they become links to a destination here, at
//   the place the part holding their target measured while it was printed.
import { numberTree, renameStructureIds, tagForAccessibility } from './structure.ts';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFString, type PDFObject, type PDFRef } from 'pdf-lib';

/** Where a link to another part points while its part is printed; its target's id follows. */
export const LINK_OUT = 'https://part.invalid/#';

/** A place in a part's pages: the page (0-based, in that part) and the point, in PDF points from the page's top left. */
export type Place = [page: number, x: number, y: number];

/** A heading, as a bookmark: its level (1 to 3), its text and its place. */
export interface Bookmark {
  level: number;
  title: string;
  place: Place;
}

export interface PrintedPart {
  /** The part's PDF: the document tagPart made ready, or the one readPart read back from the cache. */
  doc: PDFDocument;
  /** The places of this part's elements that links in other parts point to, by id. */
  places: Record<string, Place>;
  /** Its headings, in order. */
  outline: Bookmark[];
}

const key = (name: string) => PDFName.of(name);

/** Stands for the book's Document element in a part's ParentTree until there is one. */
const DOCUMENT = PDFName.of('BookDocument');

/** Adds n to a dictionary's integer entry, if it has one. */
function shift(dict: PDFDict, entry: string, n: number): void {
  const value = dict.get(key(entry));
  if (value instanceof PDFNumber) dict.set(key(entry), PDFNumber.of(value.asNumber() + n));
}

/**
 * Readies a part's document to be copied from: its pages' and annotations'
 * ParentTree keys counted on from `base`, its structure IDs named for the
 * part, and the ties from its top elements and bookmarks up to their roots
 * cut, so that copying them does not bring the part's whole roots along.
 * Returns what the part adds to the book's roots.
 */
function prepare(src: PDFDocument, part: number, base: number) {
  const { context, catalog } = src;
  for (const page of src.getPages()) {
    shift(page.node, 'StructParents', base);
    const annots = page.node.lookup(key('Annots'));
    if (annots instanceof PDFArray) for (const annot of annots.asArray()) shift(context.lookup(annot, PDFDict), 'StructParent', base);
  }
  // Chromium's IDs (node123) become node<part><id>, both padded, so names sort by part, then as Chromium counted.
  renameStructureIds(src, (ids) => new Map(ids.map((id) => [id, `node${String(part).padStart(3, '0')}${id.slice(4).padStart(12, '0')}`])));
  const root = catalog.lookupMaybe(key('StructTreeRoot'), PDFDict);
  const top = root?.lookup(key('K'));
  const documentRefs = top instanceof PDFArray ? top.asArray() : top ? [top] : [];
  const elements: PDFObject[] = [];
  let lang: PDFObject | undefined;
  for (const document of documentRefs.map((ref) => context.lookup(ref, PDFDict))) {
    lang ??= document.get(key('Lang'));
    const k = document.get(key('K'));
    for (const kid of k instanceof PDFArray ? k.asArray() : k ? [k] : []) {
      const element = context.lookup(kid);
      if (element instanceof PDFDict && element.has(key('S'))) element.delete(key('P'));
      // Content right under the Document keeps its page, which the book's Document does not share.
      elements.push(kid instanceof PDFNumber ? context.obj({ Type: 'MCR', Pg: document.get(key('Pg')) ?? null, MCID: kid }) : kid);
    }
  }
  const ids: [string, PDFObject][] = [];
  const collectIds = (node: PDFDict | undefined) => {
    const names = node?.lookup(key('Names'));
    if (names instanceof PDFArray) for (let i = 0; i + 1 < names.size(); i += 2) ids.push([(names.get(i) as PDFString).asString(), names.get(i + 1)]);
    const kids = node?.lookup(key('Kids'));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) collectIds(context.lookupMaybe(kid, PDFDict));
  };
  collectIds(root?.lookupMaybe(key('IDTree'), PDFDict));
  const parents = [...numberTree(src, root?.lookupMaybe(key('ParentTree'), PDFDict))].map(([n, owners]): [number, PDFObject] => [n + base, owners]);
  // Content the part's Document owns is the book's Document's: named here, put in after copying (a copy of the part's would bring its roots along).
  for (const [, owners] of parents) {
    const list = context.lookup(owners);
    if (!(list instanceof PDFArray)) continue;
    for (let i = 0; i < list.size(); i++) if (documentRefs.includes(list.get(i))) list.set(i, DOCUMENT);
  }
  const roles = root?.lookupMaybe(key('RoleMap'), PDFDict)?.entries() ?? [];
  const nextKey = root?.get(key('ParentTreeNextKey'));
  const dests = catalog.lookupMaybe(key('Dests'), PDFDict);
  return {
    elements,
    lang,
    ids,
    parents,
    roles,
    keys: nextKey instanceof PDFNumber ? nextKey.asNumber() : 0,
    dests: dests ? dests.entries() : [],
  };
}

/** A part's PDF read back. pdf-lib yields to the event loop every 50 to 100 objects unless told otherwise; nothing else runs meanwhile. */
export const readPart = (pdf: Uint8Array): Promise<PDFDocument> => PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

/** A part's PDF as Chromium printed it, with its tags made ready (structure.ts), which is what a part's cache keeps. */
export async function tagPart(printed: Uint8Array): Promise<{ pdf: Uint8Array; doc: PDFDocument }> {
  const doc = await readPart(printed);
  tagForAccessibility(doc);
  return { pdf: await doc.save({ objectsPerTick: Infinity, useObjectStreams: false }), doc };
}

/** The parts' PDFs (each from tagPart) as one document, ready for finish.ts. */
export async function mergeParts(parts: readonly PrintedPart[]): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const { context } = out;
  const elements: PDFObject[] = [];
  const ids: [string, PDFObject][] = [];
  const parents: [number, PDFObject][] = [];
  const roles = new Map<string, PDFObject>();
  const bookmarks: { level: number; title: string; dest: PDFObject }[] = [];
  const dests = new Map<string, PDFObject>();
  const linksOut: { annot: PDFDict; id: string }[] = [];
  const places = new Map<string, { page: PDFRef; height: number; x: number; y: number }>();
  let keys = 0;
  let lang: PDFObject | undefined;
  for (const [i, part] of parts.entries()) {
    const { doc: src } = part;
    const from = prepare(src, i, keys);
    keys += from.keys;
    lang ??= from.lang;
    const copier = PDFObjectCopier.for(src.context, context);
    const pages = src.getPages().map((page) => {
      const ref = copier.copy(page.ref) as PDFRef;
      const leaf = context.lookup(ref);
      if (!(leaf instanceof PDFPageLeaf)) throw new Error(`page ${ref.toString()} of part ${i} did not copy as a page`);
      const copied = PDFPage.of(leaf, ref, out);
      out.addPage(copied);
      return copied;
    });
    for (const page of pages) {
      const annots = page.node.lookup(key('Annots'));
      for (const annot of annots instanceof PDFArray ? annots.asArray() : []) {
        const dict = context.lookup(annot, PDFDict);
        const action = dict.lookup(key('A'));
        const uri = action instanceof PDFDict ? action.lookup(key('URI')) : undefined;
        if (uri instanceof PDFString && uri.asString().startsWith(LINK_OUT)) linksOut.push({ annot: dict, id: decodeURIComponent(uri.asString().slice(LINK_OUT.length)) });
      }
    }
    elements.push(...from.elements.map((element) => copier.copy(element)));
    ids.push(...from.ids.map(([id, element]): [string, PDFObject] => [id, copier.copy(element)]));
    parents.push(...from.parents.map(([n, owners]): [number, PDFObject] => [n, copier.copy(owners)]));
    for (const [from_, to] of from.roles) roles.set(from_.decodeText(), to);
    for (const { level, title, place } of part.outline) {
      const [page, x, y] = place;
      const target = pages[page];
      if (target) bookmarks.push({ level, title, dest: context.obj([target.ref, PDFName.of('XYZ'), x, target.getHeight() - y, 0]) });
    }
    for (const [name, dest] of from.dests) dests.set(name.decodeText(), copier.copy(dest));
    for (const [id, [page, x, y]] of Object.entries(part.places)) {
      const target = pages[page];
      if (target) places.set(id, { page: target.ref, height: target.getHeight(), x, y });
    }
  }

  // Links out of their part point to a named destination, as Chromium's own links do.
  const missing = new Set<string>();
  for (const { annot, id } of linksOut) {
    if (!dests.has(id)) {
      const place = places.get(id);
      if (!place) {
        missing.add(id);
        continue;
      }
      dests.set(id, context.obj([place.page, PDFName.of('XYZ'), place.x, place.height - place.y, 0]));
    }
    annot.delete(key('A'));
    annot.set(key('Dest'), PDFName.of(id));
  }
  if (missing.size > 0) throw new Error(`no part of the PDF holds the target of the links to ${[...missing].map((id) => `#${id}`).join(', ')}`);

  const { catalog } = out;
  const rootRef = context.nextRef();
  const document = context.register(context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: elements, ...(lang ? { Lang: lang } : {}) }));
  for (const element of elements) {
    const dict = context.lookup(element);
    if (dict instanceof PDFDict && dict.has(key('S'))) dict.set(key('P'), document);
  }
  for (const [, owners] of parents) {
    const list = context.lookup(owners);
    if (list instanceof PDFArray) for (let i = 0; i < list.size(); i++) if (list.get(i) === DOCUMENT) list.set(i, document);
  }
  ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: document,
      ParentTree: context.obj({ Nums: parents.flatMap(([n, owners]) => [PDFNumber.of(n), owners]) }),
      ...(roles.size > 0 ? { RoleMap: context.obj(Object.fromEntries([...roles].sort(([a], [b]) => (a < b ? -1 : 1)))) } : {}),
      ParentTreeNextKey: keys,
      ...(ids.length > 0 ? { IDTree: context.register(context.obj({ Names: ids.flatMap(([id, element]) => [PDFString.of(id), element]) })) } : {}),
    }),
  );
  catalog.set(key('StructTreeRoot'), rootRef);
  catalog.set(key('MarkInfo'), context.obj({ Type: 'MarkInfo', Marked: true }));
  if (dests.size > 0) catalog.set(key('Dests'), context.register(context.obj(Object.fromEntries([...dests].sort(([a], [b]) => (a < b ? -1 : 1))))));
  if (bookmarks.length > 0) catalog.set(key('Outlines'), outline(out, bookmarks));
  return out;
}

/**
 * The outline (bookmarks) from the headings in order: each heading under the
 * last one of a higher level before it, every item open.
 */
function outline(doc: PDFDocument, headings: { level: number; title: string; dest: PDFObject }[]): PDFRef {
  const { context } = doc;
  interface Item {
    ref: PDFRef;
    dict: PDFDict;
    level: number;
    kids: Item[];
  }
  const root: Item = { ref: context.nextRef(), dict: context.obj({ Type: 'Outlines' }), level: 0, kids: [] };
  const open: Item[] = [root];
  for (const { level, title, dest } of headings) {
    while (open.length > 1 && open.at(-1)!.level >= level) open.pop();
    const item: Item = { ref: context.nextRef(), dict: context.obj({ Title: PDFHexString.fromText(title), Dest: dest }), level, kids: [] };
    open.at(-1)!.kids.push(item);
    open.push(item);
  }
  // Writes an item's kids under it; returns how many items it holds, all shown.
  const write = (item: Item): number => {
    let count = 0;
    item.kids.forEach((kid, i) => {
      kid.dict.set(key('Parent'), item.ref);
      if (i > 0) kid.dict.set(key('Prev'), item.kids[i - 1]!.ref);
      if (i + 1 < item.kids.length) kid.dict.set(key('Next'), item.kids[i + 1]!.ref);
      count += 1 + write(kid);
      context.assign(kid.ref, kid.dict);
    });
    if (item.kids.length > 0) {
      item.dict.set(key('First'), item.kids[0]!.ref);
      item.dict.set(key('Last'), item.kids.at(-1)!.ref);
      item.dict.set(key('Count'), PDFNumber.of(count));
    }
    return count;
  };
  write(root);
  context.assign(root.ref, root.dict);
  return root.ref;
}
