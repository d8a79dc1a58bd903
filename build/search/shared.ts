// What the build and the browser must agree on: fields, tokens and terms.
// Imported by both index.ts (Node) and client.ts (bundled for the page).
import type { Options } from 'minisearch';

export interface SearchDocument {
  /** "05-asyncio-module.html#tasks" */
  href: string;
  /** "Chapter 5. Working with the asyncio Module", as results show it. */
  chapter: string;
  /** "Working with the asyncio Module", as the index has it (the label would be in every section). */
  chapterTitle: string;
  /** "5.3 Tasks", or empty for the chapter's opening text. */
  section: string;
  text: string;
  /** API names from inline code and listings, space-separated. */
  code: string;
}

export type Stemmer = (word: string) => string;

export const searchFields = ['section', 'chapterTitle', 'text', 'code'] as const;

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

export function searchOptions(stem: Stemmer, stopwords: ReadonlySet<string>): Options {
  return {
    fields: [...searchFields],
    tokenize,
    // Single characters ("s" of "it's", list numbers) find nothing useful.
    processTerm: (token) => (token.length < 2 || stopwords.has(token.toLowerCase().replace(/ё/g, 'е')) ? null : termOf(stem, token)),
  };
}

type Postings = Record<string, Record<string, number>>;
interface PlainIndex { index: [string, Postings][] }

/**
 * MiniSearch's serialized postings, shorter: per term "field:doc.tf,doc.tf;field:…"
 * with document ids as gaps from the previous one and a frequency of 1 left out.
 * About a third smaller than its JSON.
 */
export function compactPostings<T extends PlainIndex>(plain: T): Omit<T, 'index'> & { index: [string, string][] } {
  const index = plain.index.map(([term, fields]): [string, string] => {
    const parts = Object.entries(fields).map(([field, docs]) => {
      let previous = 0;
      const entries = Object.entries(docs)
        .map(([doc, tf]) => [Number(doc), tf] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([doc, tf]) => {
          const gap = doc - previous;
          previous = doc;
          return tf === 1 ? String(gap) : `${gap}.${tf}`;
        });
      return `${field}:${entries.join(',')}`;
    });
    return [term, parts.join(';')];
  });
  return { ...plain, index };
}

export function expandPostings<T extends { index: [string, string][] }>(compact: T): Omit<T, 'index'> & PlainIndex {
  const index = compact.index.map(([term, packed]): [string, Postings] => {
    const fields: Postings = {};
    for (const part of packed.split(';')) {
      const colon = part.indexOf(':');
      const docs: Record<string, number> = {};
      let doc = 0;
      for (const entry of part.slice(colon + 1).split(',')) {
        const dot = entry.indexOf('.');
        doc += Number(dot < 0 ? entry : entry.slice(0, dot));
        docs[doc] = dot < 0 ? 1 : Number(entry.slice(dot + 1));
      }
      fields[part.slice(0, colon)] = docs;
    }
    return [term, fields];
  });
  return { ...compact, index };
}
