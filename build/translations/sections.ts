// A chapter's sections, keyed by the anchor every language shares: the text
// from one heading (levels 1-3) to the next. The ids are the ones the build
// gives the headings: an explicit `{#id}`, else rehype-slug's slug of the text.
import { codeVersion, ContentCache } from '../content-cache.ts';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkContainerDirectives from '../plugins/remark-container-directives.ts';
import remarkHeadingIds from '../plugins/remark-heading-ids.ts';
import { indexDirective } from '../plugins/remark-index.ts';

export interface Section {
  id: string;
  depth: number;
  /** The heading's text, without its `{#id}`. */
  title: string;
  /** Line and column of the heading in its file. */
  line: number;
  column: number;
  /** Whether the heading writes its id (`{#id}`) rather than taking a slug of its text. */
  explicit: boolean;
  /** Offset of the heading's end in the file (where an explicit id would go). */
  headingEnd: number;
  /** The Markdown from the heading to the next one, as written. */
  markdown: string;
  /** The same, normalised for comparison: without the heading's `{#id}`, trailing space trimmed. */
  text: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkContainerDirectives, { text: [indexDirective] });
const explicitId = /[ \t]*\{#[A-Za-z0-9][\w.-]*\}[ \t]*$/;

/** An index mark with its attributes (`:index[term]{sub="…"}`): an invisible anchor. */
const indexMark = /:index\[([^\]]*)\](?:\{[^}]*\})?/g;

/**
 * The section as compared across versions: without the heading's `{#id}` and
 * trailing spaces, and without index marks, since each language marks its
 * own index terms and a mark changes nothing a reader sees.
 */
function normalise(markdown: string): string {
  const newline = markdown.indexOf('\n');
  const heading = newline === -1 ? markdown : markdown.slice(0, newline);
  const rest = newline === -1 ? '' : markdown.slice(newline);
  return `${heading.replace(explicitId, '')}${rest}`.replace(indexMark, '').replace(/[ \t]+$/gm, '').trimEnd();
}

/** Splits a chapter's Markdown into its sections, in order. */
export function splitSections(markdown: string): Section[] {
  const tree = parser.parse(markdown) as Root;
  const explicit = new Set<Heading>();
  visit(tree, 'heading', (heading: Heading) => {
    const before = heading.data?.hProperties?.id;
    remarkHeadingIds()(({ type: 'root', children: [heading] }) as Root);
    if (heading.data?.hProperties?.id !== before) explicit.add(heading);
  });
  const slugger = new GithubSlugger();
  const found: Omit<Section, 'markdown' | 'text'>[] = [];
  const starts: number[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    const given = heading.data?.hProperties?.id;
    // rehype-slug gives every heading without an id a slug, deeper ones too, so they count for duplicates.
    const id = typeof given === 'string' && explicit.has(heading) ? given : slugger.slug(toString(heading));
    if (heading.depth > 3) return;
    const start = heading.position?.start;
    found.push({ id, depth: heading.depth, title: toString(heading).trim(), line: start?.line ?? 1, column: start?.column ?? 1, explicit: explicit.has(heading), headingEnd: heading.position?.end.offset ?? 0 });
    starts.push(start?.offset ?? 0);
  });
  return found.map((section, i) => {
    const text = markdown.slice(starts[i] ?? 0, starts[i + 1] ?? markdown.length);
    return { ...section, headingEnd: section.headingEnd - (starts[i] ?? 0), markdown: text, text: normalise(text) };
  });
}

/**
 * The text a snapshot keeps: the sections given, each heading carrying its id
 * explicitly, so that reading the snapshot back gives the same ids even when
 * some sections are left out.
 */
export function snapshotText(sections: readonly Section[]): string {
  return `${sections
    .map((s) => {
      const body = s.markdown.trimEnd();
      return s.explicit ? body : `${body.slice(0, s.headingEnd).trimEnd()} {#${s.id}}${body.slice(s.headingEnd)}`;
    })
    .join('\n\n')}\n`;
}

/**
 * splitSections, its result kept by text under a cache folder
 * (<book>/.cache/sections/<lang>/): a book's load splits every translated
 * chapter, its source and its snapshot, three Markdown parses a chapter.
 */
export class SectionCache {
  private readonly cache: ContentCache;
  constructor(dir: string) {
    this.cache = new ContentCache(dir, `sections-1\0${codeVersion()}`);
  }

  async split(markdown: string): Promise<Section[]> {
    const key = this.cache.key(markdown);
    const kept = await this.cache.get(key, 'json');
    if (kept) return JSON.parse(kept.toString('utf8')) as Section[];
    const sections = splitSections(markdown);
    await this.cache.set(key, 'json', JSON.stringify(sections));
    return sections;
  }

  prune(): Promise<void> {
    return this.cache.prune();
  }
}
