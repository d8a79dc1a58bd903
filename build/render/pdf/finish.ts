// What Chromium's PDF lacks and a book needs: the cover, author, subject, keywords,
// language and dates from book.yaml, and page labels, so a viewer's page box
// shows "iv" or "112" exactly as printed on the page.
import { ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Book } from '../../model.ts';

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

/**
 * Chromium titles each bookmark with its heading's laid-out text, which
 * loses the space where a long title wraps ("AsynchronousProgramming") and
 * keeps the opener's styled label; the model knows the real titles.
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
  if (items.length !== titles.length) throw new Error(`the PDF has ${items.length} bookmarks for ${titles.length} headings`);
  items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[i] as string)));
}

/** `id`: the document ID (32 hex digits), derived from the content rather than random. */
export async function finishPdf(pdf: Uint8Array, book: Book, numbering: PageNumbering, cover: Uint8Array, id: string): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 50 to 100 objects unless told
  // otherwise; nothing else runs meanwhile, and a book has tens of thousands.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  // Drawn onto the print document's empty first page, so the page tree, tags and bookmarks stay as Chromium wrote them.
  const [art] = await doc.embedPdf(cover, [0]);
  const first = doc.getPage(0);
  if (art) first.drawPage(art, { x: 0, y: 0, width: first.getWidth(), height: first.getHeight() });
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
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ objectsPerTick: Infinity });
}
