// Code extraction: the book model's examples as programs, each a file of
// code/<chapter>/ with a line map back to the manuscript.
import path from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CodeAttributes } from '../code-attributes.ts';
import type { Book, Chapter } from '../model.ts';

export type ProgramKind = 'python' | 'session';

export interface ExpectedOutput {
  text: string;
  /** The output block, for reporting and for --update. */
  node: Code;
}

export interface Program {
  chapter: Chapter;
  /** Path inside code/: "02-sync-vs-async/fetch_all.py". */
  path: string;
  kind: ProgramKind;
  /** "2.3", when numbered. */
  listing: string | undefined;
  caption: string | undefined;
  attributes: CodeAttributes;
  /** The file's text: a one-line header, then the code. */
  text: string;
  /** Manuscript line of each file line (index 0 is line 1). */
  lines: number[];
  /** Manuscript line of the first part's fence. */
  line: number;
  output: ExpectedOutput | undefined;
}

/** What a reader or test runner calls the program: "Listing 2.3 (fetch_all.py)". */
export function programLabel(program: Program): string {
  const name = path.basename(program.path);
  return program.listing ? `Listing ${program.listing} (${name})` : name;
}

/**
 * The code as the book prints it, without the header: what runs, so that the
 * line numbers in its output (tracebacks, warnings, dis) are the ones a
 * reader counts in the listing.
 */
export function programBody(program: Program): string {
  return program.text.slice(program.text.indexOf('\n') + 1);
}

/** Whether the program is executed (not only type-checked). */
export function isRunnable(program: Program): boolean {
  return program.attributes.norun === undefined;
}

function header(book: Pick<Book, 'lang'>, chapter: Chapter, listing: string | undefined, line: number, kind: ProgramKind): string {
  const where = `${path.posix.join('manuscript', book.lang, chapter.source)}:${line}`;
  const what = listing ? `Listing ${listing}` : 'Session';
  // Doctest ignores text that is not a prompt, so the same comment works for sessions.
  return kind === 'python' ? `# ${what}, from ${where}` : `${what}, from ${where}`;
}

/** The book's examples as programs (any chapters of it: `chapters` may be a subset). */
export function extractPrograms(book: Pick<Book, 'lang' | 'chapters'>): Program[] {
  const programs: Program[] = [];
  for (const chapter of book.chapters) {
    const byFile = new Map<string, Program>();
    let last: Program | undefined;
    visit(chapter.mdast, 'code', (code: Code) => {
      const info = code.data?.info;
      const startLine = code.position?.start.line ?? 1;
      if (info?.role === 'output') {
        if (last) last.output = { text: code.value, node: code };
        last = undefined;
        return;
      }
      if (!info?.program || (info.role !== 'example' && info.role !== 'session')) {
        last = undefined;
        return;
      }
      const codeLines = code.value.split('\n');
      // Code starts on the line after the opening fence.
      const mapped = codeLines.map((_, i) => startLine + 1 + i);
      let program = byFile.get(info.program);
      if (program) {
        program.text += `\n\n${code.value}`;
        program.lines.push(startLine, ...mapped);
        program.attributes = { ...program.attributes, ...info.attributes };
      } else {
        const kind: ProgramKind = info.role === 'example' ? 'python' : 'session';
        const listing = info.listing?.number;
        program = {
          chapter,
          path: `${chapter.name}/${info.program}`,
          kind,
          listing,
          caption: info.listing?.caption,
          attributes: { ...info.attributes },
          text: `${header(book, chapter, listing, startLine, kind)}\n${code.value}`,
          lines: [startLine, ...mapped],
          line: startLine,
          output: undefined,
        };
        byFile.set(info.program, program);
        programs.push(program);
      }
      last = program;
    });
  }
  for (const program of programs) program.text += '\n';
  return programs;
}
