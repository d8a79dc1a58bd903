// The build's caches (the highlighted code blocks, .cache/highlight-<lang>.json;
// the loaded chapters, .cache/chapters/<lang>/): a build from a warm cache
// writes the same bytes as one from a cold cache, and an edited paragraph or
// code block shows in the rebuilt outputs.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../build/diagnostics.ts';
import { loadBook } from '../build/load-book.ts';
import type { Book } from '../build/model.ts';
import { cli, copyFixture, edit } from './helpers.ts';

async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = new Map<string, Buffer>();
  for (const e of entries.filter((e) => e.isFile())) {
    const file = path.join(e.parentPath, e.name);
    found.set(path.relative(dir, file), await readFile(file));
  }
  return found;
}

describe('build caches', () => {
  it('a warm build equals a cold one, and an edit is rebuilt', async () => {
    const book = await copyFixture();
    try {
      const build = (out: string) => cli(['build', '--book', book, '--lang', 'en', '--format', 'html,epub', '--out', path.join(book, out)]);
      const cold = await build('cold');
      expect(cold.code, cold.stderr).toBe(0);
      const cache = path.join(book, '.cache', 'highlight-en.json');
      expect(Object.keys(JSON.parse(await readFile(cache, 'utf8')) as object).length).toBeGreaterThan(0);
      expect((await build('warm')).code).toBe(0);
      const [a, b] = await Promise.all([files(path.join(book, 'cold')), files(path.join(book, 'warm'))]);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);

      const chapter = path.join(book, 'manuscript', 'en', '01-first.md');
      await edit(chapter, 'A tip with its own title.', 'A tip with its own title, edited.');
      await edit(chapter, 'print("hello")', 'print("hello, edited")');
      expect((await build('edited')).code).toBe(0);
      const page = await readFile(path.join(book, 'edited', 'en', '01-first.html'), 'utf8');
      expect(page).toContain('A tip with its own title, edited.');
      expect(page).toMatch(/hello, edited/);
      // The edited block is coloured like the others.
      expect(page).toMatch(/<span style="color:[^"]*">print<\/span>/);
    } finally {
      await rm(book, { recursive: true, force: true });
    }
  }, 240_000);

  it('a chapter from the cache is the chapter as parsed, warnings included; an edit is parsed again; an error is never kept', async () => {
    const book = await copyFixture();
    try {
      const chapter = path.join(book, 'manuscript', 'en', '01-first.md');
      await edit(chapter, 'description:', 'layout: post\ndescription:');
      const seen = (loaded: Book) =>
        loaded.chapters.map((c) => ({ hast: c.hast, data: c.file.data, messages: c.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal} ${m.reason}`) }));
      const parsed = seen(await loadBook(book, 'en', { highlight: false }));
      const kept = await readdir(path.join(book, '.cache', 'chapters', 'en'));
      expect(kept.length).toBe(parsed.length);
      const cached = seen(await loadBook(book, 'en', { highlight: false }));
      expect(cached).toEqual(parsed);
      expect(cached[0]!.messages).toEqual(['2:1 front-matter:unknown-key false Unknown front-matter key `layout` (known: title, description, keywords, authors)']);

      await edit(chapter, 'A tip with its own title.', 'A tip with its own title, edited.');
      expect(JSON.stringify((await loadBook(book, 'en', { highlight: false })).chapters[0]!.hast)).toContain('A tip with its own title, edited.');

      await edit(chapter, 'file=hello.py caption=', 'file=hello.py colour=red caption=');
      const errors = async () => {
        const error = await loadBook(book, 'en', { highlight: false }).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(BuildError);
        return (error as BuildError).files.flatMap((file) => file.messages.filter((m) => m.fatal).map((m) => `${path.basename(file.path)}:${m.line} ${m.ruleId}`));
      };
      expect(await errors()).toEqual(['01-first.md:27 code:attribute']);
      expect(await errors()).toEqual(['01-first.md:27 code:attribute']);
    } finally {
      await rm(book, { recursive: true, force: true });
    }
  }, 120_000);
});
