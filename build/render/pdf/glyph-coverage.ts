// Every character the PDF prints must be in a font the machine has: Chromium
// otherwise prints an empty box ("tofu"), silently, and text extraction loses
// the character. Coverage comes from fontconfig (the fonts Chromium draws
// with); a character no font has is an error at its manuscript line.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Position } from 'unist';
import { assertNoErrors, error } from '../../diagnostics.ts';
import type { Book } from '../../model.ts';

/** Code points of every installed font, from `fc-list`'s charset ranges (hex). */
async function installedCoverage(): Promise<Set<number>> {
  const { stdout } = await promisify(execFile)('fc-list', ['--format', '%{charset}\n'], { maxBuffer: 64 * 1024 * 1024 });
  const covered = new Set<number>();
  for (const range of stdout.split(/\s+/)) {
    if (!range) continue;
    const [from, to = from] = range.split('-').map((hex) => Number.parseInt(hex, 16));
    for (let c = from!; c <= to!; c++) covered.add(c);
  }
  return covered;
}

let coverage: Promise<Set<number>> | undefined;

// Controls and format characters are not drawn.
const undrawn = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]/u;

function check(tree: Root, covered: Set<number>, report: (char: string, line: number, column: number) => void): void {
  visit(tree, (node) => {
    if (!('value' in node) || typeof node.value !== 'string' || !node.position) return;
    if (node.type === 'html' || node.type === 'yaml') return;
    const { start } = node.position as Position;
    // A code block's text starts on the line after its fence; inline text where the node starts.
    const isBlock = node.type === 'code';
    node.value.split('\n').forEach((text, i) => {
      let column = 0;
      for (const char of text) {
        column += 1;
        const point = char.codePointAt(0)!;
        if (undrawn.test(char) || covered.has(point)) continue;
        const line = start.line + i + (isBlock ? 1 : 0);
        report(char, line, isBlock || i > 0 ? column : start.column + column - 1);
      }
    });
  });
}

/** Fails the build, naming file:line and the character, if the PDF would print a box for any character. */
export async function checkGlyphs(book: Book): Promise<void> {
  coverage ??= installedCoverage();
  const covered = await coverage;
  for (const chapter of book.chapters) {
    const seen = new Set<string>();
    check(chapter.mdast, covered, (char, line, column) => {
      const name = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      // One message per character and line is enough.
      if (seen.has(`${name}:${line}`)) return;
      seen.add(`${name}:${line}`);
      error(chapter.file, `No installed font has the character “${char}” (${name}): the PDF would print an empty box; install a font that covers it (setup.sh installs the fonts for the book's languages)`, { line, column }, 'pdf:glyph');
    });
  }
  assertNoErrors(book.chapters.map((c) => c.file));
}
