import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLanguages, loadConfig } from '../build/config.ts';
import { BuildError } from '../build/diagnostics.ts';
import { derivedIdentifier } from '../build/identifier.ts';
import { loadStrings } from '../build/strings.ts';
import { copyFixture, fixtureBook, repoRoot } from './helpers.ts';

async function configError(yaml: string): Promise<string> {
  const book = await copyFixture();
  const dir = path.join(book, 'manuscript', 'en');
  await writeFile(path.join(dir, 'book.yaml'), yaml);
  try {
    await loadConfig(dir);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    const message = error.files[0]!.messages[0]!;
    return `${message.line}:${message.column} ${message.reason}`;
  }
  throw new Error('expected an error');
}

describe('book configuration', () => {
  it('loads book.yaml with defaults', async () => {
    const { config } = await loadConfig(path.join(fixtureBook, 'manuscript', 'ru'));
    expect(config).toMatchObject({ title: 'Книга-образец', language: 'ru', authors: ['Ада Лавлейс'], slug: 'fixture', pageSize: 'A4', chapters: ['01-pervaya.md'], keywords: [] });
    const en = await loadConfig(path.join(fixtureBook, 'manuscript', 'en'));
    expect(en.config.pageSize).toBe('Letter');
  });

  it('finds every language folder with a book.yaml, English first', async () => {
    expect(await findLanguages(fixtureBook)).toEqual(['en', 'ru']);
    expect(await findLanguages(repoRoot)).toContain('en');
  });

  it('reports unknown settings, missing ones and wrong types with their line', async () => {
    expect(await configError('title: T\nauthors: [A]\nlanguage: en\nidentifier: x\nchapters: [a.md]\ncolour: red\n')).toBe('6:1 Unknown setting `colour` (known: title, subtitle, authors, language, source, identifier, description, publisher, keywords, edition, slug, repository, pageSize, chapters)');
    expect(await configError('title: T\nauthors: [A]\nidentifier: x\nchapters: [a.md]\n')).toBe('1:1 Missing required setting `language`');
    expect(await configError('title: T\nauthors: [A]\nlanguage: en\nidentifier: x\npageSize: A5\nchapters: [a.md]\n')).toBe('5:11 `pageSize` must be A4 or Letter');
    expect(await configError('title: [unclosed\n')).toBe('2:1 Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
  });
});

describe('book identifier', () => {
  async function identifierOf(yaml: string): Promise<string> {
    const book = await copyFixture();
    const dir = path.join(book, 'manuscript', 'en');
    await writeFile(path.join(dir, 'book.yaml'), yaml);
    return (await loadConfig(dir)).config.identifier;
  }

  it('keeps the one book.yaml gives', async () => {
    expect(await identifierOf('title: T\nauthors: [A]\nlanguage: en\nidentifier: isbn:9780000000002\nchapters: [a.md]\n')).toBe('isbn:9780000000002');
  });

  it('else derives a version 5 UUID from slug, language and title: stable, never random', async () => {
    const yaml = 'title: T\nauthors: [A]\nlanguage: en\nslug: t\nchapters: [a.md]\n';
    const first = await identifierOf(yaml);
    expect(first).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await identifierOf(yaml)).toBe(first);
    expect(derivedIdentifier({ slug: 't', language: 'en', title: 'T' })).toBe(first);
    expect(derivedIdentifier({ slug: 't', language: 'ru', title: 'T' })).not.toBe(first);
    expect(derivedIdentifier({ slug: 't', language: 'en', title: 'T2' })).not.toBe(first);
  });
});

describe('theme strings', () => {
  it('reads a translated table and falls back to English for missing words', async () => {
    const theme = path.join(repoRoot, 'themes', 'default');
    const ru = await loadStrings(theme, 'ru');
    expect(ru.chapterLabel).toBe('Глава {n}');
    const xx = await loadStrings(theme, 'xx');
    expect(xx.chapterLabel).toBe('Chapter {n}');
  });
});

describe('the published JSON Schema of book.yaml', () => {
  it('is current with the schema the build validates against', async () => {
    const { readFile } = await import('node:fs/promises');
    const { schemaFile, schemaText } = await import('../build/commands/schema.ts');
    expect(await readFile(schemaFile, 'utf8')).toBe(schemaText());
    const schema = JSON.parse(schemaText()) as { required: string[]; additionalProperties: boolean; properties: Record<string, { enum?: string[] }> };
    expect(schema.required).toEqual(['title', 'authors', 'language', 'chapters']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.pageSize?.enum).toEqual(['A4', 'Letter']);
  });

  it("is what the English book's book.yaml names for editors", async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path.join(repoRoot, 'manuscript', 'en', 'book.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../book.schema.json');
  });
});
