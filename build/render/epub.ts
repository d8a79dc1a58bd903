// The EPUB 3: the book model's chapters as XHTML documents with our own
// navigation and package document, a cover drawn from book.yaml, packaged by
// epub-gen-memory so that the same manuscript always gives the same bytes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { themeDir } from '../load-book.ts';
import type { RenderContext } from './context.ts';
import { coverPng } from './cover.ts';
import { chapterDocuments, coverDocument, fileDocuments, indexDocument } from './epub/documents.ts';
import { epubImage, files } from './epub/layout.ts';
import { navDocument, ncxDocument } from './epub/navigation.ts';
import { packageDocument } from './epub/package-document.ts';
import { ReproducibleEpub } from './epub/reproducible-epub.ts';

export async function renderEpub({ book, staging, base, browser }: RenderContext): Promise<void> {
  const { config } = book;
  const images = book.images.map((image) => epubImage(image.path, image.source));
  const linked = await fileDocuments(book);
  const [chapters, cover, css] = await Promise.all([
    chapterDocuments(book, linked),
    coverPng(book, browser),
    Promise.all(['epub.css', 'code.css'].map((f) => readFile(path.join(themeDir(book.root), f), 'utf8'))),
  ]);
  const back = [indexDocument(book)].filter((d) => d !== undefined);
  const epub = new ReproducibleEpub(
    {
      title: config.title,
      lang: config.language,
      css: css.join('\n'),
      // A copy: File wants bytes on a plain ArrayBuffer.
      cover: new File([new Uint8Array(cover)], files.coverImage, { type: 'image/png' }),
      contentOPF: packageDocument(book, chapters, images, back, [...linked.values()]),
      tocXHTML: navDocument(book),
      tocNCX: ncxDocument(book),
      version: 3,
      ignoreFailedDownloads: false,
    },
    [coverDocument(book), ...chapters, ...back, ...linked.values()],
    images,
  );
  await staging.write(path.join(base, `${config.slug}.epub`), await epub.bytes(book.modified));
}
