// Benchmark of the example check: cold (empty cache) and warm (nothing
// changed) times, type check and runs apart, against running the same files
// one after another. Prints figures; asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { createRunner, loadExamples, runnable } from '../build/examples/check.ts';
import { runProgram } from '../build/examples/run.ts';
import { typecheck } from '../build/examples/typecheck.ts';

const root = path.resolve(process.argv[2] ?? '.');
const jobs = 8;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One check as `npm run examples` does it: the type check and the runs side by side, each timed to its own end. */
async function check(cacheDir: string) {
  const t0 = performance.now();
  const examples = await loadExamples({ root, cacheDir });
  const t1 = performance.now();
  const run = createRunner(examples);
  const limit = pLimit(jobs);
  const since = async <T>(work: Promise<T>) => (await work, performance.now() - t1);
  const outcomes = Promise.all(runnable(examples.programs).map((p) => limit(() => run(p))));
  const [types, runs] = await Promise.all([since(typecheck(examples.programs, examples.python, examples.typeCache)), since(outcomes)]);
  const total = performance.now() - t0;
  return { examples, outcomes: await outcomes, load: t1 - t0, types, runs, both: Math.max(types, runs), total };
}

const cacheDir = await mkdtemp(path.join(tmpdir(), 'bench-cache-'));
try {
  const cold = await check(cacheDir);
  const warm = await check(cacheDir);
  const programs = runnable(cold.examples.programs);
  const single: number[] = [];
  const t0 = performance.now();
  for (const program of programs) {
    const start = performance.now();
    await runProgram(program, cold.examples.python.path);
    single.push(performance.now() - start);
  }
  const sequential = performance.now() - t0;
  const longest = Math.max(...single);
  // The bound's type check is measured alone, with nothing beside it and nothing cached.
  const alone = await loadExamples({ root, cacheDir: path.join(cacheDir, 'alone') });
  const t1 = performance.now();
  await typecheck(alone.programs, alone.python, alone.typeCache);
  const typesAlone = performance.now() - t1;
  const failed = cold.outcomes.filter((o) => o.verdict.problems.length > 0).length;
  console.log(`examples: ${cold.examples.programs.length} (${programs.length} runnable, ${failed} failing), ${jobs} at a time, ${path.relative(process.cwd(), root) || '.'}`);
  console.log('type check and runs go side by side; each is timed from their common start to its own end');
  console.log(`cold  load ${seconds(cold.load)}  type check ${seconds(cold.types)}  runs ${seconds(cold.runs)}  total ${seconds(cold.total)}`);
  console.log(`warm  load ${seconds(warm.load)}  type check ${seconds(warm.types)}  runs ${seconds(warm.runs)}  total ${seconds(warm.total)}   (target < 2 s)`);
  console.log(`one after another: runs ${seconds(sequential)}; parallel runs are ${(sequential / cold.runs).toFixed(1)}x faster`);
  const bound = 1.3 * (longest + typesAlone);
  console.log(`cold type check and runs ${seconds(cold.both)} vs 1.3 x (longest example ${seconds(longest)} + type check alone ${seconds(typesAlone)}) = ${seconds(bound)}: ${cold.both <= bound ? 'within' : 'over'} target`);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
