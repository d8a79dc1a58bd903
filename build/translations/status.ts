// Where a translation stands against its source: for each chapter the source
// lists, whether it is translated, which source sections changed since the
// translator last synced them (with a word diff), and whether the translated
// headings keep the source's anchors. The record of what was translated is a
// snapshot of the source chapter, written by `syncChapter`, never by hand:
// manuscript/<lang>/.source/<chapter>.md.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { diffWords, type ChangeObject } from 'diff';
import { VFile } from 'vfile';
import { loadConfig } from '../config.ts';
import { error, warn } from '../diagnostics.ts';
import { themeDir } from '../theme.ts';
import { missingStrings } from '../strings.ts';
import { snapshotText, splitSections, type Section } from './sections.ts';

export type ChapterState = 'translated' | 'stale' | 'missing' | 'unsynced';

export interface StaleSection {
  id: string;
  title: string;
  /** Line of the section's heading in the source chapter. */
  line: number;
  /** `changed`: the source differs from the synced text; `new`: never synced (added to the source since, or never marked). */
  kind: 'changed' | 'new';
  /** What changed in the source since the sync, word by word (empty for a new section). */
  diff: ChangeObject<string>[];
}

export interface HeadingRef {
  id: string;
  title: string;
  line: number;
  column: number;
}

export interface ChapterStatus {
  /** The chapter's file name, the same in every language: "05-asyncio-module.md". */
  chapter: string;
  state: ChapterState;
  /** Sections the source chapter has. */
  sections: number;
  stale: StaleSection[];
  /** Source sections (at their source line) that no translated heading carries the id of. */
  missingIds: HeadingRef[];
  /** Translated headings (at their line) whose id is no section of the source. */
  unknownIds: HeadingRef[];
  /** The translated chapter's file, holding the alignment problems as messages. */
  file: VFile | undefined;
}

export interface LanguageStatus {
  lang: string;
  source: string;
  chapters: ChapterStatus[];
  /** Locale strings the language's table lacks. */
  missingStrings: string[];
  /** The locale table's path, relative to the book root. */
  locale: string;
}

export const snapshotFolder = '.source';

/** manuscript/<lang>/.source/<chapter>: the source text the translation follows. */
export function snapshotPath(root: string, lang: string, chapter: string): string {
  return path.join(root, 'manuscript', lang, snapshotFolder, chapter);
}

const readOptional = (file: string) => readFile(file, 'utf8').catch(() => undefined);

/** Checks that the translated headings keep the source's anchors; the problems become messages on `file`. */
export interface AlignmentSeverity {
  /** A translated heading whose id is no source section's (it breaks links and the language switcher's fragments). */
  unknown: 'error' | 'warning';
  /** A source section without a translated heading of its id. */
  missing: 'error' | 'warning';
}

export function checkAlignment(
  file: VFile,
  translated: readonly Section[],
  source: readonly Section[],
  sourceFile: string,
  severity: AlignmentSeverity = { unknown: 'error', missing: 'error' },
): { missingIds: HeadingRef[]; unknownIds: HeadingRef[] } {
  const reporter = (level: 'error' | 'warning') => (level === 'error' ? error : warn);
  const sourceIds = new Map(source.map((s) => [s.id, s]));
  const translatedIds = new Set(translated.map((s) => s.id));
  const ref = (s: Section): HeadingRef => ({ id: s.id, title: s.title, line: s.line, column: s.column });
  const unknownIds = translated.filter((s) => !sourceIds.has(s.id)).map(ref);
  for (const heading of unknownIds) {
    const hint = /^[\x21-\x7e]+$/.test(heading.id) ? '' : '; keep the source heading\'s anchor with `{#id}` after the translated heading';
    reporter(severity.unknown)(file, `Heading \`${heading.title}\` has the id \`#${heading.id}\`, which is no section of ${sourceFile}${hint}`, { line: heading.line, column: heading.column }, 'translation:unknown-id');
  }
  const missingIds = source.filter((s) => !translatedIds.has(s.id)).map(ref);
  for (const heading of missingIds) {
    // Where the section would be: after the translated heading of the source section before it.
    const before = source.slice(0, source.findIndex((s) => s.id === heading.id)).reverse().find((s) => translatedIds.has(s.id));
    const at = translated.find((s) => s.id === before?.id);
    reporter(severity.missing)(file, `No heading here has the id \`#${heading.id}\` of the source section ${sourceFile}:${heading.line} (${heading.title})`, { line: at?.line ?? 1, column: 1 }, 'translation:missing-id');
  }
  return { missingIds, unknownIds };
}

/** The source sections that differ from the synced snapshot, or were never synced. */
export function staleSections(current: readonly Section[], snapshot: readonly Section[]): StaleSection[] {
  const synced = new Map(snapshot.map((s) => [s.id, s]));
  const stale: StaleSection[] = [];
  for (const section of current) {
    const then = synced.get(section.id);
    if (then === undefined) stale.push({ id: section.id, title: section.title, line: section.line, kind: 'new', diff: [] });
    else if (then.text !== section.text) stale.push({ id: section.id, title: section.title, line: section.line, kind: 'changed', diff: diffWords(then.text, section.text) });
  }
  return stale;
}

