// The EPUB as a publisher's validator, a reading system and a reader see it:
// the fixture book (plus a few additions that exercise more of the format)
// built twice, then checked with epubcheck, pandoc's EPUB reader, headless
// Chromium and the zip itself.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { launchChromium } from '../build/chromium.ts';
import { derivedIdentifier } from '../build/identifier.ts';
import { loadBook } from '../build/load-book.ts';
import { runAce } from './ace.ts';
import { copyFixture, edit, repoRoot, run } from './helpers.ts';
import { readZip, type ZipEntry } from './read-zip.ts';

const longLine = 'result = await asyncio.wait_for(fetch_every_page_from_every_server_we_know_about(urls, retries=3, backoff=0.5), timeout=30.0)';

let book: string;
let outs: [string, string];
const epubFile = (out: string, lang: string) => path.join(out, lang, 'fixture.epub');
let entries: ZipEntry[];

const text = (name: string) => {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the EPUB`);
  return entry.data.toString('utf8');
};
const parse = (name: string): Root => unified().use(rehypeParse).parse(text(name));
const documents = () => entries.filter((e) => e.name.endsWith('.xhtml')).map((e) => e.name);
const epubType = (node: Element) => node.properties['epub:type'];

beforeAll(async () => {
  book = await copyFixture();
  const en = path.join(book, 'manuscript', 'en');
  // The same image in a second chapter, an aligned table, a long code line, and no identifier.
  await appendFile(path.join(en, '02-second.md'), `\n![The event loop again](images/loop.svg)\n\n\`\`\`python fragment\nasync def fetch_all() -> None:\n    ${longLine}\n\`\`\`\n`);
  await edit(path.join(en, '01-first.md'), '|-------|----------|', '|:------|---------:|');
  await edit(path.join(en, 'book.yaml'), 'identifier: urn:uuid:0b6a8f7e-3c1d-4e2f-9a5b-7c8d9e0f1a2b\n', '');
  outs = [await mkdtemp(path.join(tmpdir(), 'epub-a-')), await mkdtemp(path.join(tmpdir(), 'epub-b-'))];
  for (const out of outs) await build({ root: book, out, formats: ['epub'] });
  entries = readZip(await readFile(epubFile(outs[0], 'en')));
});

