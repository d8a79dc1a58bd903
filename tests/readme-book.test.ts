// Ordinary Markdown nobody here wrote: three npm packages' READMEs, unchanged,
// as the chapters of a book (tests/fixtures/readme-book, with their
// licences). It builds in every format, and the only warnings are the ones
// an author converting them should look at.
import { readFile, readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { readHtml, repoRoot, run } from './helpers.ts';
import { readZip, type ZipEntry } from './read-zip.ts';

const book = path.join(repoRoot, 'tests', 'fixtures', 'readme-book');
let out: string;
let warnings = '';
let entries: ZipEntry[];

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'readme-book-'));
  await build({ root: book, out, formats: ['html', 'pdf', 'epub'], warnings: (text) => void (warnings += text) });
  entries = readZip(await readFile(path.join(out, 'en', 'readmes.epub')));
});

describe('a book of real READMEs', () => {
  it('builds every format', async () => {
    expect((await readdir(path.join(out, 'en'))).sort()).toEqual(['LICENSE', 'assets', 'hastscript.html', 'index.html', 'license', 'readmes.epub', 'readmes.pdf', 'search-en.js', 'shell-quote.html', 'unist-util-visit.html']);
  });

  it('warns only where an author should look: remote badges and extra `#` titles', () => {
    const rules = [...warnings.matchAll(/warning .*?\s{2,}(\S+:\S+)\s+book$/gm)].map((m) => m[1]);
    expect(new Set(rules)).toEqual(new Set(['image:remote', 'heading:title']));
    expect(rules.filter((r) => r === 'heading:title')).toHaveLength(4);
  });

  it('keeps headings of every level, raw HTML and the links to the licence files', async () => {
    const page = await readHtml(path.join(out, 'en', 'hastscript.html'));
    expect(selectAll('article h4, article h5, article h6', page).length).toBeGreaterThan(5);
    expect(selectAll('a[href="license"]', page).map((a) => toString(a))).toEqual(['MIT']);
    expect(await readFile(path.join(out, 'en', 'license'), 'utf8')).toContain('Titus Wormer');
    const quote = await readHtml(path.join(out, 'en', 'shell-quote.html'));
    expect(selectAll('a[href="LICENSE"]', quote).length).toBeGreaterThan(0);
    expect(selectAll('a.remote-image, span.remote-image', quote).length).toBeGreaterThan(0);
  });

  it('gives the EPUB the licences as documents outside the reading order, and epubcheck reports nothing', async () => {
    expect(entries.map((e) => e.name).filter((n) => n.includes('file-'))).toEqual(['OEBPS/file-1-LICENSE.xhtml', 'OEBPS/file-2-license.xhtml']);
    const opf = entries.find((e) => e.name.endsWith('.opf'))!.data.toString('utf8');
    expect(opf).toContain('<itemref idref="file-1" linear="no" />');
    const check = await run('java', ['-jar', '/usr/bin/epubcheck', path.join(out, 'en', 'readmes.epub')]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings \/ 0 infos/);
  });

  it('has one PDF bookmark per chapter, section and subsection, none for deeper headings', async () => {
    const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', path.join(out, 'en', 'readmes.pdf')]);
    type Outline = { title: string; kids: Outline[] };
    const count = (items: Outline[]): number => items.reduce((n, i) => n + 1 + count(i.kids), 0);
    const outlines = (JSON.parse(stdout) as { outlines: Outline[] }).outlines;
    const titles = outlines.map((o) => o.title);
    expect(titles).toEqual(['Contents', '1 shell-quote Version Badge', '2 hastscript', '3 unist-util-visit']);
    expect(count(outlines)).toBeGreaterThan(20);
  });
});
