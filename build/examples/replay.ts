// The warm example check's fast path: a check that passed is recorded with a
// key over everything its result depends on, and a later check whose key is
// the same prints that report again instead of loading the book. The key is
// read straight from the files, without parsing Markdown or starting Python:
//   - the manuscript: every file under manuscript/ (the chapters' code blocks,
//     and also their prose, whose lines number the listings in code/README.md
//     and whose errors stop a check), and the theme's words;
//   - code/, which the check compares with the manuscript;
//   - the toolchain: every file under build/ and package-lock.json;
//   - the interpreter: its path, size and time, and the time of each folder on
//     its sys.path (installing or removing a library changes one), recorded
//     by the full check; the sandbox's settings; the command's options.
// Only passing checks are recorded: a failing example runs again, as a full
// check would run it.
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeDir } from '../theme.ts';
import { writeWhole } from '../write-whole.ts';
import { pythonPath } from './python.ts';

const toolchainRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Part of every key: a change to what is recorded invalidates earlier records. */
const recordVersion = 'replay-1';

export interface Recorded {
  key: string;
  /** When the recorded check ran (ISO). */
  when: string;
  /** The interpreter's sys.path folders the key was made with. */
  pythonPaths: string[];
  lines: string[];
  summary: { code: number; passed: number; failed: number; typeErrors: number; stale: boolean };
}

const recordFile = (cacheDir: string) => path.join(cacheDir, 'last-check.json');

/** Every file under `dir` (relative paths, sorted), skipping caches. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).some((part) => part === '__pycache__' || part === 'node_modules' || part === '.cache'))
    .sort();
}

async function hashTree(hash: ReturnType<typeof createHash>, label: string, dir: string): Promise<void> {
  const files = await filesUnder(dir);
  const contents = await Promise.all(files.map((f) => readFile(path.join(dir, f))));
  hash.update(`${label}\0${files.length}\0`);
  files.forEach((file, i) => hash.update(file).update('\0').update(contents[i]!).update('\0'));
}

async function stamp(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : 'absent';
}

/** Options of the command that change its report. */
export interface ReplayOptions {
  filter: string | undefined;
  jobs: number;
}

/** The key of a check of the book at `root` with the given interpreter folders, or undefined when the interpreter is missing. */
export async function checkKey(root: string, options: ReplayOptions, pythonPaths: string[]): Promise<string | undefined> {
  const hash = createHash('sha256').update(`${recordVersion}\0${process.version}\0${process.platform}\0`);
  hash.update(JSON.stringify({ options, sandbox: process.env.BOOK_SANDBOX ?? '', python: pythonPath(), pathVar: process.env.PATH ?? '' }));
  const python = await realpath(pythonPath()).catch(() => undefined);
  if (!python) return undefined;
  hash.update(`${python}\0${await stamp(python)}\0`);
  for (const dir of pythonPaths) hash.update(`${dir}\0${await stamp(dir)}\0`);
  await hashTree(hash, 'manuscript', path.join(root, 'manuscript'));
  await hashTree(hash, 'code', path.join(root, 'code'));
  await hashTree(hash, 'theme', themeDir(root));
  await hashTree(hash, 'toolchain', path.join(toolchainRoot, 'build'));
  hash.update(await readFile(path.join(toolchainRoot, 'package-lock.json')).catch(() => 'no lock'));
  return hash.digest('hex');
}

export async function readRecord(cacheDir: string): Promise<Recorded | undefined> {
  const text = await readFile(recordFile(cacheDir), 'utf8').catch(() => undefined);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as Recorded);
  } catch {
    return undefined;
  }
}

export async function writeRecord(cacheDir: string, record: Recorded): Promise<void> {
  await writeWhole(recordFile(cacheDir), JSON.stringify(record));
}

/** The report's lines without their timings, which say how long the recorded check took. */
export function withoutTimings(line: string): string {
  return line.replace(/\s+\d+\.\d\d s$/, '');
}
