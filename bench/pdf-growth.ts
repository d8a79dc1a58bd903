// How the PDF's speed per page holds up as one chapter grows: a chapter of
// the book (its examples shown as plain code, its links made local) repeated
// 1, 4 and 8 times as a one-chapter book, built to PDF, pages per second of
// the PDF step. Prints figures; asserts nothing.
//   npm run bench:pdf-growth -- [CHAPTER] [TIMES,...]
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from '../build/build.ts';

const exec = promisify(execFile);
const chapter = path.resolve(process.argv[2] ?? 'manuscript/en/05-asyncio-module.md');
const times = (process.argv[3] ?? '1,4,8').split(',').map(Number);

/** The chapter as a plain document: no examples to number or run, no links to other chapters. */
function plain(markdown: string): string {
  return markdown
    .replace(/^```python\b.*$/gm, '```py')
    .replace(/^```pycon\b.*$/gm, '```py')
    .replace(/^```output\b.*$/gm, '```text')
    .replace(/\[\]\([^)]*\)/g, 'it')
    .replace(/\]\((?!https?:)[^)]*\)/g, '](#)')
    .replace(/^# .*$/m, '');
}

const body = plain(await readFile(chapter, 'utf8'));
const images = path.join(path.dirname(chapter), 'images');
for (const n of times) {
  const root = await mkdtemp(path.join(tmpdir(), 'pdf-growth-'));
  const dir = path.join(root, 'manuscript', 'en');
  await mkdir(dir, { recursive: true });
  await cp(images, path.join(dir, 'images'), { recursive: true }).catch(() => undefined);
  await writeFile(path.join(dir, 'book.yaml'), 'title: Growth\nauthors: [Bench]\nlanguage: en\nslug: growth\nchapters: [01-grown.md]\n');
  await writeFile(path.join(dir, '01-grown.md'), `# Grown ${n} times\n${body.repeat(n)}`);
  let seconds = 0;
  await build({ root, out: path.join(root, 'out'), formats: ['pdf'], log: (line) => {
    const m = /^✓ pdf en\s+([\d.]+) s/.exec(line);
    if (m) seconds = Number(m[1]);
  } });
  const { stdout } = await exec('pdfinfo', [path.join(root, 'out', 'en', 'growth.pdf')]);
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
  console.log(`${String(n).padStart(2)}x  ${String(pages).padStart(4)} pages  ${seconds.toFixed(1).padStart(6)} s  ${(pages / seconds).toFixed(1).padStart(5)} pages/s`);
}
