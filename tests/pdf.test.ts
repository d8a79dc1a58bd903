// The printed book: built from the real manuscript and from the fixture
// book, then read back with poppler and qpdf as a reader's tools see it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { loadBook } from '../build/load-book.ts';
import { extractPrograms, programBody } from '../build/examples/extract.ts';
import type { Book } from '../build/model.ts';
import { bookmarks, internalLinks, pageLabels, pageTexts, wordBoxes, type Bookmark } from './pdf-reading.ts';
import { copyFixture, repoRoot, run } from './helpers.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the English book in print', () => {
  let pdf: string;
  let book: Book;
  let pages: string[];
  let labels: string[];

  beforeAll(async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'pdf-en-'));
    book = await loadBook(repoRoot, 'en', { highlight: false });
    await build({ root: repoRoot, out, formats: ['pdf'], langs: ['en'] });
    pdf = path.join(out, 'en', `${book.config.slug}.pdf`);
    pages = await pageTexts(pdf);
    labels = await pageLabels(pdf, pages.length);
  });

  it('opens with cover, half-title, title page, copyright and contents, in that order', () => {
    const first = (needle: RegExp) => pages.findIndex((text) => needle.test(text));
    const order = [
      pages.findIndex((text) => squash(text).startsWith(book.config.title) && text.includes(book.config.authors[0]!)),
      first(new RegExp(`^\\s*${book.config.title}\\s*$`)),
      first(/©/),
      first(/^\s*Contents\s*$/m),
      first(/^\s*CHAPTER 1\s*$/m),
    ];
    expect(order[0]).toBe(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(labels[0]).toBe('Cover');
    // Every chapter, as every recto, is an odd page.
    expect(order[4]! % 2).toBe(0);
    expect(labels[order[3]!]).toMatch(/^[ivx]+$/);
    expect(labels[order[4]!]).toBe('1');
  });

  it("prints in the contents the page each chapter and section starts on", () => {
    const contents = pages.filter((text) => /^\s*Contents\s*$/m.test(text) || /^\s*\d+(\.\d+)?\s+\S.*\s\d+\s*$/m.test(text)).slice(0, 6).join('\n');
    const openers = new Map<number, number>();
    pages.forEach((text, index) => {
      const label = /^\s*CHAPTER (\d+)\s*$/m.exec(text);
      if (label) openers.set(Number(label[1]), index);
    });
    for (const chapter of book.chapters) {
      const entry = new RegExp(`^\\s*${chapter.number}\\s+${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)\\s*$`, 'm').exec(contents);
      expect(entry, chapter.title).not.toBeNull();
      const opener = openers.get(chapter.number);
      expect(opener, chapter.title).toBeDefined();
      expect(squash(pages[opener!]!)).toContain(chapter.title);
      expect(labels[opener!], chapter.title).toBe(entry![1]);
      for (const section of chapter.headings.filter((h) => h.depth === 2)) {
        const line = new RegExp(`^\\s*${section.number.replace('.', '\\.')}\\s+.*?\\s(\\d+)\\s*$`, 'm').exec(contents);
        expect(line, section.text).not.toBeNull();
        const page = labels.indexOf(line![1]!);
        const heading = new RegExp(`^\\s*${section.number.replace('.', '\\.')}\\s`, 'm');
        expect(heading.test(pages[page]!), `${section.number} ${section.text} on page ${line![1]}`).toBe(true);
      }
    }
  });

  it('prints with every cross-reference the page its target is on', () => {
    const escape = (text: string) => text.replace(/\./g, '\\.');
    const targets = {
      Chapter: (n: string) => new RegExp(`^\\s*CHAPTER ${n}\\s*$`, 'm'),
      Section: (n: string) => new RegExp(`^\\s*${escape(n)}\\s+\\S`, 'm'),
      // The caption, not another citation of the same listing.
      Listing: (n: string) => new RegExp(`Listing ${escape(n)}(?!\\d|\\.\\d|,)`),
    };
    let checked = 0;
    pages.forEach((text, index) => {
      for (const [, kind, number, folio] of squash(text).matchAll(/\b(Chapter|Section|Listing) (\d+(?:\.\d+)?), page ([1-9]\d*)/g)) {
        const target = labels.indexOf(folio!);
        const cited = `${kind} ${number}, page ${folio} (cited on page ${labels[index]})`;
        expect(target, cited).toBeGreaterThan(-1);
        if (kind === 'Chapter') {
          // "Chapter 4" may be an author's text for a link into the chapter: the page lies within it.
          const opener = (n: number) => pages.findIndex((page) => targets.Chapter(String(n)).test(page));
          const next = opener(Number(number) + 1);
          expect(target >= opener(Number(number)) && (next === -1 || target < next), cited).toBe(true);
        } else expect(targets[kind as keyof typeof targets](number!).test(kind === 'Listing' ? squash(pages[target]!) : pages[target]!), cited).toBe(true);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('leads every link to the page it prints, within a part and from one part to another', async () => {
    // The book is printed part by part (merge.ts joins them): a link into another part must land as surely as one within.
    const [links, words] = await Promise.all([internalLinks(pdf), wordBoxes(pdf)]);
    expect(links.length).toBeGreaterThan(1000);
    expect(links.filter((link) => link.to === 0).map((link) => `${link.dest} on page ${link.page}`)).toEqual([]);
    const partOf = (page: number) => pages.slice(0, page).filter((text) => /^\s*CHAPTER \d+\s*$/m.test(text)).length;
    let checked = 0;
    let across = 0;
    for (const link of links) {
      if (link.dest.startsWith('note-')) continue;
      // A link that prints a page (a contents entry, a cross-reference, an index place) ends with that page's folio.
      const inside = words.filter((w) => w.page === link.page && w.xMin >= link.rect.xMin - 1 && w.xMax <= link.rect.xMax + 1 && w.yMin >= link.rect.yMin - 1 && w.yMax <= link.rect.yMax + 1);
      const folio = inside.at(-1)?.text.replace(/[,.;:)]+$/, '');
      if (!folio || !/^(\d+|[ivxl]+)$/.test(folio)) continue;
      expect(labels[link.to - 1], `${link.dest} on page ${labels[link.page - 1]}, printed as page ${folio}`).toBe(folio);
      checked += 1;
      if (partOf(link.page) !== partOf(link.to)) across += 1;
    }
    expect(checked).toBeGreaterThan(500);
    expect(across).toBeGreaterThan(100);
  });

  it('prints page numbers that agree with the page labels, and none on chapter openers', () => {
    let numbered = 0;
    pages.forEach((text, index) => {
      const last = text.trimEnd().split('\n').at(-1)?.trim() ?? '';
      if (/^(\d+|[ivxl]+)$/.test(last)) {
        numbered += 1;
        expect(last, `page ${index + 1}`).toBe(labels[index]);
      }
      if (/^\s*CHAPTER \d+\s*$/m.test(text)) expect(last, `opener on page ${index + 1}`).not.toMatch(/^\d+$/);
    });
    expect(numbered).toBeGreaterThan(pages.length / 2);
  });

  it('has a bookmark for every chapter and section, in order', async () => {
    const marks = (await bookmarks(pdf)).filter((m) => m.title !== 'Contents' && m.title !== book.strings.index);
    const flat = (items: Bookmark[], depth: number): string[] => items.flatMap((m) => [`${depth} ${m.title}`, ...flat(m.kids, depth + 1)]);
    const expected = book.chapters.flatMap((c) => [`1 ${c.number} ${c.title}`, ...c.headings.slice(1).map((h) => `${h.depth} ${h.number} ${h.text}`)]);
    expect(flat(marks, 1)).toEqual(expected);
    // Each chapter's bookmark opens its opener page.
    marks.forEach((mark, i) => expect(pages[mark.page - 1], mark.title).toMatch(new RegExp(`^\\s*CHAPTER ${i + 1}\\s*$`, 'm')));
  });

  it("has a bookmark for every letter of the index and every module of its Python API part, also those on the index's later pages", async () => {
    const index = (await bookmarks(pdf)).find((m) => m.title === book.strings.index);
    expect(index).toBeDefined();
    const api = index!.kids.find((m) => m.title === book.strings.indexApi);
    expect(index!.kids.map((m) => m.title)).toEqual([...book.index.terms.map((g) => g.label), book.strings.indexApi]);
    expect(api!.kids.map((m) => m.title)).toEqual(book.index.api.map((g) => g.label));
    // The index runs over several pages; its last letters are on a later one than its first.
    expect(index!.kids.at(-2)!.page).toBeGreaterThan(index!.kids[0]!.page);
  });

  it('is a finished file: metadata, language, tags, embedded fonts, a valid structure', async () => {
    const info = (await run('pdfinfo', [pdf])).stdout;
    expect(info).toMatch(new RegExp(`^Title:\\s+${book.config.title}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Author:\\s+${book.config.authors.join(', ')}$`, 'm'));
    expect(info).toMatch(/^Subject:\s+\S/m);
    expect(info).toMatch(/^Keywords:\s+Python asyncio/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)$/m);
    const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false });
    expect(String(doc.catalog.lookup(PDFName.of('Lang')))).toBe('(en)');
    const fonts = (await run('pdffonts', [pdf])).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(2);
    for (const line of fonts) expect(/\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line)?.[1], line).toBe('yes');
    expect((await run('qpdf', ['--check', pdf])).code).toBe(0);
  });

  it('prints every code line on a line of its own, also where a listing continues on the next page', () => {
    const printedText = pages.flatMap((text) => text.split('\n').map(squash)).join('\n');
    let pairs = 0;
    for (const program of extractPrograms(book)) {
      const lines = programBody(program).split('\n').map(squash).filter((line) => line.length >= 8);
      for (let i = 1; i < lines.length; i++) {
        pairs += 1;
        expect(printedText.includes(`${lines[i - 1]} ${lines[i]}`), `${program.path}: "${lines[i - 1]}" and "${lines[i]}" run together`).toBe(false);
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('keeps every word inside the page', async () => {
    const outside = (await wordBoxes(pdf)).filter((w) => w.xMin < 0 || w.xMax > w.pageWidth);
    expect(outside.slice(0, 5)).toEqual([]);
  });
});

describe('the fixture book in print', () => {
  let pdfs: string[];

  beforeAll(async () => {
    const root = await copyFixture();
    pdfs = [];
    for (const n of [1, 2]) {
      const out = await mkdtemp(path.join(tmpdir(), `pdf-fixture-${n}-`));
      await build({ root, out, formats: ['pdf'], langs: ['en'] });
      pdfs.push(path.join(out, 'en', 'fixture.pdf'));
    }
  });

  it('wraps a code line too long for the page behind a continuation mark', async () => {
    const words = await wordBoxes(pdfs[0]!);
    expect(words.filter((w) => w.xMax > w.pageWidth - 36)).toEqual([]);
    const text = squash((await pageTexts(pdfs[0]!)).join('\n'));
    expect(text).toContain('↪');
    // Broken at a column, not at a space: compare without the mark and the spaces.
    const bare = (s: string) => s.replace(/↪|\s/g, '');
    expect(bare(text)).toContain(bare('message = "event loops interleave many waiting tasks on one thread, so a line of code can grow far longer than the text block of a printed page"'));
  });

  it("prints an external link's address in a footnote on the same page, numbered on from the chapters before", async () => {
    const page = (await pageTexts(pdfs[0]!)).find((text) => text.includes('asyncio documentation'));
    // The first chapter has one footnote; the second chapter, a part of its own, goes on from it.
    expect(page).toMatch(/^\s*2\.?\s+https:\/\/docs\.python\.org\/3\/library\/asyncio\.html\s*$/m);
  });

  it('prints cross-references with the page of their target', async () => {
    const text = squash((await pageTexts(pdfs[0]!)).join('\n'));
    expect(text).toMatch(/Listing 1\.1, page [1-9]\d*/);
    expect(text).toMatch(/Chapter 2, page [1-9]\d*/);
  });

  it('gives a byte-identical file on every build (fixed dates, a content-derived ID, footnotes named in order)', async () => {
    const [a, b] = await Promise.all(pdfs.map((pdf) => readFile(pdf)));
    expect(b!.length).toBe(a!.length);
    expect(b!.equals(a!)).toBe(true);
    expect(a!.toString('latin1')).toMatch(/\/ID \[ <([0-9a-f]{32})> <\1> \]/);
  });
});
