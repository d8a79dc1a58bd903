// `check`: the release gate (examples, build, links, epubcheck, PDF checks).
import path from 'node:path';
import { releaseGate, summaryTable } from '../check/check.ts';
import { examplesCommand } from './examples.ts';

export async function checkCommand(args: { book: string; out: string | undefined; jobs: number; examples: boolean }): Promise<number> {
  const root = path.resolve(args.book);
  const out = path.resolve(args.out ?? path.join(root, 'dist'));
  const steps = await releaseGate({
    root,
    out,
    log: (line) => console.log(line),
    examples: !args.examples ? undefined : async () => {
      const summary = await examplesCommand({ book: root, filter: undefined, cache: true, update: false, jobs: args.jobs, shard: undefined, junit: undefined });
      const problems = [summary.stale ? 'code/ is stale' : '', summary.typeErrors ? `${summary.typeErrors} type error(s)` : ''].filter(Boolean);
      return { ok: summary.code === 0, detail: `${summary.passed} passed, ${summary.failed} failed${problems.length ? `; ${problems.join('; ')}` : ''}` };
    },
  });
  console.log(summaryTable(steps));
  return steps.every((s) => s.ok) ? 0 : 1;
}
