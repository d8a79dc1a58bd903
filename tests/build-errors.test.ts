// Every manuscript error is reported at file:line:column, the build fails,
// and outputs of an earlier build stay as they were.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { BuildError } from '../build/diagnostics.ts';
import { cli, copyFixture, edit } from './helpers.ts';

/** Builds a broken copy of the fixture book and returns its errors as "file:line:column rule". */
async function errorsAfter(change: (book: string) => Promise<void>): Promise<string[]> {
  const book = await copyFixture();
  await change(book);
  try {
    await build({ root: book, out: path.join(book, 'dist'), formats: ['html'], langs: ['en'] });
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    return error.files.flatMap((file) =>
      file.messages.filter((m) => m.fatal).map((m) => `${path.basename(file.path)}:${m.line}:${m.column} ${m.ruleId}`),
    );
  } finally {
    await rm(book, { recursive: true, force: true });
  }
  throw new Error('the build succeeded');
}

const first = (book: string) => path.join(book, 'manuscript', 'en', '01-first.md');
const second = (book: string) => path.join(book, 'manuscript', 'en', '02-second.md');

describe('manuscript errors', () => {
  it('an unknown directive', async () => {
    expect(await errorsAfter((b) => edit(first(b), ':::warning\nA warning.', ':::danger\nA warning.'))).toEqual(['01-first.md:50:1 directive:unknown']);
  });

  it('a link to a missing chapter', async () => {
    expect(await errorsAfter((b) => edit(second(b), '(01-first.md#getting-started)', '(09-none.md)'))).toEqual(['02-second.md:5:9 link:chapter']);
  });

  it('a link to a missing anchor', async () => {
    expect(await errorsAfter((b) => edit(first(b), '[](02-second.md#waiting-well)', '[](02-second.md#waiting-badly)'))).toEqual(['01-first.md:12:15 link:anchor']);
  });

  it('a missing image', async () => {
    expect(await errorsAfter((b) => edit(first(b), 'images/loop.svg', 'images/gone.png'))).toEqual(['01-first.md:24:1 image:missing']);
  });

  it('a chapter listed in book.yaml without a file', async () => {
    expect(await errorsAfter((b) => edit(path.join(b, 'manuscript', 'en', 'book.yaml'), '  - 02-second.md', '  - 02-second.md\n  - 03-third.md'))).toEqual(['book.yaml:14:1 config:chapter']);
  });

  it('an unknown code-block attribute', async () => {
    expect(await errorsAfter((b) => edit(first(b), 'file=hello.py caption=', 'file=hello.py colour=red caption='))).toEqual(['01-first.md:26:1 code:attribute']);
  });

  it('a misspelt Python name in the prose, at its line, and a term marked with an unknown attribute', async () => {
    expect(await errorsAfter((b) => edit(first(b), 'as `asyncio.run` would not', 'as `asyncio.runn` would not'))).toEqual(['01-first.md:71:49 index:api']);
    expect(await errorsAfter((b) => edit(second(b), ':index[event loop]A task', ':index[event loop]{colour=red}A task'))).toEqual(['02-second.md:17:56 index:attribute']);
  });

  it('several errors in one build are all reported', async () => {
    const errors = await errorsAfter(async (b) => {
      await edit(first(b), ':::warning', ':::danger');
      await edit(second(b), '(01-first.md#getting-started)', '(09-none.md)');
    });
    expect(errors).toEqual(['01-first.md:50:1 directive:unknown', '02-second.md:5:9 link:chapter']);
  });
});

describe('the build command on bad input', () => {
  it('prints file:line:column, exits non-zero and leaves earlier outputs intact', async () => {
    const book = await copyFixture();
    const out = await mkdtemp(path.join(tmpdir(), 'out-'));
    const good = await cli(['build', '--book', book, '--out', out, '--format', 'html', '--lang', 'en']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/✓ load en\s+\d+\.\d\d s/);
    const before = await readFile(path.join(out, 'en', '01-first.html'), 'utf8');

    await edit(first(book), 'The First Chapter', 'The Broken Chapter');
    await edit(first(book), '(02-second.md)', '(02-missing.md)');
    const bad = await cli(['build', '--book', book, '--out', out, '--format', 'html', '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('01-first.md');
    expect(bad.stderr).toMatch(/10:43[0-9-:]*\s+error\s+Link to missing chapter `02-missing.md`/);
    expect(bad.stderr).toContain('earlier outputs are untouched');
    expect(await readFile(path.join(out, 'en', '01-first.html'), 'utf8')).toBe(before);
    expect((await readdir(path.dirname(out))).filter((f) => f.startsWith(`.${path.basename(out)}-staging`))).toEqual([]);
  });

  it('rejects an unknown format or language', async () => {
    const book = await copyFixture();
    expect((await cli(['build', '--book', book, '--format', 'docx'])).code).toBe(2);
    const lang = await cli(['build', '--book', book, '--lang', 'fr']);
    expect(lang.code).toBe(1);
    expect(lang.stderr).toContain('No manuscript for language fr (found: en, ru)');
  });
});

describe('manuscript input that is validated before it is trusted', () => {
  it('invalid UTF-8, at its line and column', async () => {
    const errors = await errorsAfter(async (b) => {
      const text = await readFile(first(b));
      const at = text.indexOf('emphasis');
      await writeFile(first(b), Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xfe]), text.subarray(at)]));
    });
    expect(errors).toEqual(['01-first.md:9:18 text:encoding']);
  });

  it('malformed front matter, at its line; unknown keys are warnings', async () => {
    expect(await errorsAfter((b) => edit(first(b), 'description: The first chapter', 'description: [unclosed'))).toEqual(['01-first.md:2:44 front-matter:yaml']);
    expect(await errorsAfter((b) => edit(first(b), 'description: The first chapter of the fixture book.', 'description: [a, b]'))).toEqual(['01-first.md:2:14 front-matter:type']);
    const book = await copyFixture();
    await edit(first(book), 'description:', 'layout: post\ndescription:');
    const { loadBook } = await import('../build/load-book.ts');
    const loaded = await loadBook(book, 'en');
    const warnings = loaded.chapters[0]!.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal}`);
    expect(warnings).toEqual(['2:1 front-matter:unknown-key false']);
    expect(loaded.chapters[0]!.file.data.frontMatter).toEqual({ description: 'The first chapter of the fixture book.' });
  });

  it('the same example file name for two programs, at both places', async () => {
    const book = await copyFixture();
    const text = await readFile(first(book), 'utf8');
    const block = text.slice(text.indexOf('```python file=hello.py'), text.indexOf('```output', text.indexOf('```python file=hello.py')));
    const outputEnd = text.indexOf('```\n', text.indexOf('```output', text.indexOf('```python file=hello.py')) + 9) + 4;
    await writeFile(first(book), `${text.slice(0, outputEnd)}\n${block.replace(/ caption="[^"]*"/, '')}${text.slice(text.indexOf('```output', text.indexOf('```python file=hello.py')), outputEnd)}${text.slice(outputEnd)}`);
    const duplicate = await build({ root: book, out: path.join(book, 'dist'), formats: ['html'], langs: ['en'] }).then(
      () => [],
      (error: unknown) => (error as BuildError).files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'code:duplicate-file').map((m) => `${m.line} ${m.reason}`)),
    );
    expect(duplicate).toHaveLength(2);
    expect(duplicate[0]).toMatch(/^\d+ Duplicate example file name `hello\.py`: also used at line \d+/);
    expect(duplicate[1]).toMatch(/^\d+ Duplicate example file name `hello\.py`: used again at line \d+/);
  });
});
