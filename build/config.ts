// book.yaml: reading and validating one language's book configuration.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, type Node as YamlNode } from 'yaml';
import { VFile } from 'vfile';
import { fail } from './diagnostics.ts';
import { derivedIdentifier } from './identifier.ts';

export type PageSize = 'A4' | 'Letter';

export interface BookConfig {
  title: string;
  subtitle: string | undefined;
  authors: string[];
  language: string;
  /** From book.yaml, else derived from slug, language and title (never random). */
  identifier: string;
  description: string | undefined;
  publisher: string | undefined;
  keywords: string[];
  edition: string | undefined;
  /** Base name of the downloads: <slug>.pdf, <slug>.epub. */
  slug: string;
  pageSize: PageSize;
  /** Chapter files relative to the language folder, in reading order. */
  chapters: string[];
}

const known = new Set([
  'title', 'subtitle', 'authors', 'language', 'identifier', 'description',
  'publisher', 'keywords', 'edition', 'slug', 'pageSize', 'chapters',
]);

/** Language folders under manuscript/: those holding a book.yaml, English first. */
export async function findLanguages(root: string): Promise<string[]> {
  const dir = path.join(root, 'manuscript');
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const langs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const ok = await stat(path.join(dir, entry.name, 'book.yaml')).then(() => true, () => false);
    if (ok) langs.push(entry.name);
  }
  return langs.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export async function loadConfig(langDir: string): Promise<{ config: BookConfig; file: VFile }> {
  const filePath = path.join(langDir, 'book.yaml');
  const file = new VFile({ path: filePath, value: await readFile(filePath, 'utf8') });
  const lineCounter = new LineCounter();
  const doc = parseDocument(String(file.value), { lineCounter });
  const at = (node: YamlNode | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    fail(file, `Invalid YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, { line, column: col }, 'config:yaml');
  }
  if (!isMap(doc.contents)) fail(file, 'book.yaml must be a mapping of settings', { line: 1, column: 1 }, 'config:shape');
  for (const pair of doc.contents.items) {
    const key = String((pair.key as YamlNode & { value?: unknown }).value ?? pair.key);
    if (!known.has(key)) fail(file, `Unknown setting \`${key}\` (known: ${[...known].join(', ')})`, at(pair.key as YamlNode), 'config:unknown-key');
  }
  const data = doc.toJS() as Record<string, unknown>;
  const node = (key: string) => doc.get(key, true) as YamlNode | undefined;
  const str = (key: string, required: boolean): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (required) fail(file, `Missing required setting \`${key}\``, { line: 1, column: 1 }, 'config:missing-key');
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') fail(file, `\`${key}\` must be text`, at(node(key)), 'config:type');
    return String(value);
  };
  const list = (key: string, required: boolean): string[] => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (required) fail(file, `Missing required setting \`${key}\``, { line: 1, column: 1 }, 'config:missing-key');
      return [];
    }
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((item) => typeof item === 'string')) fail(file, `\`${key}\` must be a list of text`, at(node(key)), 'config:type');
    return items as string[];
  };
  const pageSize = str('pageSize', false) ?? 'A4';
  if (pageSize !== 'A4' && pageSize !== 'Letter') fail(file, '`pageSize` must be A4 or Letter', at(node('pageSize')), 'config:type');
  const chapters = list('chapters', true);
  if (chapters.length === 0) fail(file, '`chapters` must list at least one chapter file', at(node('chapters')), 'config:type');
  const title = str('title', true) as string;
  const language = str('language', true) as string;
  const slug = str('slug', false) ?? path.basename(path.resolve(langDir, '..', '..'));
  const config: BookConfig = {
    title,
    subtitle: str('subtitle', false),
    authors: list('authors', true),
    language,
    identifier: str('identifier', false) ?? derivedIdentifier({ slug, language, title }),
    description: str('description', false),
    publisher: str('publisher', false),
    keywords: list('keywords', false),
    edition: str('edition', false),
    slug,
    pageSize,
    chapters,
  };
  return { config, file };
}
