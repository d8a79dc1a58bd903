// What Chromium's PDF lacks and a book needs: the cover, author, subject, keywords,
// language and dates from book.yaml, and page labels, so a viewer's page box
// shows "iv" or "112" exactly as printed on the page.
import { beginMarkedContent, endMarkedContent, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Book } from '../../model.ts';
import { renameStructureIds } from './structure.ts';
import { setXmp } from './xmp.ts';

/** Where each numbering starts, as physical page indexes (0-based). */
export interface PageNumbering {
  /** Pages before the front matter (the cover), labelled by name. */
  cover: number;
  /** First page numbered in roman. */
  front: number;
  /** First page of the first chapter, numbered 1. */
  body: number;
}

/** The bookmarks' titles in document order: the contents, then each chapter and its sections. */
function bookmarkTitles(book: Book): string[] {
  const { terms, api } = book.index;
  const index = terms.length + api.length > 0 ? [book.strings.index, ...terms.map((g) => g.label), ...(api.length > 0 ? [book.strings.indexApi, ...api.map((g) => g.label)] : [])] : [];
  return [book.strings.contents, ...book.chapters.flatMap((c) => [`${c.number} ${c.title}`, ...c.headings.slice(1).map((h) => `${h.number} ${h.text}`)]), ...index];
}

/** A title as Chromium lays it out and as the model writes it, compared without spaces and numbers. */
const squashed = (title: string) => title.replace(/^[\d.]+\s+/, '').replace(/\s+/g, '');

/**
 * Chromium titles each bookmark with its heading's laid-out text, which
 * loses the space where a long title wraps ("AsynchronousProgramming") and
 * keeps the opener's styled label; the model knows the real titles. Each
 * bookmark takes the next model title that reads the same; one the model
 * does not know keeps Chromium's title.
 */
function retitleBookmarks(doc: PDFDocument, titles: string[]): void {
  const items: PDFDict[] = [];
  const walk = (first: unknown) => {
    for (let item = first; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      items.push(item);
      walk(item.lookup(PDFName.of('First')));
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')));
  let next = 0;
  for (const item of items) {
    const own = item.lookup(PDFName.of('Title'));
    const text = own instanceof PDFHexString || own instanceof PDFString ? squashed(own.decodeText()) : '';
    const found = titles.findIndex((title, i) => i >= next && squashed(title) === text);
    if (found === -1) continue;
    item.set(PDFName.of('Title'), PDFHexString.fromText(titles[found]!));
    next = found + 1;
  }
}

/**
 * Chromium names tagged structure elements after Blink's DOM node ids, which
 * count every node the page ever made, images' own documents included, so
 * they shift with load timing. Renamed in the same order, the IDs (and the
 * IDTree that maps them, which stays sorted) are the same in every build;
 * so are the table cells' /Headers, which name their header cells by ID.
 */
function renumberStructureIds(doc: PDFDocument): void {
  renameStructureIds(doc, (ids) => new Map(ids.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`])));
  // A name tree's leaves and branches state the first and last name below
  // them (/Limits); Chromium's still name its own IDs, so they are stated again.
  const limits = (node: PDFDict): [string, string] | undefined => {
    const names = node.lookup(PDFName.of('Names'));
    const kids = node.lookup(PDFName.of('Kids'));
    let range: [string, string] | undefined;
    if (names instanceof PDFArray && names.size() > 0) {
      range = [(names.get(0) as PDFString).asString(), (names.get(names.size() - 2) as PDFString).asString()];
    } else if (kids instanceof PDFArray) {
      const ranges = kids.asArray().flatMap((kid) => {
        const dict = doc.context.lookup(kid);
        return dict instanceof PDFDict ? [limits(dict)].filter((r): r is [string, string] => r !== undefined) : [];
      });
      if (ranges.length > 0) range = [ranges[0]![0], ranges.at(-1)![1]];
    }
    if (range && node.has(PDFName.of('Limits'))) node.set(PDFName.of('Limits'), doc.context.obj([PDFString.of(range[0]), PDFString.of(range[1])]));
    return range;
  };
  const structure = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  const tree = structure instanceof PDFDict ? structure.lookup(PDFName.of('IDTree')) : undefined;
  if (tree instanceof PDFDict) limits(tree);
}

export async function finishPdf(doc: PDFDocument, book: Book, numbering: PageNumbering, cover: Uint8Array, id: string): Promise<Uint8Array> {
  // Drawn onto the print document's empty first page, so the page tree, tags and bookmarks stay as Chromium wrote them.
  // An artifact: untagged, as the title page after it says the same in text.
  const [art] = await doc.embedPdf(cover, [0]);
  const first = doc.getPage(0);
  if (art) {
    first.pushOperators(beginMarkedContent('Artifact'));
    first.drawPage(art, { x: 0, y: 0, width: first.getWidth(), height: first.getHeight() });
    first.pushOperators(endMarkedContent());
  }
  const { config } = book;
  doc.setTitle(config.title, { showInWindowTitleBar: true });
  doc.setAuthor(config.authors.join(', '));
  doc.setSubject(config.description ?? config.title);
  doc.setKeywords(config.keywords);
  doc.setLanguage(config.language);
  doc.setCreator('async-python-book toolchain');
  doc.setProducer('Paged.js in Chromium (puppeteer) + pdf-lib');
  doc.setCreationDate(book.modified);
  doc.setModificationDate(book.modified);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(config.language));
  retitleBookmarks(doc, bookmarkTitles(book));
  const nums = [];
  if (numbering.cover < numbering.front) nums.push(numbering.cover, doc.context.obj({ P: PDFString.of('Cover') }));
  nums.push(numbering.front, doc.context.obj({ S: 'r', St: 1 }), numbering.body, doc.context.obj({ S: 'D', St: 1 }));
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
  setXmp(doc, {
    title: config.title,
    authors: config.authors,
    description: config.description ?? config.title,
    keywords: config.keywords,
    language: config.language,
    creator: 'async-python-book toolchain',
    producer: 'Paged.js in Chromium (puppeteer) + pdf-lib',
    date: book.modified,
  });
  renumberStructureIds(doc);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  // pdf-lib yields to the event loop every 50 objects unless told otherwise;
  // nothing else runs meanwhile, and a book has tens of thousands.
  return doc.save({ objectsPerTick: Infinity });
}
