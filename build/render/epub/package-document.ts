// The package document (content.opf): metadata from book.yaml, accessibility
// metadata, and the manifest and spine of every file the EPUB holds.
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Book } from '../../model.ts';
import { format } from '../../strings.ts';
import type { ContentDocument } from './documents.ts';
import { files, type EpubImage } from './layout.ts';
import { escapeXml } from './xhtml.ts';

/** CCYY-MM-DDThh:mm:ssZ, the only form dcterms:modified allows. */
export const modifiedStamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z');

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const meta = (property: string, text: string, attributes = '') => element('meta', text, ` property="${property}"${attributes}`);

/** The EPUB Accessibility level the book meets: axe-core, run by DAISY Ace, finds no serious or critical issue (tests/epub.test.ts). */
export const CONFORMS_TO = 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA';

/** What the chapters mark up, of what the summary names: headings and lists always (the contents are a list), tables and footnotes if there are any. */
function markedUp(book: Book): string[] {
  const has = (test: (node: Element) => boolean) => book.chapters.some((chapter) => {
    let found = false;
    visit(chapter.hast, 'element', (node) => {
      found ||= test(node);
      return found ? false : undefined;
    });
    return found;
  });
  const { strings } = book;
  return [
    strings.markupHeadings,
    strings.markupLists,
    ...(has((node) => node.tagName === 'table') ? [strings.markupTables] : []),
    ...(has((node) => node.properties.dataFootnoteRef !== undefined) ? [strings.markupFootnotes] : []),
  ];
}

/** The accessibility summary, saying only what this book has. */
export function accessibilitySummary(book: Book): string {
  const marked = new Intl.ListFormat(book.config.language, { type: 'conjunction' }).format(markedUp(book));
  return format(book.strings.accessibilitySummary, { marked });
}

function accessibility(book: Book): string[] {
  // The cover is an image, so the book always has visual content; every image has its text alternative.
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'];
  return [
    meta('dcterms:conformsTo', CONFORMS_TO),
    meta('a11y:certifiedBy', book.config.publisher ?? book.config.authors.join(', ')),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessMode', 'visual'),
    meta('schema:accessModeSufficient', 'textual'),
    ...features.map((f) => meta('schema:accessibilityFeature', f)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', accessibilitySummary(book)),
  ];
}

function metadata(book: Book): string[] {
  const { config } = book;
  const modified = modifiedStamp(book.modified);
  return [
    element('dc:identifier', config.identifier, ' id="book-id"'),
    element('dc:title', config.title, ' id="title"'),
    meta('title-type', 'main', ' refines="#title"'),
    ...(config.subtitle ? [element('dc:title', config.subtitle, ' id="subtitle"'), meta('title-type', 'subtitle', ' refines="#subtitle"')] : []),
    element('dc:language', config.language),
    ...config.authors.flatMap((author, i) => [element('dc:creator', author, ` id="creator-${i + 1}"`), meta('role', 'aut', ` refines="#creator-${i + 1}" scheme="marc:relators"`)]),
    ...(config.publisher ? [element('dc:publisher', config.publisher)] : []),
    ...(config.description ? [element('dc:description', config.description)] : []),
    ...config.keywords.map((k) => element('dc:subject', k)),
    element('dc:date', modified),
    meta('dcterms:modified', modified),
    ...accessibility(book),
    // For EPUB 2 readers, which find the cover image by this name.
    '<meta name="cover" content="cover-image" />',
  ];
}

/** `back`: documents after the chapters (the index); `linked`: documents outside the reading order (linked files), in the spine as non-linear. */
export function packageDocument(book: Book, chapters: ContentDocument[], images: EpubImage[], back: ContentDocument[] = [], linked: ContentDocument[] = []): string {
  const item = (id: string, href: string, mediaType: string, properties = '') =>
    `<item id="${id}" href="${escapeXml(href)}" media-type="${mediaType}"${properties ? ` properties="${properties}"` : ''} />`;
  const manifest = [
    item('nav', files.nav, 'application/xhtml+xml', 'nav'),
    item('ncx', files.ncx, 'application/x-dtbncx+xml'),
    item('css', files.stylesheet, 'text/css'),
    item('cover', files.coverPage, 'application/xhtml+xml'),
    item('cover-image', files.coverImage, 'image/png', 'cover-image'),
    ...chapters.map((c, i) => item(`chapter-${i + 1}`, c.filename, 'application/xhtml+xml')),
    ...back.map((c, i) => item(`back-${i + 1}`, c.filename, 'application/xhtml+xml')),
    ...linked.map((d, i) => item(`file-${i + 1}`, d.filename, 'application/xhtml+xml')),
    ...images.map((image, i) => item(`image-${i + 1}`, image.href, image.mediaType)),
  ];
  const spine = [
    ...['cover', 'nav', ...chapters.map((_, i) => `chapter-${i + 1}`), ...back.map((_, i) => `back-${i + 1}`)].map((id) => `<itemref idref="${id}" />`),
    ...linked.map((_, i) => `<itemref idref="file-${i + 1}" linear="no" />`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(book.config.language)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${metadata(book).join('\n    ')}
  </metadata>
  <manifest>
    ${manifest.join('\n    ')}
  </manifest>
  <spine toc="ncx">
    ${spine.join('\n    ')}
  </spine>
</package>
`;
}
