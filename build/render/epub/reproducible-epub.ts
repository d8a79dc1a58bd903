// epub-gen-memory packages the EPUB (mimetype first and stored, the container,
// the package files, images fetched from disk, the cover). Left alone it
// would not give the same bytes twice, nor keep our markup: it names images
// with random UUIDs, JSZip stamps every entry with the current time, and its
// HTML clean-up drops attributes it does not know (data-*, start, checked).
// This subclass hands it finished XHTML documents, names images after their
// manuscript paths and dates every entry with the manuscript's last change.
import { pathToFileURL } from 'node:url';
import { EPub, type Options } from 'epub-gen-memory';
import type { ContentDocument } from './documents.ts';
import type { EpubImage } from './layout.ts';

export class ReproducibleEpub extends EPub {
  /**
   * @param documents XHTML documents in reading order, written as they are.
   * @param images Local images, each once.
   */
  constructor(options: Options, documents: ContentDocument[], images: EpubImage[]) {
    // The library cleans each chapter's HTML as it is constructed: give it
    // nothing to clean, then the finished documents, which its chapter
    // template writes out unchanged.
    super({ ...options, chapterXHTML: '<%- content %>' }, documents.map(({ filename }) => ({ filename, content: '' })));
    this.content.forEach((chapter, i) => Object.assign(chapter, documents[i]));
    for (const image of images) {
      const name = /^images\/(.+)\.([^./]+)$/.exec(image.path);
      if (!name?.[1] || !name[2]) throw new Error(`EPUB image path ${image.path} is not images/<name>.<extension>`);
      // The library writes each image to images/<id>.<extension>.
      this.images.push({ url: pathToFileURL(image.source).href, id: name[1], extension: name[2], mediaType: image.mediaType });
    }
  }

  /** The EPUB file: every zip entry dated `modified` (to the 2 s a zip can tell), in the library's fixed order. */
  async bytes(modified: Date): Promise<Uint8Array> {
    await this.render();
    this.zip.forEach((_, entry) => {
      entry.date = modified;
    });
    return this.zip.generateAsync({ type: 'uint8array', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }
}
