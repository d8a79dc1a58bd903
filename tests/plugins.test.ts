// Unit tests of the remark and rehype plugins, through the chapter processor
// that the build uses.
import type { Root as HastRoot } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { chapterProcessor } from '../build/load-book.ts';
import rehypeXrefs, { type ChapterTargets } from '../build/plugins/rehype-xrefs.ts';
import { loadStrings } from '../build/strings.ts';
import { fixtureBook } from './helpers.ts';
import path from 'node:path';

const strings = await loadStrings(path.join(fixtureBook, '..', '..', '..', 'themes', 'default'), 'en');
const dir = path.join(fixtureBook, 'manuscript', 'en');

async function chapter(markdown: string, number = 3) {
  const file = new VFile({ path: path.join(dir, 'test.md'), value: markdown });
  const processor = chapterProcessor(dir, number, strings);
  const hast = (await processor.run(processor.parse(file), file)) as HastRoot;
  const errors = file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
  return { file, hast, errors };
}

/** Non-fatal messages as "line:column rule". */
const warnings = (file: VFile) => file.messages.filter((m) => !m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('rehype-outline', () => {
  it('numbers the title, sections and subsections and records the outline', async () => {
    const { hast, file, errors } = await chapter('# Title\n\n## First\n\n### Deep\n\n## Second\n');
    expect(errors).toEqual([]);
    expect(file.data.headings?.map((h) => [h.depth, h.number, h.id, h.text])).toEqual([
      [1, '3', 'title', 'Title'],
      [2, '3.1', 'first', 'First'],
      [3, '3.1.1', 'deep', 'Deep'],
      [2, '3.2', 'second', 'Second'],
    ]);
    expect(toString(select('h1', hast)!)).toBe('Chapter 3 Title');
    expect(toString(select('h2#second', hast)!)).toBe('3.2 Second');
  });

  it('leaves the footnotes heading out of the outline', async () => {
    const { file } = await chapter('# T\n\nText[^a].\n\n[^a]: Note.\n');
    expect(file.data.headings?.map((h) => h.text)).toEqual(['T']);
  });

  it('warns about a chapter without a `#` title and about a second title, and builds both', async () => {
    const noTitle = await chapter('## Only a section\n\n### Below\n');
    expect(noTitle.errors).toEqual([]);
    expect(warnings(noTitle.file)).toEqual(['1:1 heading:title']);
    expect(noTitle.file.data.headings?.map((h) => [h.depth, h.number, h.text])).toEqual([
      [1, '3', 'Only a section'],
      [2, '3.1', 'Below'],
    ]);
    const two = await chapter('# One\n\n# Two\n');
    expect(two.errors).toEqual([]);
    expect(warnings(two.file)).toEqual(['3:1 heading:title']);
    expect(toString(select('h1#two', two.hast)!)).toBe('Two');
  });

  it('takes the title from front matter, or from the file name with a warning', async () => {
    const fromYaml = await chapter('---\ntitle: From YAML\n---\n\n<p>Intro</p>\n\n## Install\n');
    expect(fromYaml.errors).toEqual([]);
    expect(warnings(fromYaml.file)).toEqual([]);
    expect(fromYaml.file.data.headings?.map((h) => [h.depth, h.number, h.id, h.text])).toEqual([
      [1, '3', 'from-yaml', 'From YAML'],
      [2, '3.1', 'install', 'Install'],
    ]);
    const untitled = await chapter('Just text.\n');
    expect(warnings(untitled.file)).toEqual(['1:1 heading:title']);
    expect(untitled.file.data.headings?.[0]?.text).toBe('test');
  });

  it('keeps headings deeper than `###` as plain headings, and warns about a skipped level instead of numbering it', async () => {
    const { hast, file, errors } = await chapter('# T\n\n### Too deep\n\n## S\n\n### Sub\n\n#### Four\n\n###### Six\n');
    expect(errors).toEqual([]);
    expect(warnings(file)).toEqual(['3:1 heading:skipped']);
    expect(file.data.headings?.map((h) => h.number)).toEqual(['3', '3.1', '3.1.1']);
    expect(toString(select('h3#too-deep', hast)!)).toBe('Too deep');
    expect(toString(select('h4#four', hast)!)).toBe('Four');
    expect(toString(select('h6#six', hast)!)).toBe('Six');
  });
});

describe('remark-admonitions', () => {
  it('turns note, tip and warning into asides with a title', async () => {
    const { hast, errors } = await chapter('# T\n\n:::note\nBody.\n:::\n\n:::tip[Own title]\nTip.\n:::\n\n:::warning\nCareful.\n:::\n');
    expect(errors).toEqual([]);
    const asides = selectAll('aside.admonition', hast);
    expect(asides.map((a) => [a.properties.className, toString(select('.admonition-title', a)!)])).toEqual([
      [['admonition', 'note'], 'Note'],
      [['admonition', 'tip'], 'Own title'],
      [['admonition', 'warning'], 'Warning'],
    ]);
  });

  it('labels solutions with the exercise', async () => {
    const { hast } = await chapter('# T\n\n:::solution[Exercise 2]\nDo it.\n:::\n');
    expect(toString(select('aside.solution .admonition-title', hast)!)).toBe('Solution: Exercise 2');
  });

  it('reports an unknown container directive as an error and text that looks like a directive as a warning, keeping the text', async () => {
    const { errors, file, hast } = await chapter('# T\n\n:::danger\nx\n:::\n\nText :shout[loud] here.\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^3:1 directive:unknown .*:::danger/);
    expect(warnings(file)).toEqual(['7:6 directive:lookalike']);
    expect(toString(hast)).toContain('Text :shout[loud] here.');
  });

  it('reads colons in prose as text, with no message', async () => {
    const prose = 'At 10:30 the ratio was 4:3; see foo:bar, mailto:x and a::b.\n\n::not-a-leaf\n';
    const { errors, file, hast } = await chapter(`# T\n\n${prose}`);
    expect(errors).toEqual([]);
    expect(warnings(file)).toEqual([]);
    expect(toString(hast)).toContain('At 10:30 the ratio was 4:3; see foo:bar, mailto:x and a::b.');
    expect(toString(hast)).toContain('::not-a-leaf');
  });
});

describe('remark-listings and the code handler', () => {
  const example = (meta: string, body = 'print(1)') => '```python ' + meta + '\n' + body + '\n```\n';

  it('numbers listings, names programs and joins parts', async () => {
    const md = `# T\n\n${example('file=a.py caption="First one"')}\n${example('')}\n${example('file=parts.py caption="In parts"')}\ntext\n\n${example('file=parts.py')}`;
    const { hast, file, errors } = await chapter(md, 2);
    expect(errors).toEqual([]);
    expect(file.data.listings).toEqual([
      { id: 'lst-a', number: '2.1', caption: 'First one' },
      { id: 'lst-listing_02', number: '2.2', caption: undefined },
      { id: 'lst-parts', number: '2.3', caption: 'In parts' },
    ]);
    const captions = selectAll('figure.listing figcaption', hast).map((c) => toString(c));
    expect(captions).toEqual(['Listing 2.1 First one', 'Listing 2.2', 'Listing 2.3 In parts', 'Listing 2.3 (continued)']);
    expect(select('figure#lst-a pre', hast)).toBeTruthy();
  });

  it('labels output blocks and requires them to follow an example', async () => {
    const ok = await chapter(`# T\n\n${example('file=a.py')}\n\`\`\`output\n1\n\`\`\`\n`);
    expect(ok.errors).toEqual([]);
    expect(toString(select('div.output .output-label', ok.hast)!)).toBe('Output');
    const bad = await chapter('# T\n\nText.\n\n```output\n1\n```\n');
    expect(bad.errors.join()).toMatch(/^5:1 code:output/);
  });

  it('reports unknown and malformed attributes at the block', async () => {
    const { errors } = await chapter(`# T\n\n${example('file=a.py colour=red')}\n${example('timeout=soon')}\n${example('file=../x.py')}`);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^3:1 code:attribute Unknown code-block attribute `colour`/);
    expect(errors[1]).toMatch(/^7:1 code:attribute `timeout` must be a positive number/);
    expect(errors[2]).toMatch(/^11:1 code:attribute `file` must be a plain file name/);
  });

  it('reads fence metadata common elsewhere: `{1,3}` lines to highlight and `title` as the caption; other attributes of plain blocks are ignored with a warning', async () => {
    const { hast, file, errors } = await chapter('# T\n\n```js {1,3} title="install"\na\nb\nc\n```\n\n```sh showLineNumbers\nls\n```\n');
    expect(errors).toEqual([]);
    expect(warnings(file)).toEqual(['9:1 code:attribute']);
    expect(toString(select('figure.listing figcaption', hast)!)).toBe('Listing 3.1 install');
    expect(select('figure.listing code', hast)?.properties.metastring).toBe('{1,3}');
    const { highlightBook } = await import('../build/highlight.ts');
    await highlightBook([hast], ['js', 'sh']);
    // Shiki writes `class` as a plain property, which hast-util-select does not read.
    const lines: boolean[] = [];
    visit(hast, 'element', (node) => {
      const classes = String(node.properties.class).split(/[ ,]/);
      if (classes.includes('line')) lines.push(classes.includes('highlighted'));
    });
    expect(lines).toEqual([true, false, true, false]);
    expect(selectAll('[metastring]', hast)).toEqual([]);
  });

  it('keeps fragments and other languages out of the listings', async () => {
    const { file } = await chapter('# T\n\n```python fragment\nx\n```\n\n```console\n$ ls\n```\n');
    expect(file.data.listings).toEqual([]);
  });
});

describe('rehype-images', () => {
  it('accepts a local image and records it once', async () => {
    const { file, errors } = await chapter('# T\n\n![Loop](images/loop.svg) ![Again](./images/loop.svg)\n');
    expect(errors).toEqual([]);
    expect(file.data.images).toEqual(['images/loop.svg']);
  });

  it('reports a missing image and one without alt text; a remote one is a warning and becomes a link, never fetched', async () => {
    const { errors, file, hast } = await chapter('# T\n\n![Gone](images/none.png)\n\n![Web](https://example.com/a.png)\n\n![](images/loop.svg)\n\n[![Badge](https://example.com/b.svg)](https://example.com)\n');
    expect(errors.map((e) => e.split(' ')[0] + ' ' + e.split(' ')[1])).toEqual(['3:1 image:missing', '7:1 image:alt']);
    expect(warnings(file)).toEqual(['5:1 image:remote', '9:2 image:remote']);
    expect(selectAll('img', hast).map((i) => i.properties.src)).toEqual(['images/none.png', 'images/loop.svg']);
    expect(selectAll('a.remote-image', hast).map((a) => [a.properties.href, toString(a)])).toEqual([['https://example.com/a.png', 'Web']]);
    expect(toString(select('a[href="https://example.com"]', hast)!)).toBe('Badge');
  });

  it('checks reference-style and raw HTML images the same way', async () => {
    const md = '# T\n\n![Loop][ok] ![Gone][gone] ![][noalt]\n\n<img src="images/missing.png" alt="Raw">\n\n<p><img src="images/loop.svg"></p>\n\n[ok]: images/loop.svg\n[gone]: images/gone.png\n[noalt]: images/loop.svg\n';
    const { errors, file } = await chapter(md);
    expect(errors.map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['3:13 image:missing', '3:27 image:alt', '5:1 image:missing', '7:4 image:alt']);
    expect(file.data.images).toEqual(['images/loop.svg']);
  });
});

describe('raw HTML', () => {
  it('keeps what a book may hold and warns, at its line, about what it leaves out, never dropping text', async () => {
    const md = '# T\n\n<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br>\n\n<custom-tag>inside</custom-tag> <b onclick="x()">bold</b>\n\n<script>alert(1)</script>\n\n<!-- a note -->\n';
    const { errors, file, hast } = await chapter(md);
    expect(errors).toEqual([]);
    expect(select('details summary', hast)).toBeTruthy();
    expect(toString(select('details', hast)!)).toContain('Hidden text.');
    expect(selectAll('kbd', hast)).toHaveLength(2);
    expect(select('br', hast)).toBeTruthy();
    expect(toString(hast)).toContain('inside');
    expect(select('b', hast)?.properties.onClick).toBeUndefined();
    expect(select('script', hast)).toBeUndefined();
    expect(warnings(file)).toEqual(['12:1 html:unwrapped', '12:33 html:dropped', '14:1 html:dropped']);
  });
});

describe('rehype-xrefs', () => {
  const targets = new Map<string, ChapterTargets>([
    ['01-a.md', { name: '01-a', label: 'Chapter 1', ids: new Map([['intro', 'Section 1.1'], ['lst-x', 'Listing 1.1'], ['plain', undefined]]) }],
    ['02-b.md', { name: '02-b', label: 'Chapter 2', ids: new Map([['b', 'Section 2.1']]) }],
  ]);
  async function link(markdown: string) {
    const { hast, file } = await chapter(markdown);
    unified().use(rehypeXrefs, { chapters: targets, current: '01-a.md', dir, root: fixtureBook }).runSync(hast, file);
    const errors = file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    return { links: selectAll('a', hast).map((a) => [toString(a), a.data?.xref]), errors };
  }

  it('resolves chapter, section and listing links and fills empty ones', async () => {
    const { links, errors } = await link('# T\n\n[](02-b.md) [](./02-b.md#b) [](#lst-x) [words](#plain) [web](https://python.org)\n');
    expect(errors).toEqual([]);
    expect(links).toEqual([
      ['Chapter 2', { chapter: '02-b', id: '' }],
      ['Section 2.1', { chapter: '02-b', id: 'b' }],
      ['Listing 1.1', { chapter: '01-a', id: 'lst-x' }],
      ['words', { chapter: '01-a', id: 'plain' }],
      ['web', undefined],
    ]);
  });

  it('reports missing chapters, anchors and unlabelled empty links', async () => {
    const { errors } = await link('# T\n\n[x](03-c.md)\n\n[y](02-b.md#nope)\n\n[](#plain)\n');
    expect(errors).toEqual(['3:1 link:chapter', '5:1 link:anchor', '7:1 link:empty']);
  });

  it('reports links without a target', async () => {
    const { errors } = await link('# T\n\n[x]() and []()\n');
    expect(errors).toEqual(['3:1 link:empty-target', '3:11 link:empty-target']);
  });

  it('marks links to files that are not chapters, warns about files outside the book and reports missing ones', async () => {
    const { hast, file } = await chapter('# T\n\n[the diagram](images/loop.svg) [book](book.yaml) [outside](../../../../../README.md) [gone](LICENSE)\n');
    unified().use(rehypeXrefs, { chapters: targets, current: '01-a.md', dir, root: fixtureBook }).runSync(hast, file);
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['3:50 link:outside', '3:86 link:file']);
    expect(file.data.files).toEqual(['images/loop.svg', 'book.yaml']);
    expect(selectAll('a', hast).map((a) => [toString(a), a.data?.file])).toEqual([
      ['the diagram', 'images/loop.svg'],
      ['book', 'book.yaml'],
      ['gone', undefined],
    ]);
  });
});
