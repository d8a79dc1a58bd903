// `extract`: regenerates code/ from the manuscript.
import path from 'node:path';
import { loadExamples } from '../examples/check.ts';
import { writeCorpus } from '../examples/corpus.ts';

export async function extractCommand(args: { book: string }): Promise<number> {
  const root = path.resolve(args.book);
  const examples = await loadExamples({ root });
  if (examples.stale.length === 0) {
    console.log(`code/ is up to date (${examples.programs.length} examples)`);
    return 0;
  }
  await writeCorpus(examples.codeDir, examples.files);
  for (const line of examples.stale) console.log(`  ${line}`);
  console.log(`Wrote code/: ${examples.programs.length} examples, ${examples.stale.length} file(s) changed`);
  return 0;
}
