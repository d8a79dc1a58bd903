// The EPUB 3: the book model's chapters as XHTML documents, packaged by
// epub-gen-memory with our own package document and navigation.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EPub } from 'epub-gen-memory';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { themeDir } from '../load-book.ts';
import type { Book } from '../model.ts';
import rehypeResolveHrefs, { type HrefFor } from '../plugins/rehype-resolve-hrefs.ts';
import { contentsList } from './contents.ts';
import type { RenderContext } from './context.ts';

const hrefFor: HrefFor = ({ chapter, id }) => `${chapter}.xhtml${id ? `#${id}` : ''}`;

/** epub-gen-memory reads local images through file:// URLs. */
function rehypeImagesAsFileUrls(dir: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && typeof node.properties.src === 'string') {
        node.properties.src = pathToFileURL(path.join(dir, node.properties.src)).href;
      }
    });
  };
}

const xml = (tree: Element) => toHtml(tree, { space: 'html', closeSelfClosing: true });

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function navDocument(book: Book): string {
  const { strings, config } = book;
  const first = book.chapters[0];
  const toc = h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc' }, [h('h1', strings.contents), contentsList(book, { hrefFor, depth: 2 })]);
  const landmarks = h('nav', { 'epub:type': 'landmarks' }, [
    h('h2', 'Landmarks'),
    h('ol', [
      h('li', [h('a', { 'epub:type': 'toc', href: 'toc.xhtml' }, strings.contents)]),
      ...(first ? [h('li', [h('a', { 'epub:type': 'bodymatter', href: hrefFor({ chapter: first.name, id: '' }) }, first.title)])] : []),
    ]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${config.language}" lang="${config.language}">
<head><meta charset="UTF-8" /><title>${escape(strings.contents)}</title><link rel="stylesheet" type="text/css" href="style.css" /></head>
<body>
${xml(toc)}
${xml(landmarks).replace('<nav ', '<nav hidden="hidden" ')}
</body>
</html>`;
}

/** The EPUB 2 table of contents, for older readers: chapters and their sections. */
function ncxDocument(book: Book): string {
  let order = 0;
  // A parent takes its play order before its children.
  const point = (label: string, href: string, children: () => string[]) => {
    const own = ++order;
    return `<navPoint id="nav${own}" playOrder="${own}"><navLabel><text>${escape(label)}</text></navLabel><content src="${href}" />${children().join('')}</navPoint>`;
  };
  const points = book.chapters.map((chapter) =>
    point(`${chapter.number}. ${chapter.title}`, hrefFor({ chapter: chapter.name, id: '' }), () =>
      chapter.headings.filter((h) => h.depth === 2).map((h) => point(`${h.number} ${h.text}`, hrefFor({ chapter: chapter.name, id: h.id }), () => [])),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${book.config.language}">
<head><meta name="dtb:uid" content="${escape(book.config.identifier)}" /><meta name="dtb:depth" content="2" /></head>
<docTitle><text>${escape(book.config.title)}</text></docTitle>
<navMap>${points.join('\n')}</navMap>
</ncx>`;
}

/** The package document; the loops over images and chapters stay ejs for epub-gen-memory to fill. */
function packageDocument(book: Book): string {
  const { config } = book;
  const modified = book.modified.toISOString().replace(/\.\d+Z$/, 'Z');
  const meta = [
    `<dc:identifier id="BookId">${escape(config.identifier)}</dc:identifier>`,
    `<dc:title id="title">${escape(config.title)}</dc:title>`,
    `<meta refines="#title" property="title-type">main</meta>`,
    ...(config.subtitle ? [`<dc:title id="subtitle">${escape(config.subtitle)}</dc:title>`, `<meta refines="#subtitle" property="title-type">subtitle</meta>`] : []),
    `<dc:language>${escape(config.language)}</dc:language>`,
    ...config.authors.map((a, i) => `<dc:creator id="creator${i}">${escape(a)}</dc:creator>`),
    ...(config.publisher ? [`<dc:publisher>${escape(config.publisher)}</dc:publisher>`] : []),
    ...(config.description ? [`<dc:description>${escape(config.description)}</dc:description>`] : []),
    ...config.keywords.map((k) => `<dc:subject>${escape(k)}</dc:subject>`),
    `<dc:date>${modified}</dc:date>`,
    `<meta property="dcterms:modified">${modified}</meta>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="BookId" xml:lang="${config.language}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${meta.join('\n    ')}
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />
    <item id="toc" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav" />
    <item id="css" href="style.css" media-type="text/css" />
    <% images.forEach(function(image, index){ %><item id="image_<%= index %>" href="images/<%= image.id %>.<%= image.extension %>" media-type="<%= image.mediaType %>" />
    <% }) %><% content.forEach(function(content, index){ %><item id="content_<%= index %>" href="<%= content.filename %>" media-type="application/xhtml+xml" />
    <% }) %>
  </manifest>
  <spine toc="ncx">
    <itemref idref="toc" />
    <% content.forEach(function(content, index){ %><itemref idref="content_<%= index %>" />
    <% }) %>
  </spine>
</package>`;
}

export async function renderEpub({ book, staging, base }: RenderContext): Promise<void> {
  const { config, strings } = book;
  const processor = unified().use(rehypeResolveHrefs, hrefFor).use(rehypeImagesAsFileUrls, book.dir);
  const content = [];
  for (const chapter of book.chapters) {
    const tree = (await processor.run(structuredClone(chapter.hast))) as Root;
    content.push({ title: chapter.title, filename: `${chapter.name}.xhtml`, content: toHtml(tree, { space: 'html', closeSelfClosing: true }) });
  }
  const theme = themeDir(book.root);
  const css = (await Promise.all(['epub.css', 'code.css'].map((f) => readFile(path.join(theme, f), 'utf8')))).join('\n');
  const epub = new EPub(
    {
      title: config.title,
      author: config.authors,
      publisher: config.publisher ?? config.authors.join(', '),
      description: config.description ?? '',
      lang: config.language,
      tocTitle: strings.contents,
      prependChapterTitles: false,
      numberChaptersInTOC: false,
      css,
      contentOPF: packageDocument(book),
      tocXHTML: navDocument(book),
      tocNCX: ncxDocument(book),
      version: 3,
      ignoreFailedDownloads: false,
    },
    content,
  );
  await epub.render();
  const data = await epub.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  await staging.write(path.join(base, `${config.slug}.epub`), data as Uint8Array);
}
