// The words the toolchain writes, from the theme's per-language table.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

const english = {
  contents: '', chapter: '', chapterLabel: '', section: '', sectionLabel: '',
  listing: '', listingLabel: '', listingContinued: '', figureLabel: '', output: '', next: '',
  previous: '', download: '', downloadPdf: '', downloadEpub: '', toggleTheme: '',
  toggleMenu: '', note: '', tip: '', warning: '', solution: '', footnotes: '',
  backToContent: '', by: '', edition: '', published: '', copyright: '',
  builtWith: '', page: '', cover: '', landmarks: '', accessibilitySummary: '',
  markupHeadings: '', markupLists: '', markupTables: '', markupFootnotes: '',
  index: '', indexApi: '', indexSymbols: '', indexSee: '', indexSeeAlso: '', indexRemoved: '',
  languageName: '', languages: '', editions: '', quotes: '', untranslated: '', outdated: '', outdatedLink: '',
  // The site's search, listing tools and accessibility words.
  search: '', searchPlaceholder: '', searchResults: '', searchNoResults: '', skipToContent: '',
  copyCode: '', copied: '', codeFile: '', taskDone: '', taskOpen: '',
};

export type Strings = Record<keyof typeof english, string>;
export type StringKey = keyof Strings;

async function readTable(file: string): Promise<Partial<Strings>> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? {} : (parse(text) as Partial<Strings>) ?? {};
}

/** English is the base; the language's table overrides what it translates. */
export async function loadStrings(themeDir: string, lang: string): Promise<Strings> {
  const base = await readTable(path.join(themeDir, 'locales', 'en.yaml'));
  const local = lang === 'en' ? {} : await readTable(path.join(themeDir, 'locales', `${lang}.yaml`));
  const strings = { ...english, ...base, ...local };
  const missing = Object.keys(english).filter((key) => !strings[key as StringKey]);
  if (missing.length > 0) throw new Error(`Theme strings missing in ${themeDir}/locales: ${missing.join(', ')}`);
  return strings;
}

/** Every key a language's table should have. */
export const stringKeys = Object.keys(english) as StringKey[];

/** The keys a language's own table lacks (they fall back to English). */
export async function missingStrings(themeDir: string, lang: string): Promise<StringKey[]> {
  const table = await readTable(path.join(themeDir, 'locales', `${lang}.yaml`));
  return stringKeys.filter((key) => !table[key]);
}

/** Text in the language's quotation marks: “…” in English, «…» in Russian (the `quotes` string: opening then closing mark). */
export function quote(strings: Strings, text: string): string {
  const [open = '"', close = open] = [...strings.quotes];
  return `${open}${text}${close}`;
}

/** Fills "{n}"-style placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
