// The build's caches (the highlighted code blocks, .cache/highlight-<lang>.json):
// a build from a warm cache writes the same bytes as one from a cold cache,
// and an edited paragraph or code block shows in the rebuilt outputs.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
