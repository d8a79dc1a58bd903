// --update: writes each example's actual output into its output block in the
// manuscript, changing nothing else, and replacing each file atomically.
import { readFile } from 'node:fs/promises';
import type { Outcome } from './check.ts';
import { writeWhole } from '../write-whole.ts';

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Rewrites the output blocks whose output differs; returns the files changed. */
export async function updateOutputs(outcomes: Outcome[]): Promise<string[]> {
  const byFile = new Map<string, Replacement[]>();
  for (const { program, result, verdict } of outcomes) {
    const block = program.output?.node.position;
    if (!verdict.diff || result.timedOut || !block || block.start.offset === undefined || block.end.offset === undefined) continue;
    const file = program.chapter.file.path;
    const replacements = byFile.get(file) ?? [];
    replacements.push({ start: block.start.offset, end: block.end.offset, text: result.output.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '') });
    byFile.set(file, replacements);
  }
  for (const [file, replacements] of byFile) {
    let text = await readFile(file, 'utf8');
    // From the end, so earlier offsets stay valid.
    for (const { start, end, text: output } of replacements.sort((a, b) => b.start - a.start)) {
      const block = text.slice(start, end);
      const contentStart = start + block.indexOf('\n') + 1;
      const contentEnd = start + block.lastIndexOf('\n') + 1;
      text = `${text.slice(0, contentStart)}${output}${output ? '\n' : ''}${text.slice(contentEnd)}`;
    }
    await writeWhole(file, text);
  }
  return [...byFile.keys()];
}
