// The PDF: one print document (title page, contents, chapters) laid out by
// Chromium with the theme's print stylesheet, then given its metadata.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { themeDir } from '../load-book.ts';
import type { Book } from '../model.ts';
import rehypeResolveHrefs, { type HrefFor } from '../plugins/rehype-resolve-hrefs.ts';
import { contentsList } from './contents.ts';
import type { RenderContext } from './context.ts';

// One document holds every chapter, so ids carry their chapter's name.
const hrefFor: HrefFor = ({ chapter, id }) => `#${chapter}${id ? `--${id}` : ''}`;

function rehypePrefixIds(prefix: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') node.properties.id = `${prefix}--${node.properties.id}`;
      // Footnote links inside the chapter are plain #fragments, not cross-references.
      const href = node.properties.href;
      if (!node.data?.xref && typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${prefix}--${href.slice(1)}`;
    });
  };
}

async function printDocument(book: Book): Promise<Root> {
  const { config, strings } = book;
  const chapters: ElementContent[] = [];
  for (const chapter of book.chapters) {
    const tree = (await unified().use(rehypePrefixIds, chapter.name).use(rehypeResolveHrefs, hrefFor).run(structuredClone(chapter.hast))) as Root;
    chapters.push(h('section', { className: ['chapter'], id: chapter.name }, tree.children as ElementContent[]));
  }
  const theme = themeDir(book.root);
  const css = await Promise.all(['print.css', 'code.css'].map((f) => readFile(path.join(theme, f), 'utf8')));
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: config.language }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', config.title),
          h('meta', { name: 'author', content: config.authors.join(', ') }),
          h('style', `@page { size: ${config.pageSize}; }\n${css.join('\n')}`),
        ]),
        h('body', [
          h('section', { className: ['title-page'] }, [
            h('p', { className: ['title'] }, config.title),
            config.subtitle ? h('p', { className: ['subtitle'] }, config.subtitle) : '',
            h('p', { className: ['authors'] }, config.authors.join(', ')),
            config.publisher ? h('p', { className: ['publisher'] }, config.publisher) : '',
          ]),
          h('nav', { className: ['contents'] }, [h('p', { className: ['contents-title'] }, strings.contents), contentsList(book, { hrefFor, depth: 2 })]),
          ...chapters,
        ]),
      ]),
    ],
  };
}

/** Sets what Chromium cannot: author, subject, keywords, language, dates. */
async function setMetadata(pdf: Uint8Array, book: Book): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { config } = book;
  doc.setTitle(config.title, { showInWindowTitleBar: true });
  doc.setAuthor(config.authors.join(', '));
  doc.setSubject(config.description ?? config.title);
  doc.setKeywords(config.keywords);
  doc.setLanguage(config.language);
  doc.setCreator('async-python-book toolchain');
  doc.setProducer('Chromium (puppeteer) + pdf-lib');
  doc.setCreationDate(book.modified);
  doc.setModificationDate(book.modified);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(config.language));
  return doc.save();
}

export async function renderPdf({ book, staging, base, browser }: RenderContext): Promise<void> {
  const html = unified().use(rehypeStringify).stringify(await printDocument(book));
  // Written beside the images so relative image paths resolve.
  const work = staging.path(`.pdf-${book.lang}`);
  await staging.write(path.join(`.pdf-${book.lang}`, 'print.html'), html);
  for (const image of book.images) await staging.copy(path.join(book.dir, image), path.join(`.pdf-${book.lang}`, image));
  const page = await (await browser()).newPage();
  try {
    await page.goto(pathToFileURL(path.join(work, 'print.html')).href, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const pdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="width:100%;text-align:center;font-size:9px;font-family:\'Noto Serif\',serif;color:#555"><span class="pageNumber"></span></div>',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      timeout: 120_000,
    });
    await staging.write(path.join(base, `${book.config.slug}.pdf`), await setMetadata(pdf, book));
  } finally {
    await page.close();
    await staging.discardPath(`.pdf-${book.lang}`);
  }
}
