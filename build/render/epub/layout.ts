// Where each file sits inside the EPUB (all under OEBPS/), shared by the
// documents, the navigation and the package document so their links agree.
import path from 'node:path';
import type { HrefFor } from '../../plugins/rehype-resolve-hrefs.ts';

export const files = {
  stylesheet: 'style.css',
  nav: 'toc.xhtml',
  ncx: 'toc.ncx',
  coverPage: 'cover.xhtml',
  index: 'book-index.xhtml',
  // epub-gen-memory writes its cover image as cover.<extension>.
  coverImage: 'cover.png',
} as const;

/** Chapter documents are <chapter.name>.xhtml, side by side. */
export const hrefFor: HrefFor = ({ chapter, id }) => `${chapter}.xhtml${id ? `#${id}` : ''}`;

// The EPUB 3.2 core image types: any other would need a fallback no reader uses.
const imageTypes: Record<string, string> = {
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface EpubImage {
  /** The file to read. */
  source: string;
  /** Its path in the EPUB, relative to the documents: "images/loop.svg". */
  path: string;
  /** That path as a URL, for links to it. */
  href: string;
  mediaType: string;
}

/**
 * epub-gen-memory keeps images in images/, so the path pages link an image
 * by ("images/loop.svg", "figures/ab12.svg") maps into that folder.
 */
export function epubImage(linked: string, source = linked): EpubImage {
  const mediaType = imageTypes[path.posix.extname(linked).toLowerCase()];
  if (!mediaType) throw new Error(`Image ${linked}: an EPUB shows only ${Object.keys(imageTypes).join(', ')} images`);
  const inEpub = `images/${linked.replace(/^images\//, '')}`;
  return { source, path: inEpub, href: encodeURI(inEpub), mediaType };
}
