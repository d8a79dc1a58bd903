// book.yaml: reading and validating one language's book configuration.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { assertNoErrors, BuildError } from './diagnostics.ts';
import { readText } from './read-text.ts';
import { derivedIdentifier } from './identifier.ts';
import { bookSchema, checkYaml } from './schema.ts';

export type PageSize = 'A4' | 'Letter';

export interface BookConfig {
  title: string;
  subtitle: string | undefined;
  authors: string[];
  language: string;
  /** For a translation: the language folder (manuscript/<source>/) it is translated from. */
  source: string | undefined;
  /** From book.yaml, else derived from slug, language and title (never random). */
  identifier: string;
  description: string | undefined;
  publisher: string | undefined;
  keywords: string[];
  edition: string | undefined;
  /** Base name of the downloads: <slug>.pdf, <slug>.epub. */
  slug: string;
  pageSize: PageSize;
  /** Web address of the book's files (GitHub-style: …/blob/main): files outside the manuscript folder and the listings' code/ files link there. */
  repository: string | undefined;
  /** Chapter files relative to the language folder, in reading order. */
  chapters: string[];
}

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
  const file = await readText(filePath);
  assertNoErrors([file]);
  const settings = checkYaml(file, String(file.value), bookSchema, { rule: 'config', noun: 'setting', unknown: 'error' });
  if (!settings) throw new BuildError([file]);
  const slug = settings.slug ?? path.basename(path.resolve(langDir, '..', '..'));
  const config: BookConfig = {
    title: settings.title,
    subtitle: settings.subtitle,
    authors: settings.authors,
    language: settings.language,
    source: settings.source,
    identifier: settings.identifier ?? derivedIdentifier({ slug, language: settings.language, title: settings.title }),
    description: settings.description,
    publisher: settings.publisher,
    keywords: settings.keywords ?? [],
    edition: settings.edition,
    slug,
    pageSize: settings.pageSize ?? 'A4',
    repository: settings.repository,
    chapters: settings.chapters,
  };
  return { config, file };
}
