// Limits on Markdown that no real document reaches, checked on the text
// before parsing: inputs past them make the parser's time grow with the
// square of their size (or its recursion overflow the stack), so they are
// refused with an error at their line instead of hanging or crashing the build.

/** Levels of lists, block quotes and inline markup inside each other. */
export const MAX_NESTING = 100;
/** Runs of `*` or `_` in one paragraph: micromark pairs them in quadratic time. */
export const MAX_DELIMITER_RUNS = 2000;

export interface LimitProblem {
  line: number;
  reason: string;
}

export function checkTextLimits(text: string): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const lines = text.split('\n');
  const deep = lines.findIndex((line) => /^[ \t>]*/.exec(line)![0].length > 4 * MAX_NESTING);
  if (deep !== -1) {
    problems.push({ line: deep + 1, reason: `Markdown nested more than ${MAX_NESTING} levels deep (this line's indentation and \`>\` markers alone); no document needs that, and the build cannot process it` });
  }
  let start = 0;
  let runs = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      start = i + 1;
      runs = 0;
      return;
    }
    const before = runs;
    runs += line.match(/[*_]+/g)?.length ?? 0;
    if (before <= MAX_DELIMITER_RUNS && runs > MAX_DELIMITER_RUNS) {
      problems.push({ line: start + 1, reason: `A paragraph with more than ${MAX_DELIMITER_RUNS} runs of \`*\` or \`_\`: parsing its emphasis takes time that grows with the square of that number; split the paragraph` });
    }
  });
  return problems;
}
