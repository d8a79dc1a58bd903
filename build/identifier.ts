// The book's identifier when book.yaml gives none: a name-based UUID (RFC 4122
// version 5) from what names the edition, so every build of the same book,
// on any machine, carries the same identifier; a random one would make each
// build a different book to readers' libraries.
import { createHash } from 'node:crypto';

/** This toolchain's namespace for book identifiers: changing it would change every derived identifier. */
const namespace = 'c6d3a5f2-8b0e-5f4e-9d1a-3e7b2c4f6a80';

export interface EditionName {
  slug: string;
  language: string;
  title: string;
}

function uuidV5(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `urn:uuid:…`, the same for the same slug, language and title; each language is its own edition. */
export function derivedIdentifier({ slug, language, title }: EditionName): string {
  return `urn:uuid:${uuidV5(JSON.stringify([slug, language, title]))}`;
}
