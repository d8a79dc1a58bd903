// Every example of the book (and of the fixture book) as a test: code/ is
// fresh, pyright strict finds nothing, and each program prints what the book
// shows. One test case per listing, named after its chapter and listing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../build/diagnostics.ts';
import { createRunner, describeFailure, loadExamples, runnable, type Examples } from '../build/examples/check.ts';
import { extractCommand } from '../build/examples/corpus.ts';
import { programLabel } from '../build/examples/extract.ts';
import { reportDiagnostics, typecheck } from '../build/examples/typecheck.ts';
import { fixtureBook, repoRoot } from './helpers.ts';

const cache = process.env.BOOK_NO_CACHE !== '1';
const books: [string, Examples][] = [
  ['manuscript', await loadExamples({ root: repoRoot, cache })],
  ['fixture book', await loadExamples({ root: fixtureBook, cache })],
];

for (const [name, examples] of books) {
  const root = name === 'manuscript' ? repoRoot : fixtureBook;
  describe(`${name}: code corpus`, () => {
    it(`code/ is what the manuscript produces (regenerate with: ${extractCommand})`, () => {
      expect(examples.stale, `code/ is stale; regenerate it with: ${extractCommand}${name === 'manuscript' ? '' : ` -- --book ${path.relative(repoRoot, root)}`}`).toEqual([]);
    });

    it('pyright strict reports no errors', async () => {
      const result = await typecheck(examples.programs, examples.python, examples.typeCache);
      const errors = reportDiagnostics(examples.programs, result);
      expect(errors, report(examples.book.chapters.map((c) => c.file))).toBe(0);
    });
  });

  const run = createRunner(examples);
  for (const chapter of examples.book.chapters) {
    const programs = runnable(examples.programs).filter((p) => p.chapter === chapter);
    if (programs.length === 0) continue;
    describe.concurrent(`${name}: Chapter ${chapter.number} ${chapter.title}`, () => {
      for (const program of programs) {
        it(programLabel(program), async () => {
          const outcome = await run(program);
          expect(outcome.verdict.problems, describeFailure(outcome, root)).toEqual([]);
        });
      }
    });
  }
}
