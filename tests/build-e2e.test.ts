// End to end: the fixture book built into every format, checked as readers
// and validators see it.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import sirv from 'sirv';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { launchChromium } from '../build/chromium.ts';
import { fixtureBook, readHtml, run } from './helpers.ts';
import { linkTargets, pageLabels, pageTexts, taggedFigures } from './pdf-reading.ts';

let out: string;
let written: string[];

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'fixture-out-'));
  written = await build({ root: fixtureBook, out, formats: ['html', 'pdf', 'epub'] });
});

describe('HTML site', () => {
  it('writes the title page and one page per chapter for each language', async () => {
    const en = (await readdir(path.join(out, 'en'))).sort();
    // code/: the listings' programs, for download; search-<lang>.js: the search index.
    expect(en).toEqual(['01-first.html', '02-second.html', 'assets', 'book-index.html', 'code', 'figures', 'fixture.epub', 'fixture.pdf', 'images', 'index.html', 'search-en.js']);
    expect((await readdir(path.join(out, 'ru'))).sort()).toEqual(['01-pervaya.html', 'assets', 'figures', 'fixture.epub', 'fixture.pdf', 'index.html', 'search-ru.js']);
    expect(written).toContain(path.join(out, 'en', 'index.html'));
  });

  it('numbers chapters and sections, and fills cross-references', async () => {
    const page = await readHtml(path.join(out, 'en', '01-first.html'));
    expect(toString(select('h1', page)!)).toBe('Chapter 1 The First Chapter');
    expect(toString(select('h2#getting-started', page)!)).toMatch(/^1\.1 Getting Started/);
    const links = selectAll('article a', page).map((a) => [toString(a), a.properties.href]);
    expect(links).toContainEqual(['Chapter 2', '02-second.html']);
    expect(links).toContainEqual(['Section 2.1', '02-second.html#waiting-well']);
    expect(links).toContainEqual(['Listing 1.1', '01-first.html#lst-hello']);
    expect(select('figure#lst-hello figcaption', page) && toString(select('figure#lst-hello figcaption', page)!)).toBe('Listing 1.1 Hello from a coroutinehello.py');
    expect(selectAll('pre.shiki span[style]', page).length).toBeGreaterThan(5);
    expect(select('details.solution summary', page)).toBeTruthy();
    expect(selectAll('aside.admonition', page)).toHaveLength(3);
  });

  it('has previous/next links, the contents sidebar and the downloads', async () => {
    const page = await readHtml(path.join(out, 'en', '02-second.html'));
    expect(select('.pager a.prev', page)?.properties.href).toBe('01-first.html');
    expect(select('.pager a.next', page)).toBeUndefined();
    expect(selectAll('#sidebar li.toc-chapter', page)).toHaveLength(2);
    expect(selectAll('.downloads a', page).map((a) => a.properties.href)).toEqual(['fixture.pdf', 'fixture.epub']);
  });

  it('shows a diagram as a numbered figure: a static SVG with its alt text, and links to it by number', async () => {
    const page = await readHtml(path.join(out, 'en', '02-second.html'));
    const figure = select('figure.figure#fig-task-states', page)!;
    const img = select('img', figure)!;
    expect(img.properties.src).toMatch(/^figures\/[0-9a-f]{16}\.svg$/);
    expect(img.properties.alt).toMatch(/^A state diagram: a task starts pending/);
    expect(toString(select('figcaption', figure)!)).toBe("Figure 2.1 A task's states");
    const svg = await readFile(path.join(out, 'en', String(img.properties.src)), 'utf8');
    expect(svg).toMatch(/<text[^>]*>.*Pending/);
    expect(selectAll('script', page).map((s) => s.properties.src)).toEqual(['assets/book.js', 'assets/search.js']);
    const links = selectAll('article a', await readHtml(path.join(out, 'en', '01-first.html'))).map((a) => [toString(a), a.properties.href]);
    expect(links).toContainEqual(['Figure 2.1', '02-second.html#fig-task-states']);
  });

  it('has an index page, linked from the contents, whose entries link to where their terms stand', async () => {
    const chapterPage = await readHtml(path.join(out, 'en', '01-first.html'));
    expect(selectAll('#sidebar li.toc-index a', chapterPage).map((a) => [toString(a), a.properties.href])).toEqual([['Index', 'book-index.html']]);
    const page = await readHtml(path.join(out, 'en', 'book-index.html'));
    expect(selectAll('.book-index h2.index-letter', page).map((h) => toString(h))).toEqual(['C', 'E', 'F', 'T']);
    const line = (id: string) => toString(select(`li#${id} > .index-line`, page)!);
    expect(line('index-event-loop')).toBe('event loop 2.1, 2.2; see also task');
    expect(line('index-coroutine')).toBe('coroutine, see task');
    expect(select('li#index-coroutine a', page)?.properties.href).toBe('#index-task');
    expect(selectAll('li#index-task li', page).map((li) => toString(li))).toEqual(['states 2.1', 'twice 1.2']);
    // The Python API, by module: inline code naming an importable object.
    expect(toString(select('h3#api-asyncio', page)!)).toBe('asyncio');
    expect(toString(select('li#api-run', page)!)).toBe('run 1.2, 2.1');
    // Each link lands on the anchor where the term stands, inside the paragraph that holds it.
    for (const [href, text] of [
      [select('li#index-event-loop a', page)?.properties.href, 'A task moves through the states'],
      [select('li#api-run a', page)?.properties.href, 'as asyncio.run would not'],
    ] as const) {
      const [file, id] = String(href).split('#');
      const target = await readHtml(path.join(out, 'en', file!));
      const anchor = select(`[id="${id}"]`, target);
      expect(anchor, String(href)).toBeTruthy();
      expect(toString(selectAll('p', target).find((p) => select(`[id="${id}"]`, p))!)).toContain(text);
    }
    expect(toString(select('span.index-mark', chapterPage)!)).toBe('');
  });

  it('translates the toolchain words for another language', async () => {
    const page = await readHtml(path.join(out, 'ru', '01-pervaya.html'));
    expect(toString(select('h1', page)!)).toBe('Глава 1 Первая глава');
    expect(toString(select('article p a', page)!)).toBe('Листинг 1.1');
    expect(toString(select('figure.figure figcaption', page)!)).toBe('Рисунок 1.1 Цикл событий');
    expect(select('html', page)?.properties.lang).toBe('ru');
  });

  it('every internal link and image of every page resolves', async () => {
    const problems: string[] = [];
    for (const lang of ['en', 'ru']) {
      const dir = path.join(out, lang);
      for (const name of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
        const page = await readHtml(path.join(dir, name));
        const refs = [
          ...selectAll('a[href]', page).map((a) => String(a.properties.href)),
          ...selectAll('img[src], link[href], script[src]', page).map((e) => String(e.properties.src ?? e.properties.href)),
        ];
        for (const ref of refs.filter((r) => !/^[a-z]+:/.test(r))) {
          const [file, id] = ref.split('#');
          const target = path.join(dir, file || name);
          if (!existsSync(target)) problems.push(`${lang}/${name}: ${ref} (no file)`);
          else if (id && target.endsWith('.html') && !select(`[id="${id}"]`, await readHtml(target))) problems.push(`${lang}/${name}: ${ref} (no anchor)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens in Chromium from file:// and from a static server without console errors', async () => {
    const serve = sirv(out, { dev: true });
    const server: Server = createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end(); }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const browser = await launchChromium();
    const problems: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      for (const url of [
        pathToFileURL(path.join(out, 'en', 'index.html')).href,
        pathToFileURL(path.join(out, 'en', '01-first.html')).href,
        `http://127.0.0.1:${port}/en/02-second.html`,
        `http://127.0.0.1:${port}/ru/index.html`,
      ]) {
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.ok() ?? url.startsWith('file:')).toBe(true);
      }
      // A task list shows its checkboxes without bullets as well.
      await page.goto(pathToFileURL(path.join(out, 'en', '01-first.html')).href, { waitUntil: 'load' });
      expect(await page.$eval('ul.contains-task-list', (ul) => getComputedStyle(ul).listStyleType)).toBe('none');
      expect(await page.$$eval('ul.contains-task-list input[type=checkbox]', (boxes) => boxes.length)).toBe(2);
      // The theme toggle works and is remembered.
      await page.click('.theme-toggle');
      expect(await page.$eval('html', (el) => el.getAttribute('data-theme'))).toBe('dark');
    } finally {
      await browser.close();
      server.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('PDF', () => {
  const pdf = () => path.join(out, 'en', 'fixture.pdf');

  it('has metadata, pages and embedded fonts', async () => {
    const info = (await run('pdfinfo', [pdf()])).stdout;
    expect(info).toMatch(/^Title:\s+The Fixture Book$/m);
    expect(info).toMatch(/^Author:\s+Ada Lovelace, Alan Turing$/m);
    expect(info).toMatch(/^Subject:\s+A test book for the toolchain\.$/m);
    expect(info).toMatch(/^Keywords:\s+testing fixtures$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(4);
    const fonts = (await run('pdffonts', [pdf()])).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
    expect((await run('qpdf', ['--check', pdf()])).code).toBe(0);
  });

  it('holds every chapter title, starting on its own page', async () => {
    const text = (await run('pdftotext', ['-layout', pdf(), '-'])).stdout;
    const pages = text.split('\f');
    for (const title of ['The First Chapter', 'The Second Chapter']) {
      const page = pages.findIndex((p) => p.includes('CHAPTER') && p.includes(title));
      expect(page, title).toBeGreaterThan(0);
    }
    expect(text).toContain('Listing 1.1 Hello from a coroutine');
  });

  it("draws a figure as vector text, tags it Figure with the manuscript's alt text, and prints the page of a reference to it", async () => {
    const pages = await pageTexts(pdf());
    const at = pages.findIndex((p) => p.includes("Figure 2.1 A task's states"));
    expect(at).toBeGreaterThan(0);
    // The drawing's labels are text on the caption's page, so the two were kept together.
    expect(pages[at]).toMatch(/Pending[\s\S]*Running[\s\S]*Cancelled[\s\S]*Figure 2\.1 A task's states/);
    const folio = pages[at]!.trim().split('\n').map((l) => l.trim()).filter(Boolean).find((l) => /^\d+$/.test(l));
    expect(pages.join('\n')).toContain(`To a figure: Figure 2.1, page ${folio}.`);
    expect((await run('pdfimages', ['-list', pdf()])).stdout.trim().split('\n')).toHaveLength(2);
    const figures = await taggedFigures(pdf());
    // Beside the two images, the task list's checkboxes are figures named for their state (rehype-figure-tags.ts).
    expect(figures.map((f) => f.alt)).toEqual(['Done', 'Not done', 'The event loop, drawn as a box', expect.stringMatching(/^A state diagram: a task starts pending/)]);
  });

  it('ends with an index whose page numbers are the pages its terms stand on, each a link there', async () => {
    const pages = await pageTexts(pdf());
    const labels = await pageLabels(pdf(), pages.length);
    // A chapter's first page prints no folio: its page label is the same number.
    const folioOf = (text: string) => labels[pages.findIndex((p) => p.includes(text))];
    const at = pages.findIndex((p) => /^\s*Index\s*$/m.test(p) && p.includes('event loop'));
    expect(at).toBeGreaterThan(0);
    // "A task moves" and "That is all" are on consecutive pages: one range.
    const [, from, to] = /event loop (\d+)–(\d+); see also task/.exec(pages[at]!) ?? [];
    expect(from).toBe(folioOf('A task moves through the states'));
    expect(to).toBe(folioOf('That is all.'));
    expect(pages[at]).toMatch(/footnote 1\b/);
    const api = pages.find((p) => p.includes('Python API'))!;
    expect(api).toMatch(/run (\d+), (\d+)/);
    // Every number is a link to the place of its term.
    const links = await linkTargets(pdf(), at + 1);
    expect(links).toContain('ch-02-second--ix-3');
    expect(links).toContain('ch-01-first--ix-1');
    expect(links).toContain('index-task');
    // The index is in the contents and the bookmarks.
    expect(pages.find((p) => p.includes('Contents'))).toMatch(new RegExp(`Index\\s+${labels[at]}\\s*$`, 'm'));
    const outline = (await run('qpdf', ['--json', '--json-key=outlines', pdf()])).stdout;
    expect(outline).toContain('"title": "Index"');
  });

  it('has bookmarks for chapters and sections', async () => {
    const json = JSON.parse((await run('qpdf', ['--json', '--json-key=outlines', pdf()])).stdout) as { outlines: { title: string; kids: { title: string }[] }[] };
    const titles = (items: { title: string; kids?: { title: string }[] }[]): string[] => items.flatMap((o) => [o.title, ...titles(o.kids ?? [])]);
    const all = titles(json.outlines);
    expect(all.some((t) => t.includes('The First Chapter'))).toBe(true);
    expect(all.some((t) => t.includes('Getting Started'))).toBe(true);
    expect(all.some((t) => t.includes('Waiting Well'))).toBe(true);
  });
});


