// The warm example check's fast path (build/examples/replay.ts): a check with
// nothing changed prints the last passing report without loading the book;
// any change the result depends on (a code block, prose, code/) runs the
// full check, and a changed code block runs again.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyFixture, edit } from './helpers.ts';

const replayed = /^✓ nothing changed since the check of/m;
/** The report without its timings and the replay's own first line: what must be the same. */
const report = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !replayed.test(line))
    .map((line) => line.replace(/\s+\d+\.\d\d s$/, ''))
    .join('\n');

describe('npm run examples, warm', () => {
  it('replays an unchanged passing check, and checks again after any change', async () => {
    const book = await copyFixture();
    try {
      const chapter = path.join(book, 'manuscript', 'en', '01-first.md');
      const full = await cli(['examples', '--book', book, '--filter', 'hello']);
      expect(full.code, full.stdout + full.stderr).toBe(0);
      expect(full.stdout).not.toMatch(replayed);

      const again = await cli(['examples', '--book', book, '--filter', 'hello']);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(replayed);
      expect(report(again.stdout)).toBe(report(full.stdout));

      // Other options are another check.
      const all = await cli(['examples', '--book', book, '--filter', 'ex1']);
      expect(all.stdout).not.toMatch(replayed);

      // A changed code block runs again (and code/ is then stale, as a full check says).
      await edit(chapter, 'print("hello")\n\n\nasyncio.run', 'print("hello")\n    print("again")\n\n\nasyncio.run');
      await edit(chapter, '```output\nhello\n```', '```output\nhello\nagain\n```');
      const changed = await cli(['examples', '--book', book, '--filter', 'hello']);
      expect(changed.stdout).not.toMatch(replayed);
      expect(changed.stdout).toMatch(/ran 1 examples \(0 cached/);
      expect(changed.stdout).toContain('code/ differs from the manuscript');
      expect(changed.code).toBe(1);

      // A failing check is never replayed: it runs in full each time.
      const failing = await cli(['examples', '--book', book, '--filter', 'hello']);
      expect(failing.stdout).not.toMatch(replayed);
      expect(failing.code).toBe(1);

      // Once passing again, a prose edit that moves no code block still makes a full check (prose errors stop it).
      await cli(['extract', '--book', book]);
      expect((await cli(['examples', '--book', book, '--filter', 'hello'])).code).toBe(0);
      expect((await cli(['examples', '--book', book, '--filter', 'hello'])).stdout).toMatch(replayed);
      await edit(chapter, 'A tip with its own title.', 'A tip with its own title, and [a broken link](#nowhere).');
      const prose = await cli(['examples', '--book', book, '--filter', 'hello']);
      expect(prose.stdout).not.toMatch(replayed);
      expect(prose.code).toBe(1);
    } finally {
      await rm(book, { recursive: true, force: true });
    }
  }, 240_000);
});
