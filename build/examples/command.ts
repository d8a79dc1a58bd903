// The full example check: extract, check that code/ is fresh, type-check, run, report.
import path from 'node:path';
import pLimit from 'p-limit';
import { report } from '../diagnostics.ts';
import { createRunner, describeFailure, loadExamples, runnable } from './check.ts';
import { extractCommand } from './corpus.ts';
import { reportDiagnostics, typecheck } from './typecheck.ts';
import { describeSandbox, sandboxKind } from './sandbox.ts';
import { updateOutputs } from './update.ts';
import { programLabel } from './extract.ts';
import { writeJunit } from './junit.ts';
import { loadDurations, parseShard, saveDurations, shardOf } from './shard.ts';

export interface ExamplesArgs {
  book: string;
  filter: string | undefined;
  cache: boolean;
  update: boolean;
  jobs: number;
  /** `I/N`: run the I-th of N balanced parts (for CI matrices). */
  shard: string | undefined;
  /** Write a JUnit XML report here. */
  junit: string | undefined;
}

export interface ExamplesSummary {
  /** The exit code: 0 when everything passed. */
  code: number;
  passed: number;
  failed: number;
  typeErrors: number;
  stale: boolean;
}

const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: string }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: seconds(start) };
}

/** Runs the check, printing its report through `print`; returns its summary and the interpreter's sys.path. */
export async function fullCheck(args: ExamplesArgs, print: (line: string) => void): Promise<ExamplesSummary & { pythonPaths: string[] }> {
  const root = path.resolve(args.book);
  let start = performance.now();
  const examples = await loadExamples({ root, cache: args.cache });
  const { programs, book } = examples;
  const own = programs.filter((p) => !examples.translations.some((t) => p.path.startsWith(`${t}/`))).length;
  const translated = examples.translations.map((t) => `, ${programs.filter((p) => p.path.startsWith(`${t}/`)).length} translated (${t})`).join('');
  print(`✓ extract ${own} examples from ${book.chapters.length} chapters (${book.lang})${translated}   ${seconds(start)}`);
  let failed = 0;
  if (examples.stale.length > 0) {
    failed += 1;
    print(`✖ code/ differs from the manuscript:\n${examples.stale.map((s) => `    ${s}`).join('\n')}\n  regenerate it with: ${extractCommand}`);
  } else print('✓ code/ is up to date');
  print(`  ${describeSandbox(await sandboxKind())}`);

  // The type check (one pyright process) and the runs (mostly waiting) go side by side.
  start = performance.now();
  const run = createRunner(examples);
  const limit = pLimit(args.jobs);
  const durations = await loadDurations(examples.cacheDir);
  const shard = args.shard ? parseShard(args.shard) : undefined;
  const filtered = args.filter ? programs.filter((p) => p.path.includes(args.filter as string) || programLabel(p).includes(args.filter as string)) : programs;
  const mine = shard ? shardOf(filtered, durations, shard) : filtered;
  if (shard) print(`  shard ${shard.index}/${shard.count}: ${mine.length} of ${filtered.length} examples`);
  const chosen = runnable(mine);
  const [types, outcomes] = await Promise.all([
    timed(() => typecheck(mine, examples.python, examples.typeCache)),
    timed(() => Promise.all(chosen.map((p) => limit(() => run(p))))),
  ]);
  const typeErrors = reportDiagnostics(programs, types.value);
  print(`${typeErrors ? '✖' : '✓'} pyright strict: ${typeErrors} error(s) (${types.value.checked} checked, ${types.value.cached} cached)   ${types.seconds}`);
  const typeReport = typeErrors ? report(book.chapters.map((c) => c.file)) : '';
  if (typeErrors) {
    failed += 1;
    print(typeReport);
  }
  for (const outcome of outcomes.value) durations[outcome.program.path] = Number(outcome.result.seconds.toFixed(2));
  await saveDurations(examples.cacheDir, durations);
  if (args.junit) {
    writeJunit(args.junit, outcomes.value, { errors: typeErrors, seconds: Number.parseFloat(types.seconds), report: typeReport }, root);
    print(`  JUnit report: ${args.junit}`);
  }
  const bad = outcomes.value.filter((o) => o.verdict.problems.length > 0);
  for (const outcome of bad) print(`\n${describeFailure(outcome, root)}\n`);
  const cached = outcomes.value.filter((o) => o.cached).length;
  print(`${bad.length ? '✖' : '✓'} ran ${outcomes.value.length} examples (${cached} cached, ${args.jobs} at a time)   ${outcomes.seconds}`);
  print(`  type check and runs together   ${seconds(start)}`);

  if (args.update) {
    const changed = await updateOutputs(bad);
    for (const file of changed) print(`  updated output blocks in ${path.relative(process.cwd(), file)}`);
  }
  print(`\n${outcomes.value.length - bad.length} passed, ${bad.length} failed`);
  return { pythonPaths: examples.python.paths, code: failed > 0 || bad.length > 0 ? 1 : 0, passed: outcomes.value.length - bad.length, failed: bad.length, typeErrors, stale: examples.stale.length > 0 };
}

