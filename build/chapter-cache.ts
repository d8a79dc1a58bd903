// Chapters as loaded (parsed, transformed, turned into HTML trees) kept
// under <book>/.cache/chapters/<lang>/, so a build parses again only the
// chapters whose text changed. The key is everything loading a chapter
// reads: its text, its place in the book, the words of its language, and
// the toolchain's own code and packages. A chapter with an error is never
// kept, so its error is reported on every build.
import type { Root as HastRoot } from 'hast';
import { existsSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { VFile } from 'vfile';
import { codeVersion, ContentCache } from './content-cache.ts';

/** What a chapter's file keeps from loading: its data (headings, listings, trees…), its warnings, and the HTML tree. */
interface Kept {
  data: VFile['data'];
  messages: { reason: string; place: VFile['messages'][number]['place']; ruleId?: string; source?: string; url?: string; note?: string }[];
  hast: HastRoot;
}

export class ChapterCache {
  private readonly cache: ContentCache;
  constructor(dir: string) {
    this.cache = new ContentCache(dir, `chapters-1\0${codeVersion()}`);
  }

  /** The key of a chapter: its text and all else `inputs` names that loading it reads. */
  key(text: string, inputs: unknown): string {
    return this.cache.key(JSON.stringify(inputs), text);
  }

  /** The chapter's file filled in as loading it left it, and its tree; nothing if it is not kept, or an image it names is gone. */
  async get(key: string, file: VFile, dir: string): Promise<HastRoot | undefined> {
    const bytes = await this.cache.get(key, 'v8');
    if (!bytes) return undefined;
    const kept = v8.deserialize(bytes) as Kept;
    if ((kept.data.images ?? []).some((image) => !existsSync(path.join(dir, image)))) return undefined;
    Object.assign(file.data, kept.data);
    for (const { reason, place, ...rest } of kept.messages) Object.assign(file.message(reason, { place }), rest);
    return kept.hast;
  }

  async set(key: string, file: VFile, hast: HastRoot): Promise<void> {
    if (file.messages.some((message) => message.fatal)) return;
    const messages = file.messages.map(({ reason, place, ruleId, source, url, note }) => ({ reason, place, ruleId, source, url, note }));
    await this.cache.set(key, 'v8', v8.serialize({ data: file.data, messages, hast } satisfies Kept));
  }

  prune(): Promise<void> {
    return this.cache.prune();
  }
}
