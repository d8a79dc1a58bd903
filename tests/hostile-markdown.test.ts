// Generated hostile Markdown: no input crashes the pipeline with a JavaScript
// error, and none makes it slow down faster than its size grows. Each input
// either loads or stops with a BuildError that names the chapter file; time
// is process CPU time (not wall time), so a busy machine does not skew it.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../build/diagnostics.ts';
import { loadBook } from '../build/load-book.ts';

type Outcome = { kind: 'built'; seconds: number } | { kind: 'refused'; messages: string[]; seconds: number };

async function load(markdown: string): Promise<Outcome> {
  const root = await mkdtemp(path.join(tmpdir(), 'hostile-'));
  const dir = path.join(root, 'manuscript', 'en');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'book.yaml'), 'title: Hostile\nauthors: [Test]\nlanguage: en\nchapters: [01-hostile.md]\n');
  await writeFile(path.join(dir, '01-hostile.md'), `# Hostile\n\n${markdown}\n`);
  const start = process.cpuUsage();
  const seconds = () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  try {
    await loadBook(root, 'en');
    return { kind: 'built', seconds: seconds() };
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    const messages = error.files.flatMap((f) => f.messages.map((m) => `${path.basename(f.path)}:${m.line}:${m.column} ${m.reason}`));
    return { kind: 'refused', messages, seconds: seconds() };
  }
}

const repeat = (unit: string, n: number) => unit.repeat(n);

/** Inputs that must build, each at a size n; the test loads n and 4n. */
const growing: Record<string, (n: number) => string> = {
  'one very long line': (n) => repeat('word ', n),
  'one long line of autolinks': (n) => repeat('see https://example.com/a and www.example.org then ', n / 8),
  'a long table': (n) => `| a | b |\n|---|---|\n${repeat('| 1 | `x` |\n', n / 4)}`,
  'many paragraphs of inline markup': (n) => repeat('Some *text* with `code`, **strong** and ~~struck~~ words.\n\n', n / 10),
  'many headings': (n) => Array.from({ length: n / 40 }, (_, i) => `## Heading ${i}\n\nText ${i}.\n`).join('\n'),
  'many code blocks': (n) => repeat('```text\nsome code\n```\n\n', n / 10),
  'unclosed brackets': (n) => repeat('[', n),
  'unclosed backticks': (n) => repeat('`a ', n / 2),
  'colons and angle brackets': (n) => repeat('at 10:30 a <b> c:d ', n / 4),
};

/** Growing inputs that are ordinary prose at heart, so they must build, not be refused. */
const mustBuild = new Set(['colons and angle brackets']);

/** Inputs past the limits: refused with an error naming the file, quickly, never a crash. */
const refused: Record<string, string> = {
  'a list nested 1,000 levels': Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
  'block quotes nested 10,000 levels on one line': `${'>'.repeat(10_000)} deep`,
  'emphasis nested 3,000 levels': `${repeat('*a ', 3000)}x${repeat(' b*', 3000)}`,
  'a paragraph of 40,000 emphasis markers': repeat('*a* _b_ ', 10_000),
};

describe('hostile Markdown', () => {
  for (const [name, make] of Object.entries(growing)) {
    it(`builds ${name} in time that grows linearly`, async () => {
      const n = 40_000;
      const small = await load(make(n));
      const large = await load(make(4 * n));
      for (const outcome of [small, large]) {
        if (mustBuild.has(name)) expect.soft(outcome.kind === 'refused' ? outcome.messages.slice(0, 3) : 'built').toBe('built');
        if (outcome.kind === 'refused') expect.soft(outcome.messages.every((m) => m.startsWith('01-hostile.md:'))).toBe(true);
      }
      // Linear would be 4x; quadratic 16x. The floor keeps tiny timings from dominating.
      expect(large.seconds / Math.max(small.seconds, 0.05)).toBeLessThan(8);
    });
  }

  for (const [name, markdown] of Object.entries(refused)) {
    it(`refuses ${name} with an error at a line of the chapter`, async () => {
      const outcome = await load(markdown);
      expect(outcome.kind).toBe('refused');
      if (outcome.kind !== 'refused') return;
      expect(outcome.messages.length).toBeGreaterThan(0);
      expect(outcome.messages[0]).toMatch(/^01-hostile\.md:\d+:\d+ (Markdown nested|A paragraph with more than)/);
      expect(outcome.seconds).toBeLessThan(10);
    });
  }
});
