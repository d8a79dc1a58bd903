// Checking the examples: load the book, extract, compare with code/, and run
// each program (cached, deduplicated) — shared by `npm run examples` and the
// vitest suite.
import path from 'node:path';
import { findLanguages, loadConfig } from '../config.ts';
import { loadBook } from '../load-book.ts';
import type { Book } from '../model.ts';
import { hashOf, ResultCache } from './cache.ts';
import { corpusFiles, staleFiles } from './corpus.ts';
import { judge, type RunResult, type Verdict } from './expect.ts';
import { extractPrograms, isRunnable, programBody, programLabel, type Program } from './extract.ts';
import { pythonInfo, type PythonInfo } from './python.ts';
import { runProgram } from './run.ts';
import type { PyrightDiagnostic } from './typecheck.ts';

export interface Examples {
  book: Book;
  /** The source's examples, then every translation's (paths under <lang>/). */
  programs: Program[];
  /** Languages translated from the book's language whose examples are checked too. */
  translations: string[];
  python: PythonInfo;
  /** code/ of the book root. */
  codeDir: string;
  /** Where results of earlier runs are kept (<root>/.cache/examples). */
  cacheDir: string;
  /** What code/ should hold. */
  files: Map<string, string>;
  /** How code/ differs from that; empty when fresh. */
  stale: string[];
  typeCache: ResultCache<PyrightDiagnostic[]>;
  runCache: ResultCache<RunResult>;
}

export interface ExampleOptions {
  root: string;
  /** Default: English, else the first language. */
  lang?: string;
  cache?: boolean;
  /** Default: <root>/.cache/examples. */
  cacheDir?: string;
}

/** The language whose examples make up code/. */
export async function corpusLanguage(root: string): Promise<string> {
  const langs = await findLanguages(root);
  const lang = langs.includes('en') ? 'en' : langs[0];
  if (!lang) throw new Error(`No manuscript/<lang>/book.yaml under ${root}`);
  return lang;
}

/** Languages whose book.yaml names `lang` as their source. */
async function translationsOf(root: string, lang: string): Promise<string[]> {
  const langs = (await findLanguages(root)).filter((l) => l !== lang);
  const configs = await Promise.all(langs.map((l) => loadConfig(path.join(root, 'manuscript', l))));
  return langs.filter((_, i) => configs[i]?.config.source === lang);
}

/**
 * A translation's examples: those of its translated chapters (an untranslated
 * chapter's are the source's), each under <lang>/ in code/. The build has
 * checked that each is the source's program; its output block is its own.
 */
async function translatedPrograms(root: string, lang: string): Promise<Program[]> {
  const book = await loadBook(root, lang, { highlight: false, figures: false });
  const programs = extractPrograms({ lang, chapters: book.chapters.filter((c) => !c.fallback) });
  for (const program of programs) program.path = `${lang}/${program.path}`;
  return programs;
}

export async function loadExamples(options: ExampleOptions): Promise<Examples> {
  const lang = options.lang ?? (await corpusLanguage(options.root));
  const translations = options.lang === undefined ? await translationsOf(options.root, lang) : [];
  const [book, python, ...translated] = await Promise.all([
    loadBook(options.root, lang, { highlight: false, figures: false, index: false }),
    pythonInfo(),
    ...translations.map((t) => translatedPrograms(options.root, t)),
  ]);
  const sourcePrograms = extractPrograms(book);
  const bodies = new Map(sourcePrograms.map((p) => [p.path, programBody(p)]));
  // A translated program whose text is the source's (comments and strings untranslated) is not written twice;
  // it still runs (sharing the source's cached result) to check its own output block.
  const variants = translated.flat().filter((p) => bodies.get(p.path.slice(p.path.indexOf('/') + 1)) !== programBody(p));
  const programs = [...sourcePrograms, ...translated.flat()];
  const codeDir = path.join(options.root, 'code');
  const files = await corpusFiles(book, sourcePrograms, python, variants);
  const cacheDir = options.cacheDir ?? path.join(options.root, '.cache', 'examples');
  const enabled = options.cache ?? true;
  return {
    book,
    programs,
    translations,
    python,
    codeDir,
    cacheDir,
    files,
    stale: await staleFiles(codeDir, files),
    typeCache: new ResultCache(path.join(cacheDir, 'pyright'), enabled),
    runCache: new ResultCache(path.join(cacheDir, 'runs'), enabled),
  };
}

export interface Outcome {
  program: Program;
  result: RunResult;
  verdict: Verdict;
  cached: boolean;
}

export type Runner = (program: Program) => Promise<Outcome>;

/** Part of every cached run's key: a change to how examples run invalidates earlier results. */
const runnerVersion = 'sandbox-1';

/**
 * Runs examples through the cache. Identical programs share one run; a cached
 * result that no longer satisfies the book is run again, so a passing verdict
 * never rests on a stale result.
 */
export function createRunner(examples: Examples): Runner {
  const inFlight = new Map<string, Promise<RunResult>>();
  const { python, runCache } = examples;
  const key = (program: Program) =>
    hashOf('run', runnerVersion, program.kind, programBody(program), program.attributes.timeout, python.version, python.distributions);
  const fresh = (program: Program, k: string) => {
    let run = inFlight.get(k);
    if (!run) {
      run = runProgram(program, python.path);
      inFlight.set(k, run);
    }
    return run;
  };
  return async (program) => {
    const k = key(program);
    const hit = await runCache.get(k);
    if (hit) {
      const verdict = judge(program, hit);
      if (verdict.problems.length === 0) return { program, result: hit, verdict, cached: true };
    }
    const result = await fresh(program, k);
    const verdict = judge(program, result);
    if (verdict.problems.length === 0) await runCache.set(k, result);
    return { program, result, verdict, cached: false };
  };
}

export function runnable(programs: Program[], filter?: string): Program[] {
  return programs.filter((p) => isRunnable(p) && (!filter || p.path.includes(filter) || programLabel(p).includes(filter)));
}

/** What a failing example shows: where it is, what went wrong, the diff and the whole output. */
export function describeFailure(outcome: Outcome, root: string): string {
  const { program, verdict, result } = outcome;
  const where = `${path.relative(root, program.chapter.file.path)}:${program.line}`;
  const lines = [`${programLabel(program)} at ${where} (code/${program.path})`, ...verdict.problems.map((p) => `  ✖ ${p}`)];
  if (verdict.diff) lines.push('', excerpt(verdict.diff.trimEnd(), 60));
  const printed = result.flood ? `${result.output}\n…\n${result.flood.tail}` : result.output;
  lines.push('', `output (stdout and stderr, exit code ${result.exitCode ?? 'killed'}, ${result.seconds.toFixed(2)} s):`, excerpt(printed.trimEnd(), 40) || '(nothing)');
  return lines.join('\n');
}

/** A long text as its first and last lines, so a flood never reaches the terminal. */
export function excerpt(text: string, keep: number, width = 240): string {
  const lines = text.split('\n').map((line) => (line.length > width ? `${line.slice(0, width)}… (${line.length} characters)` : line));
  if (lines.length <= keep) return lines.join('\n');
  const half = Math.floor(keep / 2);
  return [...lines.slice(0, half), `… ${lines.length - 2 * half} lines not shown …`, ...lines.slice(-half)].join('\n');
}