export async function chapterStatus(root: string, lang: string, source: string, chapter: string): Promise<ChapterStatus> {
  const manuscript = path.join(root, 'manuscript');
  const [sourceText, translatedText, snapshot] = await Promise.all([
    readOptional(path.join(manuscript, source, chapter)),
    readOptional(path.join(manuscript, lang, chapter)),
    readOptional(snapshotPath(root, lang, chapter)),
  ]);
  if (sourceText === undefined) throw new Error(`${path.join('manuscript', source, chapter)} does not exist`);
  const current = splitSections(sourceText);
  const base = { chapter, sections: current.length, stale: [], missingIds: [], unknownIds: [], file: undefined };
  if (translatedText === undefined) return { ...base, state: 'missing' };
  const file = new VFile({ path: path.join(manuscript, lang, chapter), value: translatedText });
  const alignment = checkAlignment(file, splitSections(translatedText), current, path.posix.join('manuscript', source, chapter));
  if (snapshot === undefined) {
    return { ...base, ...alignment, file, state: 'unsynced', stale: staleSections(current, []) };
  }
  const stale = staleSections(current, splitSections(snapshot));
  return { ...base, ...alignment, file, stale, state: stale.length > 0 ? 'stale' : 'translated' };
}

/** The status of one translation, or undefined when the language is no translation (no `source` in its book.yaml). */
export async function languageStatus(root: string, lang: string): Promise<LanguageStatus | undefined> {
  const { config } = await loadConfig(path.join(root, 'manuscript', lang));
  if (!config.source) return undefined;
  const { config: sourceConfig } = await loadConfig(path.join(root, 'manuscript', config.source));
  const chapters = await Promise.all(sourceConfig.chapters.map((chapter) => chapterStatus(root, lang, config.source as string, chapter)));
  const theme = themeDir(root);
  return {
    lang,
    source: config.source,
    chapters,
    missingStrings: await missingStrings(theme, lang),
    locale: path.relative(root, path.join(theme, 'locales', `${lang}.yaml`)),
  };
}

export interface SyncOptions {
  /** Only this section (by its anchor); otherwise the whole chapter. */
  section?: string;
  /** Take the source from this git revision instead of the working tree: what the translator actually translated. */
  rev?: string;
}

export interface SyncResult {
  snapshot: string;
  /** Ids of the sections marked as synced. */
  synced: string[];
}

async function sourceAt(root: string, file: string, rev: string): Promise<string> {
  const relative = path.relative(root, file).split(path.sep).join('/');
  try {
    const { stdout } = await promisify(execFile)('git', ['show', `${rev}:${relative}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (problem) {
    throw new Error(`Cannot read ${relative} at ${rev}: ${(problem as { stderr?: string }).stderr?.trim() || String(problem)}`);
  }
}

/**
 * Marks a translated chapter, or one section of it, as following the source's
 * current text (or its text at `rev`): writes the snapshot the staleness is
 * measured against. Other sections keep what they were synced to.
 */
export async function syncChapter(root: string, lang: string, chapter: string, options: SyncOptions = {}): Promise<SyncResult> {
  const { config } = await loadConfig(path.join(root, 'manuscript', lang));
  if (!config.source) throw new Error(`manuscript/${lang}/book.yaml has no \`source\`: it is not a translation`);
  const sourceFile = path.join(root, 'manuscript', config.source, chapter);
  const translated = path.join(root, 'manuscript', lang, chapter);
  const [currentText, translatedText] = await Promise.all([readOptional(sourceFile), readOptional(translated)]);
  if (currentText === undefined) throw new Error(`No source chapter ${path.relative(root, sourceFile)}`);
  if (translatedText === undefined) throw new Error(`No translation ${path.relative(root, translated)} to mark as synced`);
  const current = splitSections(currentText);
  const from = options.rev ? splitSections(await sourceAt(root, sourceFile, options.rev)) : current;
  const fromIds = new Map(from.map((s) => [s.id, s]));
  const file = snapshotPath(root, lang, chapter);
  let sections: Section[];
  let synced: string[];
  if (options.section === undefined) {
    sections = current.flatMap((s) => fromIds.get(s.id) ?? []);
    synced = sections.map((s) => s.id);
  } else {
    const wanted = fromIds.get(options.section);
    if (!current.some((s) => s.id === options.section) || !wanted) {
      throw new Error(`${path.relative(root, sourceFile)}${options.rev ? ` at ${options.rev}` : ''} has no section #${options.section} (sections: ${current.map((s) => s.id).join(', ')})`);
    }
    const before = new Map(splitSections((await readOptional(file)) ?? '').map((s) => [s.id, s]));
    sections = current.flatMap((s) => (s.id === options.section ? [wanted] : before.get(s.id) ?? []));
    synced = [options.section];
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, snapshotText(sections));
  return { snapshot: file, synced };
}
