// CommonMark conformance: every example of the CommonMark spec (the
// commonmark-spec package) through the chapter processor the book uses,
// compared with the spec's HTML after both are normalised. An example plain
// remark renders as the spec says must render so in the book too, unless it
// is listed below under the book's design; the test prints the count.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Nodes, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { chapterProcessor } from '../build/load-book.ts';
import { loadStrings } from '../build/strings.ts';
import { fixtureBook, repoRoot } from './helpers.ts';

interface Example {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: Example[] };

/**
 * The examples the book renders differently by design, each with its reason:
 * the one place they are listed. Heading numbers and heading anchors (the
 * book's own wrappers) are undone by `normalise` instead, for every example.
 */
const designExceptions: Record<string, number[]> = {
  'GFM autolink literals: the book is CommonMark + GFM, so bare URLs and addresses are links': [602, 606, 608, 611, 612],
  'raw HTML is sanitised to what a book may hold (html-schema.ts), with a warning: unknown elements lose their tags': [150, 163, 201, 491, 524, 536, 617],
  'raw HTML is sanitised: script, style and textarea go with their content': [170, 171, 172, 173, 176, 178],
  'raw HTML is sanitised: attributes outside the schema go (`<pre language=…>`)': [169],
  'raw HTML is sanitised: comments, processing instructions, declarations and CDATA go': [177, 179, 180, 182, 183, 308, 309, 625, 626, 627, 628, 629],
  'links are sanitised: only http(s), mailto, irc(s), xmpp and relative URLs keep their href (`foo):` reads as a scheme)': [500, 597, 598, 599, 601],
};

const strings = await loadStrings(path.join(repoRoot, 'themes', 'default'), 'en');
const dir = path.join(fixtureBook, 'manuscript', 'en');
const stringify = unified().use(rehypeStringify, { allowDangerousHtml: true });
const plainRemark = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });

/**
 * The Markdown → HTML part of the book's pipeline: the chapter processor, as
 * load-book runs it. A chapter has a title, so each example gets one in front
 * matter (the example's own headings keep their levels); `normalise` takes
 * out the title heading that adds.
 */
async function bookHtml(markdown: string): Promise<string> {
  const file = new VFile({ path: path.join(dir, 'spec.md'), value: `---\ntitle: ${titleId}\n---\n${markdown}` });
  const processor = chapterProcessor(dir, 1, strings);
  return stringify.stringify((await processor.run(processor.parse(file), file)) as Root);
}

const titleId = 'spec-example-title';
const bookWrapper = new Set(['secno', 'chapter-label']);

/** Parsed and written back canonically: whitespace collapsed outside <pre>, the book's title heading, heading numbers and anchors undone. */
function normalise(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const clean = (node: Nodes, pre: boolean): void => {
    if (!('children' in node)) return;
    const children: RootContent[] = [];
    for (const child of node.children) {
      if (child.type === 'text' && !pre) {
        child.value = child.value.replace(/\s+/g, ' ');
        if (child.value !== ' ') children.push(child);
        continue;
      }
      if (child.type === 'element') {
        clean(child, pre || child.tagName === 'pre');
        const className = String(child.properties.className ?? '');
        if (child.properties.id === titleId) continue;
        if (/^h[1-6]$/.test(child.tagName)) delete child.properties.id;
        if (bookWrapper.has(className)) continue;
        if (className === 'chapter-title') {
          children.push(...child.children);
          continue;
        }
      }
      children.push(child);
    }
    node.children = children as typeof node.children;
  };
  clean(tree, false);
  // Whitespace next to block boundaries carries no meaning.
  return toHtml(tree).replace(/\s*(<\/?(?:p|li|ul|ol|blockquote|h\d|pre|table|thead|tbody|tr|td|th|hr|div)\b[^>]*>)\s*/g, '$1').trim();
}

const tab = (text: string) => text.replace(/→/g, '\t');

describe('CommonMark conformance', () => {
  it('renders every example remark renders as the spec says, except the listed design exceptions', async () => {
    const exempt = new Map(Object.entries(designExceptions).flatMap(([reason, numbers]) => numbers.map((n) => [n, reason] as const)));
    let book = 0;
    let remark = 0;
    const ours: string[] = [];
    const stale: number[] = [];
    for (const example of spec.tests) {
      const want = normalise(tab(example.html));
      const bookPasses = normalise(await bookHtml(tab(example.markdown))) === want;
      const remarkPasses = normalise(String(await plainRemark.process(tab(example.markdown)))) === want;
      if (bookPasses) book += 1;
      if (remarkPasses) remark += 1;
      if (exempt.has(example.number)) {
        if (bookPasses) stale.push(example.number);
      } else if (remarkPasses && !bookPasses) ours.push(`#${example.number} (${example.section})`);
    }
    const listed = exempt.size;
    console.log(`CommonMark ${spec.tests.length} examples: book pipeline ${book} pass, plain remark ${remark}; ${listed} design exceptions`);
    expect(ours, 'examples plain remark passes and the book fails, not listed as design').toEqual([]);
    expect(stale, 'design exceptions that now pass: take them off the list').toEqual([]);
  });
});
