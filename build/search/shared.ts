// What the build and the browser must agree on: fields, tokens and terms.
// Imported by both index.ts (Node) and client.ts (bundled for the page).
import type { Options } from 'minisearch';

export interface SearchDocument {
  /** "05-asyncio-module.html#tasks" */
  href: string;
  /** "Chapter 5. Working with the asyncio Module" */
  chapter: string;
  /** "5.3 Tasks", or empty for the chapter's opening text. */
  section: string;
  text: string;
  /** API names from inline code and listings, space-separated. */
  code: string;
}

export type Stemmer = (word: string) => string;

export const searchFields = ['section', 'chapter', 'text', 'code'] as const;

/** Words: letters, digits and underscores; `asyncio.gather` gives both parts, `create_task` its whole self and its parts. */
const word = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [match] of text.matchAll(word)) {
    tokens.push(match);
    if (match.includes('_')) for (const part of match.split('_')) if (part) tokens.push(part);
  }
  return tokens;
}

/** The term a word is indexed and searched under. */
export function termOf(stem: Stemmer, token: string): string {
  const lower = token.toLowerCase().replace(/ё/g, 'е');
  return /^[\p{L}]+$/u.test(lower) && lower.length > 2 ? stem(lower) : lower;
}

export function searchOptions(stem: Stemmer): Options {
  return {
    fields: [...searchFields],
    tokenize,
    processTerm: (token) => termOf(stem, token),
  };
}
