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

async function check(cacheDir: string) {
  const t0 = performance.now();
  const examples = await loadExamples({ root, cacheDir });
  const t1 = performance.now();
  await typecheck(examples.programs, examples.python, examples.typeCache);
  const t2 = performance.now();
  const run = createRunner(examples);
  const limit = pLimit(jobs);
  const outcomes = await Promise.all(runnable(examples.programs).map((p) => limit(() => run(p))));
  const t3 = performance.now();
  return { examples, outcomes, load: t1 - t0, types: t2 - t1, runs: t3 - t2, total: t3 - t0 };
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
  const failed = cold.outcomes.filter((o) => o.verdict.problems.length > 0).length;
  console.log(`examples: ${cold.examples.programs.length} (${programs.length} runnable, ${failed} failing), ${jobs} at a time, ${path.relative(process.cwd(), root) || '.'}`);
  console.log(`cold  load ${seconds(cold.load)}  type check ${seconds(cold.types)}  runs ${seconds(cold.runs)}  total ${seconds(cold.total)}`);
  console.log(`warm  load ${seconds(warm.load)}  type check ${seconds(warm.types)}  runs ${seconds(warm.runs)}  total ${seconds(warm.total)}   (target < 2 s)`);
  console.log(`one after another: runs ${seconds(sequential)}; parallel runs are ${(sequential / cold.runs).toFixed(1)}x faster`);
  const bound = 1.3 * (longest + cold.types);
  console.log(`cold type check + runs ${seconds(cold.types + cold.runs)} vs 1.3 x (longest example ${seconds(longest)} + type check ${seconds(cold.types)}) = ${seconds(bound)}: ${cold.types + cold.runs <= bound ? 'within' : 'over'} target`);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
