// The index as HTML, shared by every format: the terms by letter, then the
// Python API by module. On screen each place is a link labelled with the
// number of its section ("2.3"); in print each is a link waiting for the
// folio of its page, which the PDF renderer fills in after layout and folds
// into ranges (see render/pdf/render.ts).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { HrefFor } from '../plugins/rehype-resolve-hrefs.ts';
import { format, type Strings } from '../strings.ts';
import type { BookIndex, IndexEntry, IndexGroup, IndexPlace } from './entries.ts';

export interface IndexRenderOptions {
  hrefFor: HrefFor;
  /** How a place is shown: by its section's number (site, EPUB) or by its page (PDF). */
  places: 'section' | 'page';
  /** The text a page link holds while the pages are laid out (the PDF's placeholder folio). */
  placeholder?: string;
  /** Turns an id of the index itself into an href (the PDF prefixes its ids). */
  localHref?: (id: string) => string;
  strings: Strings;
  lang: string;
}

/** One link per section (site, EPUB) or per paragraph (print: the rest are folded by page after layout). */
function distinct(places: readonly IndexPlace[], by: 'section' | 'page'): IndexPlace[] {
  const seen = new Set<string>();
  return places.filter((place) => {
    const key = by === 'section' ? `${place.chapter} ${place.section}` : `${place.chapter} ${place.block}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function placeLinks(places: readonly IndexPlace[], options: IndexRenderOptions): ElementContent[] {
  const links = distinct(places, options.places).map((place) =>
    options.places === 'page'
      ? h('a', { href: options.hrefFor({ chapter: place.chapter, id: place.id }), dataFolio: options.placeholder ?? '' })
      : h('a', { href: options.hrefFor({ chapter: place.chapter, id: place.id }) }, place.section),
  );
  if (links.length === 0) return [];
  // In print each separator is an element of its own, for the folding into ranges after layout to drop or turn into a dash.
  const separator = () => (options.places === 'page' ? h('span', { className: ['index-sep'] }, ', ') : ', ');
  return [h('span', { className: ['index-places'] }, links.flatMap((link, i) => (i === 0 ? [link] : [separator(), link])))];
}

function references(kind: 'see' | 'also', targets: readonly string[], known: ReadonlyMap<string, IndexEntry>, options: IndexRenderOptions): ElementContent[] {
  if (targets.length === 0) return [];
  const localHref = options.localHref ?? ((id: string) => `#${id}`);
  const words = targets.flatMap((target, i) => {
    const entry = known.get(target.toLocaleLowerCase(options.lang));
    const link = entry ? h('a', { href: localHref(entry.id) }, target) : target;
    return i === 0 ? [link] : ['; ', link];
  });
  return [h('span', { className: ['index-see'] }, [h('em', kind === 'see' ? options.strings.indexSee : options.strings.indexSeeAlso), ' ', ...words])];
}

function entryItem(entry: IndexEntry, known: ReadonlyMap<string, IndexEntry>, options: IndexRenderOptions): Element {
  const term: (ElementContent | string)[] = [entry.code ? h('code', entry.text) : entry.text];
  if (entry.since) term.push(' ', h('span', { className: ['index-version'] }, `(${entry.since})`));
  if (entry.removed) term.push(' ', h('span', { className: ['index-version'] }, `(${format(options.strings.indexRemoved, { v: entry.removed })})`));
  const places = placeLinks(entry.places, options);
  const see = references('see', entry.see, known, options);
  const also = references('also', entry.also, known, options);
  const line: (ElementContent | string)[] = [h('span', { className: ['index-term'] }, term)];
  // "term 12, 40", "term, see other", "term 12; see also other"
  if (places.length > 0) line.push(' ', ...places);
  if (see.length > 0) line.push(places.length > 0 ? '; ' : ', ', ...see);
  if (also.length > 0) line.push(places.length > 0 || see.length > 0 ? '; ' : ', ', ...also);
  const sub = entry.subentries.length > 0 ? [h('ul', { className: ['index-subentries'] }, entry.subentries.map((s) => entryItem(s, known, options)))] : [];
  return h('li', { id: entry.id, className: ['index-entry'] }, [h('span', { className: ['index-line'] }, line), ...sub]);
}

function group(g: IndexGroup, headingTag: 'h2' | 'h3', known: ReadonlyMap<string, IndexEntry>, options: IndexRenderOptions, code: boolean): Element {
  return h('section', { className: ['index-group'], ariaLabelledBy: g.id }, [
    h(headingTag, { id: g.id, className: ['index-letter'] }, code ? [h('code', g.label)] : g.label),
    h('ul', { className: ['index-entries'] }, g.entries.map((e) => entryItem(e, known, options))),
  ]);
}

/** The index's body, below its title: the terms' letter groups, then the Python API's module groups. */
export function indexBody(index: BookIndex, known: ReadonlyMap<string, IndexEntry>, options: IndexRenderOptions): Element[] {
  const body: Element[] = [];
  if (index.terms.length > 0) body.push(h('div', { className: ['index-columns'] }, index.terms.map((g) => group(g, 'h2', known, options, false))));
  if (index.api.length > 0) {
    body.push(
      h('h2', { id: 'index-python-api', className: ['index-part'] }, options.strings.indexApi),
      h('div', { className: ['index-columns', 'index-api'] }, index.api.map((g) => group(g, 'h3', known, options, true))),
    );
  }
  return body;
}
