// Navigation: the EPUB 3 navigation document (nested contents of chapters and
// sections, and the landmarks: cover, contents, first chapter) and the EPUB 2
// NCX with the same outline, for older readers.
import { h } from 'hastscript';
import type { Book } from '../../model.ts';
import { contentsList, hasIndex } from '../contents.ts';
import { files, hrefFor } from './layout.ts';
import { escapeXml, xhtmlDocument } from './xhtml.ts';

export function navDocument(book: Book): string {
  const { strings, config } = book;
  const first = book.chapters[0];
  const landmarks: [type: string, href: string, label: string][] = [
    ['cover', files.coverPage, strings.cover],
    ['toc', `${files.nav}#toc`, strings.contents],
  ];
  if (first) landmarks.push(['bodymatter', hrefFor({ chapter: first.name, id: '' }), first.title]);
  if (hasIndex(book)) landmarks.push(['index', files.index, strings.index]);
  // Raw markup: the landmarks are hidden="hidden", an attribute hast would write bare.
  const hidden = `<nav epub:type="landmarks" id="landmarks" hidden="hidden"><h2>${escapeXml(strings.landmarks)}</h2><ol>${landmarks
    .map(([type, href, label]) => `<li><a epub:type="${type}" href="${escapeXml(href)}">${escapeXml(label)}</a></li>`)
    .join('')}</ol></nav>`;
  return xhtmlDocument(
    [h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc' }, [h('h1', strings.contents), contentsList(book, { hrefFor, depth: 2, index: files.index })]), { type: 'raw', value: hidden }],
    { lang: config.language, title: strings.contents, body: { 'epub:type': 'frontmatter' } },
  );
}

export function ncxDocument(book: Book): string {
  let order = 0;
  // A parent takes its play order before its children.
  const point = (label: string, href: string, children: () => string[]) => {
    const own = ++order;
    return `<navPoint id="nav${own}" playOrder="${own}"><navLabel><text>${escapeXml(label)}</text></navLabel><content src="${escapeXml(href)}" />${children().join('')}</navPoint>`;
  };
  const points = book.chapters.map((chapter) =>
    point(`${chapter.number}. ${chapter.title}`, hrefFor({ chapter: chapter.name, id: '' }), () =>
      chapter.headings.filter((s) => s.depth === 2).map((s) => point(`${s.number} ${s.text}`, hrefFor({ chapter: chapter.name, id: s.id }), () => [])),
    ),
  );
  if (hasIndex(book)) points.push(point(book.strings.index, files.index, () => []));
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${escapeXml(book.config.language)}">
<head><meta name="dtb:uid" content="${escapeXml(book.config.identifier)}" /><meta name="dtb:depth" content="2" /></head>
<docTitle><text>${escapeXml(book.config.title)}</text></docTitle>
<navMap>${points.join('\n')}</navMap>
</ncx>
`;
}
