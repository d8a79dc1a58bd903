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
import { outputMatches, withoutSlowStepReports } from '../build/examples/expect.ts';
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

/** Processes on the machine whose command line holds `text`. */
async function alive(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
    if (cmdline.includes(text)) found.push(`${pid}: ${cmdline}`);
  }
  return found;
}

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
    expect(outcome.verdict.diff).toContain('--- book\n+++ actual\n@@ -1,3 +1,3 @@\n line 0\n-line one\n+line 1');
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

  it('catches an example that leaves a server running, names it, and kills it', async () => {
    expect(problemsOf('leaves_server.py')).toEqual([expect.stringMatching(/^left processes running after it exited \(they were killed\): \S*python3 -c import time; time\.sleep\(60\)  # broken-examples-server \(pid \d+\)$/)]);
    expect(await alive('broken-examples-server')).toEqual([]);
  });

  it('finds a server started in a new session, outside the example\'s process group', async () => {
    expect(problemsOf('new_session.py')).toEqual([expect.stringMatching(/^left processes running .*# broken-examples-session \(pid \d+\)$/)]);
    expect(await alive('broken-examples-session')).toEqual([]);
  });

  it('finds a daemon made by double fork and setsid', async () => {
    expect(problemsOf('daemon.py')).toEqual([expect.stringMatching(/^left processes running after it exited \(they were killed\): sleep 61 \(pid \d+\)$/)]);
    expect(await alive('sleep 61')).toEqual([]);
  });

  it('stops an example that floods its output and shows only the first and last lines', () => {
    const outcome = outcomes.get('floods.py')!;
    expect(outcome.verdict.problems).toEqual([expect.stringMatching(/^printed more than 1 MiB \(\d\.\d MiB before it was stopped\)$/)]);
    // It was stopped long before writing its 100 MB.
    expect(outcome.result.output.length).toBeLessThanOrEqual(1024 * 1024);
    const report = describeFailure(outcome, book);
    expect(report.length).toBeLessThan(20_000);
    expect(report).toContain('0000000 xxx');
    expect(report).toMatch(/… \d+ lines not shown …/);
    expect(outcome.verdict.diff).toBeUndefined();
  });

  it('says when an example tries to reach another machine', () => {
    expect(problemsOf('offline.py')).toEqual([
      "tried to use the network (sandbox: network access refused: looking up 'example.org' (examples may use loopback only))",
      'printed output differs from the book',
    ]);
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

describe('asyncio debug mode\'s slow-step reports', () => {
  const book = 'test_one_client (__main__.T.test_one_client) ... ok\nRan 1 test in ...s\n';
  const report = "Executing <Task pending name='Task-1' coro=<T.asyncSetUp() running at /tmp/x.py:19>> took 0.137 seconds";

  it('are no part of the output when the book shows none, even in the middle of a line', () => {
    const run = `test_one_client (__main__.T.test_one_client) ... ${report}\nok\nRan 1 test in 0.2s\n`;
    expect(outputMatches(book, run)).toBe(false);
    expect(outputMatches(book, withoutSlowStepReports(book, run))).toBe(true);
  });

  it('are kept when the book shows one, and other differences still fail', () => {
    const shown = 'Executing <Task finished ...> took ... seconds\n';
    expect(withoutSlowStepReports(shown, `${report}\n`)).toBe(`${report}\n`);
    const wrong = `test_one_client (__main__.T.test_one_client) ... ${report}\nFAIL\nRan 1 test in 0.2s\n`;
    expect(outputMatches(book, withoutSlowStepReports(book, wrong))).toBe(false);
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
