// The PDF's caches of laid-out parts (<book>/.cache/pdf-pages/) and of
// printed parts (<book>/.cache/pdf-print/): after one paragraph of one
// chapter changes, a build lays out and prints that chapter again and takes
// the others' pages and PDFs from the caches, and gives the same file as a
// build that lays out and prints everything.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { copyFixture, edit } from './helpers.ts';
import { pageTexts } from './pdf-reading.ts';

async function entries(dir: string): Promise<Map<string, number>> {
  const names = await readdir(dir);
  return new Map(await Promise.all(names.map(async (name) => [name, (await stat(path.join(dir, name))).mtimeMs] as const)));
}

describe('the PDF built with laid-out chapters from the cache', () => {
  let cached: string;
  let cold: string;
  let reprinted: string;
  let before: Map<string, number>;
  let after: Map<string, number>;
  let printedBefore: Map<string, number>;
  let printedAfter: Map<string, number>;

  beforeAll(async () => {
    const root = await copyFixture();
    const cacheDir = path.join(root, '.cache', 'pdf-pages', 'en');
    const printDir = path.join(root, '.cache', 'pdf-print', 'en');
    const pdfOf = async (name: string) => {
      const out = await mkdtemp(path.join(tmpdir(), `pdf-cache-${name}-`));
      await build({ root, out, formats: ['pdf'], langs: ['en'] });
      return path.join(out, 'en', 'fixture.pdf');
    };
    await pdfOf('first');
    before = await entries(cacheDir);
    printedBefore = await entries(printDir);
    await edit(path.join(root, 'manuscript', 'en', '02-second.md'), 'starts the event loop.', 'starts the event loop, and runs the coroutine it is given until it is done.');
    cached = await pdfOf('cached');
    after = await entries(cacheDir);
    printedAfter = await entries(printDir);
    await rm(path.join(root, '.cache', 'pdf-pages'), { recursive: true });
    await rm(path.join(root, '.cache', 'pdf-print'), { recursive: true });
    cold = await pdfOf('cold');
    // Laid-out parts from the cache are printed in their document again, not in the tab that laid them out.
    await rm(path.join(root, '.cache', 'pdf-print'), { recursive: true });
    reprinted = await pdfOf('reprinted');
  }, 300_000);

  it('lays out again only what changed, and keeps only what the build used', () => {
    const kept = [...after].filter(([name, time]) => before.get(name) === time);
    const added = [...after.keys()].filter((name) => !before.has(name));
    // The first chapter (and the index, whose text did not change) came from the cache; the second was laid out.
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(after.size).toBe(before.size);
  });

  it('prints again only the part whose pages changed', () => {
    // Each printed part is a PDF and the places in it that other parts link to.
    const parts = (names: Iterable<string>) => new Set([...names].map((name) => name.replace(/\..*$/, '')));
    const kept = parts([...printedAfter].filter(([name, time]) => printedBefore.get(name) === time).map(([name]) => name));
    const added = parts([...printedAfter.keys()].filter((name) => !printedBefore.has(name)));
    // The front matter, the first chapter and the index kept their pages and numbers; the second chapter did not.
    expect(added.size).toBe(1);
    expect(kept.size).toBe(parts(printedBefore.keys()).size - 1);
    expect(printedAfter.size).toBe(printedBefore.size);
  });

  it('gives the same pages, text and file as a build without the cache', async () => {
    const [a, b] = await Promise.all([pageTexts(cached), pageTexts(cold)]);
    expect(a.length).toBe(b.length);
    expect(a).toEqual(b);
    expect(a.join('\n')).toContain('runs the coroutine it is given');
    const [x, y, z] = await Promise.all([readFile(cached), readFile(cold), readFile(reprinted)]);
    expect(x.equals(y)).toBe(true);
    expect(z.equals(y)).toBe(true);
  });
});
