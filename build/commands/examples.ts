// `examples`: extract, check that code/ is fresh, type-check, run, report.
// When nothing the result depends on changed since a check that passed, that
// check's report is printed again without loading the book
// (build/examples/replay.ts); otherwise the full check runs.
import path from 'node:path';
import type { ExamplesArgs, ExamplesSummary } from '../examples/command.ts';
import { checkKey, readRecord, withoutTimings, writeRecord, type ReplayOptions } from '../examples/replay.ts';

export async function examplesCommand(args: ExamplesArgs, print: (line: string) => void = (line) => console.log(line)): Promise<ExamplesSummary> {
  const root = path.resolve(args.book);
  const cacheDir = path.join(root, '.cache', 'examples');
  // Shards are balanced by the durations each run rewrites, and --update and --junit write files: those always run in full.
  const replayable = args.cache && !args.update && !args.shard && !args.junit;
  const options: ReplayOptions = { filter: args.filter, jobs: args.jobs };
  if (replayable) {
    const start = performance.now();
    const record = await readRecord(cacheDir);
    const key = record && (await checkKey(root, options, record.pythonPaths));
    if (record && key === record.key) {
      print(`✓ nothing changed since the check of ${record.when.slice(0, 16).replace('T', ' ')} (manuscript, code/, toolchain, interpreter): its report   ${((performance.now() - start) / 1000).toFixed(2)} s`);
      for (const line of record.lines) print(line);
      return record.summary;
    }
  }
  const { fullCheck } = await import('../examples/command.ts');
  const lines: string[] = [];
  const { pythonPaths, ...summary } = await fullCheck(args, (line) => {
    lines.push(withoutTimings(line));
    print(line);
  });
  if (replayable && summary.code === 0) {
    // Made again after the check, so a file changed while it ran is never taken as checked.
    const key = await checkKey(root, options, pythonPaths);
    if (key) await writeRecord(cacheDir, { key, when: new Date().toISOString(), pythonPaths, lines, summary });
  }
  return summary;
}
