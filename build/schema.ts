// The settings an author writes in YAML, as one zod schema each: book.yaml and
// a chapter's front matter. Validation errors become vfile messages at the
// YAML node they concern; `npm run schema` publishes book.yaml's schema as
// JSON Schema for editors.
import { LineCounter, parseDocument, isMap, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { error, warn } from './diagnostics.ts';

const text = z.union([z.string(), z.number()], { error: 'must be text' }).transform(String);
const textList = z
  .union([z.string(), z.array(z.string())], { error: 'must be a list of text' })
  .transform((value) => (Array.isArray(value) ? value : [value]));

export const bookSchema = z
  .strictObject({
    title: text.describe('The book title, as on the cover.'),
    subtitle: text.optional().describe('A subtitle for the cover and title page.'),
    authors: textList.describe('Author names, in cover order.'),
    language: text.describe('BCP 47 language tag of this manuscript, such as en or ru.'),
    source: text
      .optional()
      .describe('For a translation: the language folder it is translated from (manuscript/<source>/). Chapters listed here without a file of their own fall back to that language; `npm run translations` tracks which source sections each translated chapter follows.'),
    identifier: text.optional().describe('A unique identifier (ISBN, urn:uuid:…); derived from slug, language and title when absent.'),
    description: text.optional().describe('A paragraph for the EPUB and PDF metadata.'),
    publisher: text.optional(),
    keywords: textList.optional().describe('Subject keywords for the metadata.'),
    edition: text.optional().describe('Edition statement on the copyright page, such as "First edition".'),
    slug: text.optional().describe('Base name of the downloads: <slug>.pdf and <slug>.epub.'),
    repository: z.url({ error: 'must be a URL' }).optional().describe('Web address of the book\'s files (such as https://github.com/owner/repo/blob/main): links to files outside the manuscript folder point there.'),
    pageSize: z.enum(['A4', 'Letter'], { error: 'must be A4 or Letter' }).optional().describe('Paper size of the PDF.'),
    chapters: z.array(z.string(), { error: 'must be a list of text' }).min(1, 'must list at least one chapter file').describe('Chapter files, in reading order.'),
  })
  .describe('book.yaml: one language edition of a book built by this toolchain.');

export const frontMatterSchema = z
  .strictObject({
    title: text.optional().describe('The chapter title, when the file has no level-1 heading.'),
    description: text.optional(),
    keywords: textList.optional(),
    authors: textList.optional(),
  })
  .describe('Front matter of a chapter file.');

export type BookSettings = z.output<typeof bookSchema>;
export type FrontMatter = z.output<typeof frontMatterSchema>;

/** book.yaml's schema as JSON Schema (what an author types, before defaults and conversions). */
export function bookJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(bookSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}

export interface YamlCheck {
  /** Rule prefix of the messages: `config` or `front-matter`. */
  rule: string;
  /** What the author calls a key: "setting" in book.yaml, "front-matter key" in a chapter. */
  noun: string;
  /** Unknown keys are errors in book.yaml, warnings in front matter (other tools put theirs there). */
  unknown: 'error' | 'warning';
  /** Line of the YAML's first line in the file (front matter starts after `---`). */
  line?: number;
}

/**
 * Parses YAML text and validates it against a schema, reporting every problem
 * on `file` at its line and column. Returns the data, or undefined when invalid.
 */
export function checkYaml<S extends z.ZodType>(file: VFile, source: string, schema: S, check: YamlCheck): z.output<S> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const shift = (check.line ?? 1) - 1;
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line: line + shift, column: col };
  };
  const nodeAt = (keys: PropertyKey[]) => (keys.length ? (doc.getIn(keys as unknown[], true) as YamlNode | undefined) : doc.contents ?? undefined);
  const keyNode = (keys: PropertyKey[], key: string) => {
    const parent = nodeAt(keys);
    return isMap(parent) ? (parent.items.find((pair) => String((pair.key as { value?: unknown })?.value) === key)?.key as YamlNode | undefined) : undefined;
  };

  if (doc.errors.length > 0) {
    for (const problem of doc.errors) {
      error(file, `Invalid YAML: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, at(problem.pos[0]), `${check.rule}:yaml`);
    }
    return undefined;
  }
  const data: unknown = doc.toJS() ?? {};
  if (!isMap(doc.contents) && doc.contents !== null) {
    error(file, 'must be a mapping of keys to values', at(0), `${check.rule}:shape`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;

  let fatal = false;
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
  for (const issue of result.error.issues) {
    const name = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const reason = `Unknown ${check.noun} \`${key}\` (known: ${known.join(', ')})`;
        const place = at(keyNode(issue.path, key)?.range?.[0]);
        if (check.unknown === 'error') {
          error(file, reason, place, `${check.rule}:unknown-key`);
          fatal = true;
        } else warn(file, reason, place, `${check.rule}:unknown-key`);
      }
      continue;
    }
    fatal = true;
    const value = nodeAt(issue.path);
    if (value === undefined) {
      error(file, `Missing required ${check.noun} \`${name}\``, at(0), `${check.rule}:missing-key`);
    } else {
      error(file, `\`${name}\` ${issue.message}`, at(value?.range?.[0]), `${check.rule}:type`);
    }
  }
  if (fatal) return undefined;
  // Only unknown keys, reported as warnings: the rest is valid without them.
  return schema.parse(Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([key]) => known.includes(key))));
}
