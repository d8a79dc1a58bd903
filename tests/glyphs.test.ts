// The PDF never prints an empty box for a character no font has: such a
// character is an error at its manuscript line, before any layout.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../build/diagnostics.ts';
import { loadBook } from '../build/load-book.ts';
import { checkGlyphs } from '../build/render/pdf/glyph-coverage.ts';
import { copyFixture, edit } from './helpers.ts';

describe('glyph coverage of the PDF', () => {
  it('passes the fixture book in both languages (Latin and Cyrillic)', async () => {
    for (const lang of ['en', 'ru']) await expect(checkGlyphs(await loadBook(await copyFixture(), lang, { highlight: false }))).resolves.toBeUndefined();
  });

  it('names the file, line, column and character that no installed font has', async () => {
    const book = await copyFixture();
    const chapter = path.join(book, 'manuscript', 'en', '01-first.md');
    // U+1F389 (an emoji) in prose and U+E000 (private use) in a code block: setup.sh installs fonts for neither.
    await edit(chapter, 'Plain text with', 'Party \u{1F389} text with');
    await edit(chapter, 'print("hello', 'print("\u{E000}hello');
    const error = await checkGlyphs(await loadBook(book, 'en', { highlight: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    const messages = (error as BuildError).files.flatMap((f) => f.messages.map((m) => `${path.basename(f.path)}:${m.line}:${m.column} ${m.ruleId} ${m.reason.slice(0, 60)}`));
    expect(messages).toEqual([
      expect.stringMatching(/^01-first\.md:9:7 pdf:glyph No installed font has the character “\u{1F389}” \(U\+1F389\)/u),
      expect.stringMatching(/^01-first\.md:32:12 pdf:glyph No installed font has the character “\u{E000}” \(U\+E000\)/u),
    ]);
  });
});
