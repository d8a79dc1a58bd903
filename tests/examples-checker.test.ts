// The example checker catches every kind of broken example, at the right
// manuscript line, and --update touches nothing but output blocks.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuildError } from '../build/diagnostics.ts';
import { createRunner, describeFailure, loadExamples, type Examples, type Outcome } from '../build/examples/check.ts';
import { writeCorpus } from '../build/examples/corpus.ts';
import { reportDiagnostics, typecheck } from '../build/examples/typecheck.ts';
import { updateOutputs } from '../build/examples/update.ts';
import { copyFixture, edit, repoRoot } from './helpers.ts';

const source = path.join(repoRoot, 'tests', 'fixtures', 'broken-examples');
let book: string;
let chapterFile: string;
let examples: Examples;
const outcomes = new Map<string, Outcome>();

/** Manuscript line of the fence that opens the example writing to `file`. */
async function lineOf(text: string): Promise<number> {
  const lines = (await readFile(chapterFile, 'utf8')).split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  if (index === -1) throw new Error(`no line with ${text}`);
  return index + 1;
}

beforeAll(async () => {
  book = await copyFixture(source);
  chapterFile = path.join(book, 'manuscript', 'en', '01-broken.md');
  examples = await loadExamples({ root: book, cache: false });
  await writeCorpus(examples.codeDir, examples.files);
  const run = createRunner(examples);
  for (const outcome of await Promise.all(examples.programs.map(run))) outcomes.set(path.basename(outcome.program.path), outcome);
});

function problemsOf(file: string): string[] {
  const outcome = outcomes.get(file);
  if (!outcome) throw new Error(`no outcome for ${file}`);
  return outcome.verdict.problems;
}

describe('the example checker', () => {
  it('passes a correct example', () => {
    expect(problemsOf('passes.py')).toEqual([]);
  });

  it('catches wrong expected output, with a diff, at the listing line', async () => {
    expect(problemsOf('wrong_output.py')).toEqual(['printed output differs from the book']);
    const outcome = outcomes.get('wrong_output.py')!;
    expect(outcome.verdict.diff).toContain('-line one\n+line 1');
    expect(describeFailure(outcome, book)).toContain(`Listing 1.2 (wrong_output.py) at manuscript/en/01-broken.md:${await lineOf('file=wrong_output.py')}`);
  });

  it('catches a type error and reports it at the manuscript line of the bad call', async () => {
    const result = await typecheck(examples.programs, examples.python, examples.typeCache);
    expect(reportDiagnostics(examples.programs, result)).toBe(1);
    const [message] = examples.book.chapters[0]!.file.messages.filter((m) => m.fatal);
    expect(message?.line).toBe(await lineOf('print(double("two"))'));
    expect(message?.column).toBe(14);
    expect(message?.reason).toMatch(/^pyright: Argument of type "Literal\['two'\]" cannot be assigned to parameter "x" of type "int".* in 01-broken\/type_error\.py:6$/);
  });

  it('catches an unexpected exception', () => {
    expect(problemsOf('unexpected.py')).toEqual(['exited with code 1', 'printed output differs from the book']);
    expect(outcomes.get('unexpected.py')!.result.output).toContain('RuntimeError: surprise');
  });

  it('catches an expected exception that never comes', () => {
    expect(problemsOf('never_raises.py')).toEqual(['expected it to end with ValueError: bad, but it exited normally']);
  });

  it('kills an example that hangs within its timeout plus one second', () => {
    const outcome = outcomes.get('hangs.py')!;
    expect(outcome.verdict.problems).toEqual(['timed out after 1 s and was killed']);
    expect(outcome.result.seconds).toBeGreaterThanOrEqual(1);
    expect(outcome.result.seconds).toBeLessThan(2);
    expect(outcome.result.output).toBe('waiting forever\n');
  });

  it('catches an example that leaves a server running, and kills it', async () => {
    expect(problemsOf('leaves_server.py')).toEqual(['left processes running after it exited (they were killed)']);
    const alive: string[] = [];
    for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmdline.includes('broken-examples-server')) alive.push(pid);
    }
    expect(alive).toEqual([]);
  });

  it('catches an interactive session whose output is wrong', () => {
    expect(problemsOf('session_08.txt')).toEqual(['the interactive session does not print what the book shows (doctest failed)']);
  });

  it('reports a stale code/ file by name', async () => {
    expect((await loadExamples({ root: book, cache: false })).stale).toEqual([]);
    await edit(chapterFile, 'print("fine")', 'print("fine")  # changed');
    const stale = (await loadExamples({ root: book, cache: false })).stale;
    await edit(chapterFile, 'print("fine")  # changed', 'print("fine")');
    expect(stale).toEqual(['changed: code/01-broken/passes.py']);
  });

  it('reports an unknown code-block attribute at its line', async () => {
    const copy = await copyFixture(source);
    await edit(path.join(copy, 'manuscript', 'en', '01-broken.md'), 'file=passes.py', 'file=passes.py colour=red');
    const error = await loadExamples({ root: copy }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    const messages = (error as BuildError).files.flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.reason}`));
    expect(messages).toEqual([expect.stringMatching(/^6:1 Unknown code-block attribute `colour`/)]);
  });
});

describe('the cache', () => {
  it('reuses a passing result and runs identical programs once', async () => {
    const uncached = await loadExamples({ root: book, cache: false });
    const program = uncached.programs.find((p) => p.path.endsWith('passes.py'))!;
    const run = createRunner(uncached);
    const [a, b] = await Promise.all([run(program), run({ ...program, path: '01-broken/copy.py' })]);
    expect(a.cached).toBe(false);
    expect(a.result).toBe(b.result);
    // The passing run was stored; a cached check reuses it without running.
    expect((await createRunner(await loadExamples({ root: book, cache: true }))(program)).cached).toBe(true);
  });
});

describe('--update', () => {
  /** The file with the contents of every output block blanked out. */
  function withoutOutputs(text: string): string {
    const blocks: [number, number][] = [];
    visit(unified().use(remarkParse).parse(text), 'code', (code: Code) => {
      if (code.lang === 'output') blocks.push([code.position!.start.offset!, code.position!.end.offset!]);
    });
    return blocks.reverse().reduce((t, [start, end]) => `${t.slice(0, start)}<output>${t.slice(end)}`, text);
  }

  it('rewrites only the output blocks that differ', async () => {
    const before = await readFile(chapterFile, 'utf8');
    const changed = await updateOutputs([...outcomes.values()]);
    const after = await readFile(chapterFile, 'utf8');
    expect(changed).toEqual([chapterFile]);
    expect(withoutOutputs(after)).toBe(withoutOutputs(before));
    expect(after).toContain('```output\nline 0\nline 1\nline 2\n```');
    expect(after).toMatch(/```output\nbefore\nTraceback \(most recent call last\):\n[^`]*RuntimeError: surprise\n```/);
    // Blocks of examples that hang or only fail their exit checks keep their text.
    expect(after).toContain('```output\nwaiting forever\n```');
    expect(after).toContain('```output\nno error here\n```');
  });
});
