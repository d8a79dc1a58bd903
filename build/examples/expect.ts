// Judging a run: the printed output against the manuscript's output block
// (with `...` wildcards), and the expected exception if any.
import { createTwoFilesPatch } from 'diff';
import type { Program } from './extract.ts';
import { limits } from './sandbox.ts';

export interface RunResult {
  /** null when killed by a signal. */
  exitCode: number | null;
  /** stdout and stderr merged in the order written. */
  output: string;
  timedOut: boolean;
  /** Command lines of the processes it left running when it ended (they were killed). */
  leftover: string[];
  /** The audit hook's refusals: addresses off this machine it tried to reach. */
  network: string[];
  /** Set when it printed more than the sandbox keeps: how much, and the last of it. */
  flood?: { printed: number; tail: string } | undefined;
  seconds: number;
}

export interface Verdict {
  problems: string[];
  /** Unified diff of expected against actual output, when they differ. */
  diff: string | undefined;
}

const normalise = (text: string) => text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n+$/, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `...` matches any text within a line; a line of only `...` matches any number of lines. */
export function outputMatches(expected: string, actual: string): boolean {
  const pattern = normalise(expected)
    .split('\n')
    .map((line) => (line.trim() === '...' ? '(?:[^\\n]*\\n)*?' : `${line.split('...').map(escape).join('[^\\n]*?')}\\n`))
    .join('');
  return new RegExp(`^${pattern}$`).test(`${normalise(actual)}\n`);
}

/**
 * asyncio's debug mode (`asyncio.run(..., debug=True)`, every
 * IsolatedAsyncioTestCase) logs each step slower than 0.1 s: "Executing
 * <Task …> took 0.123 seconds". Whether a step is that slow depends on how
 * loaded the machine is, so unless the book shows such a report, the ones a
 * run prints are not part of its output. The report may end a line another
 * print began (unittest's "test_x ... "), so it is cut out with its newline.
 */
export function withoutSlowStepReports(expected: string, actual: string): string {
  if (/^Executing <.*> took .* seconds$/m.test(expected)) return actual;
  return actual.replace(/Executing <[^\n]*> took \d+\.\d+ seconds\n/g, '');
}

/** The exception line of a traceback, plain or inside an exception group's `|` frame. */
function raisedLines(output: string): string[] {
  return output.split('\n').map((line) => line.replace(/^[\s|+]*/, '').trimEnd());
}

function raisedAsExpected(expected: string, output: string): boolean {
  const typeOnly = !expected.includes(':');
  return raisedLines(output).some((line) => line === expected || (typeOnly && line.startsWith(`${expected}:`)));
}

export function judge(program: Program, result: RunResult): Verdict {
  const problems: string[] = [];
  const timeout = program.attributes.timeout ?? 10;
  if (result.leftover.length > 0) problems.push(`left processes running after it exited (they were killed): ${result.leftover.join('; ')}`);
  if (result.network.length > 0) problems.push(`tried to use the network (${result.network.join('; ')})`);
  if (result.flood) {
    problems.push(`printed more than ${limits.output / 1024 ** 2} MiB (${(result.flood.printed / 1024 ** 2).toFixed(1)} MiB before it was stopped)`);
    return { problems, diff: undefined };
  }
  if (result.timedOut) problems.push(`timed out after ${timeout} s and was killed`);
  else if (program.kind === 'session') {
    if (result.exitCode !== 0) problems.push('the interactive session does not print what the book shows (doctest failed)');
  } else if (program.attributes.raises) {
    if (result.exitCode === 0) problems.push(`expected it to end with ${program.attributes.raises}, but it exited normally`);
    else if (!raisedAsExpected(program.attributes.raises, result.output)) problems.push(`expected it to end with ${program.attributes.raises}, but it ended otherwise (exit code ${result.exitCode})`);
  } else if (result.exitCode !== 0) {
    problems.push(`exited with code ${result.exitCode ?? 'none (killed)'}`);
  }
  let diff: string | undefined;
  if (program.kind === 'python' && !result.timedOut) {
    if (!program.output) problems.push('has no ```output block after it');
    else {
      const printed = withoutSlowStepReports(program.output.text, result.output);
      if (!outputMatches(program.output.text, printed)) {
        problems.push('printed output differs from the book');
        diff = createTwoFilesPatch('book', 'actual', `${normalise(program.output.text)}\n`, `${normalise(printed)}\n`, '', '', { context: 3 })
          .split('\n')
          .slice(1) // the ==== rule; the --- and +++ headers stay
          .join('\n');
      }
    }
  }
  return { problems, diff };
}
