// `translations`: where each translation stands against its source, and
// `--sync` to mark a translated chapter (or one section) as following the
// source's current text.
import path from 'node:path';
import { findLanguages } from '../config.ts';
import { colourStyles, formatStatus, languageStatus, needsWork, plainStyles, statusJson, syncChapter, type LanguageStatus } from '../translations/index.ts';

export interface TranslationsArgs {
  book: string;
  /** Print JSON instead of the table. */
  json: boolean;
  /** Exit non-zero when anything is stale, unsynced, missing or misaligned. */
  check: boolean;
  /** `--sync LANG CHAPTER...`: the language and chapters to mark as synced. */
  sync: string[] | undefined;
  section: string | undefined;
  rev: string | undefined;
  lang: string[] | undefined;
}

export async function translationsCommand(args: TranslationsArgs): Promise<number> {
  const root = path.resolve(args.book);
  if (args.sync) {
    const [lang, ...chapters] = args.sync;
    if (!lang || chapters.length === 0) {
      console.error('usage: translations --sync LANG CHAPTER.md... [--section ID] [--rev REV]');
      return 2;
    }
    if (args.section && chapters.length > 1) {
      console.error('--section marks one section of one chapter');
      return 2;
    }
    for (const chapter of chapters) {
      const result = await syncChapter(root, lang, path.basename(chapter), { section: args.section, rev: args.rev });
      const what = args.section ? `section #${args.section}` : `${result.synced.length} sections`;
      console.log(`✓ ${lang}/${path.basename(chapter)}: ${what} synced to the source${args.rev ? ` at ${args.rev}` : ''} → ${path.relative(process.cwd(), result.snapshot)}`);
    }
    return 0;
  }
  const langs = args.lang ?? (await findLanguages(root));
  const statuses = (await Promise.all(langs.map((lang) => languageStatus(root, lang)))).filter((s): s is LanguageStatus => s !== undefined);
  console.log(args.json ? statusJson(statuses) : formatStatus(statuses, process.stdout.isTTY ? colourStyles : plainStyles));
  return args.check && statuses.some(needsWork) ? 1 : 0;
}