describe('EPUB validity and reproducibility', () => {
  it('passes epubcheck with nothing reported, in both languages', async () => {
    const results = await Promise.all(['en', 'ru'].map((lang) => run('java', ['-jar', '/usr/bin/epubcheck', epubFile(outs[0], lang)])));
    for (const result of results) {
      const output = result.stdout + result.stderr;
      expect(output, output).toContain('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
      expect(result.code).toBe(0);
    }
  });

  it('gives byte-identical files from two builds', async () => {
    for (const lang of ['en', 'ru']) {
      const [a, b] = await Promise.all(outs.map(async (out) => createHash('sha256').update(await readFile(epubFile(out, lang))).digest('hex')));
      expect(a, lang).toBe(b);
    }
  });

  it('zips mimetype first and stored, and dates every entry with the manuscript, not the clock', async () => {
    const [mimetype] = entries;
    expect(mimetype?.name).toBe('mimetype');
    expect(mimetype?.method).toBe(0);
    expect(mimetype?.localExtra).toBe(0);
    expect(mimetype?.data.toString()).toBe('application/epub+zip');
    const { modified } = await loadBook(book, 'en', { highlight: false });
    const twoSeconds = Math.floor(modified.getTime() / 2000) * 2000;
    for (const entry of entries) expect(entry.date.getTime(), entry.name).toBe(twoSeconds);
  });
});

describe('EPUB metadata', () => {
  const metas = (property: string) => [...text('OEBPS/content.opf').matchAll(new RegExp(`<meta property="${property}"[^>]*>([^<]*)</meta>`, 'g'))].map((m) => m[1]);
  const dc = (name: string) => [...text('OEBPS/content.opf').matchAll(new RegExp(`<dc:${name}[^>]*>([^<]*)</dc:${name}>`, 'g'))].map((m) => m[1]);

  it('comes from book.yaml', () => {
    expect(dc('title')).toEqual(['The Fixture Book', 'A small book that exercises every feature']);
    expect(metas('title-type')).toEqual(['main', 'subtitle']);
    expect(dc('creator')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(metas('role')).toEqual(['aut', 'aut']);
    expect(dc('language')).toEqual(['en']);
    expect(dc('publisher')).toEqual(['Fixture Press']);
    expect(dc('description')).toEqual(['A test book for the toolchain.']);
    expect(dc('subject')).toEqual(['testing', 'fixtures']);
  });

  it('derives a stable identifier when book.yaml has none, and keeps the one it gives', async () => {
    const derived = derivedIdentifier({ slug: 'fixture', language: 'en', title: 'The Fixture Book' });
    expect(dc('identifier')).toEqual([derived]);
    expect(text('OEBPS/toc.ncx')).toContain(`<meta name="dtb:uid" content="${derived}" />`);
    const ru = readZip(await readFile(epubFile(outs[0], 'ru'))).find((e) => e.name === 'OEBPS/content.opf')?.data.toString();
    expect(ru).toContain('>urn:uuid:1c7b9a8f-4d2e-4f30-8b6c-8d9e0f1a2b3c</dc:identifier>');
  });

  it("stamps dcterms:modified with the manuscript's last change", async () => {
    const { modified } = await loadBook(book, 'en', { highlight: false });
    expect(metas('dcterms:modified')).toEqual([modified.toISOString().replace(/\.\d+Z$/, 'Z')]);
  });

  it('describes its accessibility', () => {
    expect(metas('schema:accessMode')).toEqual(['textual', 'visual']);
    expect(metas('schema:accessModeSufficient')).toEqual(['textual']);
    expect(metas('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'alternativeText', 'readingOrder']));
    expect(metas('schema:accessibilityHazard')).toEqual(['none']);
    expect(metas('schema:accessibilitySummary')[0]).toMatch(/table of contents/);
    // It says what the book marks up: the fixture has a table and a footnote.
    expect(metas('schema:accessibilitySummary')[0]).toMatch(/headings, lists, tables, and footnotes are marked up/);
    expect(metas('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.1 Level AA']);
    expect(metas('a11y:certifiedBy')).toHaveLength(1);
  });

  it('claims no footnotes in a book without any', async () => {
    const { accessibilitySummary } = await import('../build/render/epub/package-document.ts');
    const plain = await loadBook(book, 'en', { highlight: false });
    for (const chapter of plain.chapters) {
      visit(chapter.hast, 'element', (node) => {
        delete node.properties.dataFootnoteRef;
        if (node.tagName === 'table') node.tagName = 'div';
      });
    }
    expect(accessibilitySummary(plain)).toMatch(/; headings and lists are marked up;/);
  });

  it('passes DAISY Ace with no serious or critical issue', async () => {
    const { issues, missingMetadata } = await runAce(epubFile(outs[0], 'en'));
    expect(issues.filter((issue) => issue.impact === 'serious' || issue.impact === 'critical')).toEqual([]);
    expect(missingMetadata).not.toContain('dcterms:conformsTo');
  }, 120_000);
});

describe('EPUB navigation and cover', () => {
  it('has nested contents: chapters with their sections', () => {
    const nav = parse('OEBPS/toc.xhtml');
    const toc = selectAll('nav', nav).find((n) => epubType(n) === 'toc');
    const chapters = toc ? selectAll('nav > ol > li', toc) : [];
    expect(chapters.map((li) => toString(select('a', li)!))).toEqual(['1 The First Chapter', '2 The Second Chapter', 'Index']);
    expect(selectAll('ol > li > a', chapters[1]!).map((a) => [toString(a), a.properties.href])).toEqual([
      ['2.1 Waiting Well', '02-second.xhtml#waiting-well'],
      ['2.2 Summary', '02-second.xhtml#summary'],
    ]);
  });

  it('has landmarks for the cover, the contents and the first chapter', () => {
    const landmarks = selectAll('nav', parse('OEBPS/toc.xhtml')).find((n) => epubType(n) === 'landmarks');
    expect(landmarks?.properties.hidden).toBeTruthy();
    expect(selectAll('a', landmarks!).map((a) => [epubType(a), a.properties.href])).toEqual([
      ['cover', 'cover.xhtml'],
      ['toc', 'toc.xhtml#toc'],
      ['bodymatter', '01-first.xhtml'],
      ['index', 'book-index.xhtml'],
    ]);
  });

  it('has an index document after the chapters, in the spine and the NCX, whose links reach their places', () => {
    const opf = text('OEBPS/content.opf');
    expect(opf).toMatch(/<itemref idref="chapter-2" \/>\s*<itemref idref="back-1" \/>\s*<\/spine>/);
    expect(text('OEBPS/toc.ncx')).toContain('<text>Index</text></navLabel><content src="book-index.xhtml" />');
    const index = parse('OEBPS/book-index.xhtml');
    const section = select('section', index)!;
    expect([epubType(section), section.properties.role]).toEqual(['index', 'doc-index']);
    const loop = select('li#index-event-loop', index)!;
    expect(selectAll('.index-places a', loop).map((a) => [toString(a), a.properties.href])).toEqual([['2.1', '02-second.xhtml#ix-3'], ['2.2', '02-second.xhtml#ix-6']]);
    expect(select('[id="ix-3"]', parse('OEBPS/02-second.xhtml'))).toBeTruthy();
  });

  it('has a cover image drawn from the title, and a cover page first in the spine', () => {
    const opf = text('OEBPS/content.opf');
    expect(opf).toContain('<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image" />');
    expect(opf).toMatch(/<spine[^>]*>\s*<itemref idref="cover" \/>/);
    const png = entries.find((e) => e.name === 'OEBPS/cover.png')!.data;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 2400]);
    const page = parse('OEBPS/cover.xhtml');
    const section = select('section', page)!;
    expect(epubType(section)).toBe('cover');
    expect(select('img', section)?.properties).toMatchObject({ src: 'cover.png', alt: 'The Fixture Book: A small book that exercises every feature. Ada Lovelace, Alan Turing' });
  });
});

describe('EPUB content', () => {
  it('puts the language on every document', () => {
    expect(documents().length).toBeGreaterThanOrEqual(4);
    for (const name of documents()) {
      expect(select('html', parse(name))?.properties, name).toMatchObject({ lang: 'en', xmlLang: 'en' });
    }
  });

  it('numbers chapters, sections and listings, with captions', () => {
    const chapter = parse('OEBPS/01-first.xhtml');
    expect(toString(select('h1', chapter)!)).toBe('Chapter 1 The First Chapter');
    expect(toString(select('h2#getting-started', chapter)!)).toBe('1.1 Getting Started');
    expect(toString(select('figure#lst-hello figcaption', chapter)!)).toBe('Listing 1.1 Hello from a coroutine');
    expect(epubType(select('section', chapter)!)).toBe('chapter');
  });

  it('makes footnotes EPUB footnotes: a noteref to an aside in the same document', () => {
    const chapter = parse('OEBPS/01-first.xhtml');
    const refs = selectAll('a', chapter).filter((a) => epubType(a) === 'noteref');
    expect(refs.map((a) => [toString(a), a.properties.href])).toEqual([['1', '#user-content-fn-loop']]);
    const note = select('#user-content-fn-loop', chapter)!;
    expect([note.tagName, epubType(note)]).toEqual(['aside', 'footnote']);
    expect(toString(note).trim()).toBe('1. The event loop is the scheduler of asyncio.');
    expect(select('a', note)?.properties.href).toBe('#user-content-fnref-loop');
    expect(text('OEBPS/01-first.xhtml')).not.toMatch(/data-footnote/);
  });

  it('keeps task lists and table alignment as readers can show them', () => {
    const chapter = parse('OEBPS/01-first.xhtml');
    expect(selectAll('li.task-list-item', chapter).map((li) => toString(li))).toEqual(['☑ a done task', '☐ an open task']);
    expect(selectAll('th', chapter).map((th) => th.properties.style)).toEqual(['text-align:left', 'text-align:right']);
  });

  it('resolves every internal link, image and stylesheet to a file and an id in the EPUB', () => {
    const ids = new Map(documents().map((name) => [name, new Set(selectAll('[id]', parse(name)).map((e) => String(e.properties.id)))]));
    const problems: string[] = [];
    let checked = 0;
    const check = (from: string, ref: string) => {
      if (/^[a-z]+:/.test(ref)) return;
      checked += 1;
      const [file = '', id] = ref.split('#');
      const target = file ? path.posix.join(path.posix.dirname(from), file) : from;
      if (!entries.some((e) => e.name === target)) problems.push(`${from}: ${ref} (no file)`);
      else if (id && !ids.get(target)?.has(id)) problems.push(`${from}: ${ref} (no id)`);
    };
    for (const name of documents()) {
      visit(parse(name), 'element', (node) => {
        const ref = node.properties.href ?? node.properties.src;
        if (typeof ref === 'string') check(name, ref);
      });
    }
    for (const [, src] of text('OEBPS/toc.ncx').matchAll(/<content src="([^"]+)"/g)) check('OEBPS/toc.ncx', src!);
    for (const [, href] of text('OEBPS/content.opf').matchAll(/<item [^>]*href="([^"]+)"/g)) check('OEBPS/content.opf', href!);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('embeds each local image once', async () => {
    const images = entries.filter((e) => e.name.startsWith('OEBPS/images/') && !e.name.endsWith('/'));
    expect(images.map((e) => e.name)).toEqual(['OEBPS/images/loop.svg', expect.stringMatching(/^OEBPS\/images\/figures\/[0-9a-f]{16}\.svg$/)]);
    expect(images[0]!.data.equals(await readFile(path.join(book, 'manuscript', 'en', 'images', 'loop.svg')))).toBe(true);
    expect(selectAll('img', parse('OEBPS/01-first.xhtml')).map((img) => img.properties.src)).toEqual(['images/loop.svg']);
    // A drawn figure is an image like any other, with the manuscript's alt text.
    const figure = selectAll('figure.figure img', parse('OEBPS/02-second.xhtml'));
    expect(figure.map((img) => `OEBPS/${String(img.properties.src)}`)).toEqual([images[1]!.name]);
    expect(figure[0]!.properties.alt).toMatch(/^A state diagram/);
    expect(images[1]!.data.toString('utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  });
});

describe('EPUB code on e-ink', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  it('writes only light-theme colours, each at least 4.5:1 against white, and one block per code line', () => {
    let colours = 0;
    for (const name of documents()) {
      const source = text(name);
      expect(source, name).not.toContain('--shiki');
      // Each code line holds its own newline: a newline between line blocks would show as a blank line.
      expect(source, name).not.toMatch(/<\/span>\n<span class="line"/);
      for (const [, hex] of source.matchAll(/(?<![-\w])color:(#[0-9a-f]{6})/gi)) {
        colours += 1;
        expect(1.05 / (luminance(hex!) + 0.05), `${name} ${hex}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const [, hex] of source.matchAll(/background-color:(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)) {
        expect(luminance(hex!.length === 4 ? `#${[...hex!.slice(1)].map((c) => c + c).join('')}` : hex!), `${name} background ${hex}`).toBeGreaterThan(0.8);
      }
    }
    expect(colours).toBeGreaterThan(20);
  });

  it('wraps long code lines with a hanging indent instead of widening the page, as Chromium renders it with the EPUB stylesheet', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'epub-unzipped-'));
    for (const entry of entries.filter((e) => !e.name.endsWith('/'))) {
      await mkdir(path.dirname(path.join(dir, entry.name)), { recursive: true });
      await writeFile(path.join(dir, entry.name), entry.data);
    }
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 480, height: 800 });
      await page.goto(pathToFileURL(path.join(dir, 'OEBPS', '02-second.xhtml')).href, { waitUntil: 'load' });
      const layout = await page.evaluate((text) => {
        const line = [...document.querySelectorAll('pre .line')].find((l) => l.textContent?.includes(text));
        const range = document.createRange();
        if (line) range.selectNodeContents(line);
        // Where each visual line of the code line starts, and the width of a character.
        const starts = new Map<number, number>();
        for (const r of range.getClientRects()) if (r.width > 0) starts.set(Math.round(r.top), Math.min(starts.get(Math.round(r.top)) ?? Infinity, r.left));
        const probe = line?.appendChild(document.createElement('span'));
        if (probe) probe.textContent = '0'.repeat(10);
        return { width: document.documentElement.scrollWidth, starts: [...starts.values()], ch: (probe?.getBoundingClientRect().width ?? 0) / 10 };
      }, longLine);
      expect(layout.width).toBeLessThanOrEqual(480);
      expect(layout.starts.length).toBeGreaterThanOrEqual(2);
      // The line is indented 4 columns; its continuations start 4 deeper.
      const [first, ...continued] = layout.starts;
      for (const start of continued) expect((start - first!) / layout.ch).toBeCloseTo(8, 0);
    } finally {
      await browser.close();
    }
  });
});

describe('EPUB in a reading engine', () => {
  it("pandoc's EPUB reader finds every chapter title and the listings", async () => {
    const en = await run('pandoc', ['-f', 'epub', '-t', 'plain', '--wrap=none', epubFile(outs[0], 'en')]);
    expect(en.code, en.stderr).toBe(0);
    for (const title of ['Chapter 1 The First Chapter', 'Chapter 2 The Second Chapter', '1.1 Getting Started', 'Listing 1.1 Hello from a coroutine', 'asyncio.run(main())', longLine]) {
      expect(en.stdout).toContain(title);
    }
    const ru = await run('pandoc', ['-f', 'epub', '-t', 'plain', '--wrap=none', epubFile(outs[0], 'ru')]);
    expect(ru.stdout).toContain('Глава 1 Первая глава');
    expect(ru.stdout).toContain('Листинг 1.1 Привет');
  });
});

describe('the English book as an EPUB', () => {
  it('passes epubcheck with nothing reported', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'epub-en-'));
    await build({ root: repoRoot, out, formats: ['epub'], langs: ['en'] });
    const { slug } = (await loadBook(repoRoot, 'en', { highlight: false })).config;
    const result = await run('java', ['-jar', '/usr/bin/epubcheck', path.join(out, 'en', `${slug}.epub`)]);
    const output = result.stdout + result.stderr;
    expect(output, output).toContain('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
    expect(result.code).toBe(0);
  });
});
