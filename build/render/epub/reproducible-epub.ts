// epub-gen-memory lays out the EPUB (mimetype first and stored, the container,
// the package files, images fetched from disk, the cover) in a JSZip. Left
// alone it would not give the same bytes twice, nor keep our markup: it names
// images with random UUIDs, JSZip stamps every entry with the current time,
// and its HTML clean-up drops attributes it does not know (data-*, start,
// checked). This subclass hands it finished XHTML documents, names images
// after their manuscript paths, and writes the zip itself with yazl, every
// entry dated with the manuscript's last change.
import { buffer } from 'node:stream/consumers';
import { pathToFileURL } from 'node:url';
import { EPub, type Options } from 'epub-gen-memory';
import { ZipFile } from 'yazl';
import type { ContentDocument } from './documents.ts';
import type { EpubImage } from './layout.ts';

/** An entry of the library's zip (JSZip's own type, which this package does not depend on). */
type ZipEntry = Parameters<Parameters<EPub['zip']['forEach']>[0]>[1];

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

  /**
   * The EPUB file: every entry, in the library's fixed order, dated
   * `modified` (to the 2 s a zip can tell) and, but for the stored mimetype,
   * deflated by Node's zlib (yazl) on its worker threads, not in JavaScript
   * on the main thread the site and the PDF share. No entry has an extra
   * field: the mimetype must not (OCF), and the others need none.
   */
  async bytes(modified: Date): Promise<Uint8Array> {
    await this.render();
    // yazl writes the date's local fields; these are its UTC ones, so the bytes do not depend on the time zone.
    const mtime = new Date(modified.getUTCFullYear(), modified.getUTCMonth(), modified.getUTCDate(), modified.getUTCHours(), modified.getUTCMinutes(), modified.getUTCSeconds());
    const entries: ZipEntry[] = [];
    this.zip.forEach((_, entry) => {
      entries.push(entry);
    });
    const zip = new ZipFile();
    const bytes = buffer(zip.outputStream);
    for (const entry of entries) {
      if (entry.dir) zip.addEmptyDirectory(entry.name, { mtime, forceDosTimestamp: true });
      else {
        const stored = entry.options.compression === 'STORE';
        zip.addBuffer(Buffer.from(await entry.async('uint8array')), entry.name, { mtime, forceDosTimestamp: true, ...(stored ? { compress: false } : { compressionLevel: 9 }) });
      }
    }
    zip.end();
    return new Uint8Array(await bytes);
  }
}
