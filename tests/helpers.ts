// Shared test helpers: a private copy of the fixture book, running commands,
// and reading HTML back.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixtureBook = path.join(repoRoot, 'tests', 'fixtures', 'book');

/** A writable copy of a fixture book (by default the fixture book) in a fresh temporary folder. */
export async function copyFixture(source = fixtureBook): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'book-'));
  await cp(source, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of a copied book; fails loudly if the text is not there. */
export async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  await writeFile(file, text.replace(from, to));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(command: string, args: string[], cwd = repoRoot): Promise<RunResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Runs the build CLI as an author would (`npm run …`: the bundled CLI, build/launch.mjs). */
export function cli(args: string[]): Promise<RunResult> {
  return run(process.execPath, [path.join(repoRoot, 'build', 'launch.mjs'), ...args]);
}

export async function readHtml(file: string): Promise<Root> {
  return unified().use(rehypeParse).parse(await readFile(file, 'utf8'));
}
