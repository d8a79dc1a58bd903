// Figures: the remark plugin that numbers diagram blocks, the renderer that
// draws them into cached SVG (in Chromium), and the book load that puts the
// two together: cross-references, a cached reload that draws nothing, and
// diagram errors at the manuscript's line.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError } from '../build/diagnostics.ts';
import { diagramKey, renderDiagrams } from '../build/figures/index.ts';
import { chapterProcessor, loadBook } from '../build/load-book.ts';
import rehypeFigureTags from '../build/render/pdf/rehype-figure-tags.ts';
import { decodeLine } from '../build/render/pdf/structure.ts';
import rehypeParse from 'rehype-parse';
import { loadStrings } from '../build/strings.ts';
import { unified } from 'unified';
import { copyFixture, edit, fixtureBook, repoRoot } from './helpers.ts';

const dir = path.join(fixtureBook, 'manuscript', 'en');

async function chapter(markdown: string, lang = 'en') {
  const strings = await loadStrings(path.join(repoRoot, 'themes', 'default'), lang);
  const file = new VFile({ path: path.join(dir, 'test.md'), value: markdown });
  const processor = chapterProcessor(dir, 5, strings);
  const hast = (await processor.run(processor.parse(file), file)) as HastRoot;
  const errors = file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  return { file, hast, errors };
}

const states = 'stateDiagram-v2\n    [*] --> Pending\n    Pending --> Done\n    Done --> [*]';
const mermaid = (meta: string, body = states) => `\`\`\`mermaid ${meta}\n${body}\n\`\`\`\n`;

describe('remark-figures', () => {
  it('numbers diagram blocks per chapter, with caption, id and alt text', async () => {
    const { file, hast, errors } = await chapter(`# T\n\n${mermaid('id=fig-states caption="A task\'s states" alt="Three states in a row."')}\n${mermaid('alt="Another."')}`);
    expect(errors).toEqual([]);
    expect(file.data.figures).toEqual([
      { id: 'fig-states', number: '5.1', caption: "A task's states", alt: 'Three states in a row.', language: 'mermaid', source: states, line: 4 },
      { id: 'fig-5-2', number: '5.2', caption: undefined, alt: 'Another.', language: 'mermaid', source: states, line: 11 },
    ]);
    const figure = select('figure#fig-states', hast)!;
    expect(figure.properties.className).toEqual(['figure']);
    expect(select('img', figure)?.properties.alt).toBe('Three states in a row.');
    expect(select('img', figure)?.properties.dataFigure).toBe(0);
    expect(toString(select('figcaption', figure)!)).toBe("Figure 5.1 A task's states");
    expect(toString(select('figure#fig-5-2 figcaption', hast)!)).toBe('Figure 5.2');
  });

  it('keeps diagrams out of the listings and of the code the examples read', async () => {
    const { file } = await chapter(`# T\n\n${mermaid('caption="Not a listing" alt="A diagram."')}`);
    expect(file.data.listings).toEqual([]);
    expect(JSON.stringify(file.data.mdast)).not.toContain('stateDiagram');
  });

  it('labels figures in the chapter\'s language', async () => {
    const { hast } = await chapter(`# T\n\n${mermaid('caption="Состояния" alt="Схема."')}`, 'ru');
    expect(toString(select('figcaption', hast)!)).toBe('Рисунок 5.1 Состояния');
  });

  it('requires alt text, and reports bad attributes and repeated ids at the block', async () => {
    const { errors } = await chapter(`# T\n\n${mermaid('caption="No alt"')}\n${mermaid('id=fig-a alt="x" file=a.py')}\n${mermaid('id=fig-a alt="y"')}\n${mermaid('id="1 bad" alt="z"')}`);
    expect(errors.sort()).toEqual(['10:1 figure:attribute', '17:1 figure:id', '24:1 figure:id', '3:1 figure:alt']);
  });
});

describe('rehype-figure-tags', () => {
  it('makes the figure wrappers groups (a PDF Div), leaving the image the one Figure', async () => {
    const { hast } = await chapter(`# T\n\n${mermaid('alt="A diagram."')}`);
    unified().use(rehypeFigureTags).runSync(hast);
    expect(select('figure', hast)?.properties.role).toBe('group');
    expect(select('figure img', hast)?.properties.role).toBeUndefined();
  });

  it("names each code line with its key and text, white space kept, which structure.ts reads back", () => {
    const hast = unified().use(rehypeParse, { fragment: true }).parse('<pre><code>def f():\n    return  1\n\n\tpass\n</code></pre>');
    unified().use(rehypeFigureTags, { scope: 'ch', taskDone: 'Done', taskOpen: 'Not done' }).runSync(hast);
    const lines = selectAll('code > span.line', hast);
    expect(lines.map((line) => toString(line))).toEqual(['def f():', '    return  1', '', '\tpass']);
    expect(lines.map((line) => line.properties.role)).toEqual(['figure', 'figure', undefined, 'figure']);
    const decoded = lines.flatMap((line) => (line.properties.ariaLabel ? [decodeLine(String(line.properties.ariaLabel))] : []));
    expect(decoded).toEqual([{ key: 'ch.1', text: 'def f():' }, { key: 'ch.2', text: '    return  1' }, { key: 'ch.4', text: '\tpass' }]);
    // No white space is left for an accessible name to collapse.
    for (const line of lines) expect(String(line.properties.ariaLabel ?? '')).not.toMatch(/\s/);
  });
});

describe('the diagram renderer', () => {
  const cacheDirs: string[] = [];
  afterAll(() => Promise.all(cacheDirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('draws each distinct diagram once into standalone SVG, then only reads the cache', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'figures-'));
    cacheDirs.push(cacheDir);
    const flow = { language: 'mermaid', source: 'flowchart LR\n    A[Ready queue] --> B[Event loop]\n    B --> A' };
    const gantt = { language: 'mermaid', source: 'gantt\n    dateFormat X\n    axisFormat %s\n    todayMarker off\n    section Waits\n    a :0, 3\n    b :0, 2' };
    const first = await renderDiagrams([flow, gantt, flow], { cacheDir });
    expect(first.drawn).toBe(2);
    expect(first.results[0]).toEqual(first.results[2]);
    expect((await readdir(cacheDir)).sort()).toEqual([`${diagramKey(flow)}.svg`, `${diagramKey(gantt)}.svg`].sort());
    for (const result of first.results) {
      if ('error' in result) throw new Error(result.error);
      expect(result.name).toMatch(/^figures\/[0-9a-f]{16}\.svg$/);
      const svg = await readFile(result.file, 'utf8');
      // Plain SVG text: no HTML labels, no filters (printed as bitmaps), a size of its own.
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
      expect(/^<svg [^>]*>/m.exec(svg)?.[0]).toMatch(/ width="\d+".* height="\d+"/);
      expect(svg).toContain('<text');
      expect(svg).not.toMatch(/foreignObject|filter="|drop-shadow|role="graphics/);
    }
    const before = await stat(path.join(cacheDir, `${diagramKey(flow)}.svg`));
    const again = await renderDiagrams([flow, gantt], { cacheDir, browser: () => Promise.reject(new Error('no browser needed')) });
    expect(again.drawn).toBe(0);
    expect((await stat(path.join(cacheDir, `${diagramKey(flow)}.svg`))).mtimeMs).toBe(before.mtimeMs);
  });

  it('keys the cache by the diagram text', () => {
    const a = diagramKey({ language: 'mermaid', source: 'flowchart LR\n  A --> B' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(diagramKey({ language: 'mermaid', source: 'flowchart LR\n  A --> C' })).not.toBe(a);
  });

  it("reports a diagram with a syntax error with Mermaid's message and the line it blames", async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'figures-'));
    cacheDirs.push(cacheDir);
    const { results } = await renderDiagrams([{ language: 'mermaid', source: 'stateDiagram-v2\n    [*] --> A\n    A -> -> B' }], { cacheDir });
    expect(results[0]).toMatchObject({ error: expect.stringMatching(/Parse error/), line: 3 });
    expect(await readdir(cacheDir)).toEqual([]);
  });
});

describe('figures in a loaded book', () => {
  it('cross-references figures, and a reload with the cache warm draws nothing', async () => {
    const book = await copyFixture();
    try {
      await rm(path.join(book, '.cache'), { recursive: true, force: true });
      const cold = await loadBook(book, 'en', { highlight: false });
      const second = cold.chapters[1]!;
      expect(second.figures.map((f) => [f.id, f.number])).toEqual([['fig-task-states', '2.1']]);
      const img = select('figure#fig-task-states img', second.hast)!;
      expect(img.properties.src).toMatch(/^figures\/[0-9a-f]{16}\.svg$/);
      expect(cold.images.map((i) => i.path)).toEqual(['images/loop.svg', img.properties.src]);
      const links = selectAll('a', cold.chapters[0]!.hast).map((a) => [toString(a), a.data?.xref]);
      expect(links).toContainEqual(['Figure 2.1', { chapter: '02-second', id: 'fig-task-states' }]);

      let asked = 0;
      const warm = await loadBook(book, 'en', { highlight: false, browser: () => (asked++, Promise.reject(new Error('no browser needed'))) });
      expect(asked).toBe(0);
      expect(select('figure#fig-task-states img', warm.chapters[1]!.hast)?.properties.src).toBe(img.properties.src);
    } finally {
      await rm(book, { recursive: true, force: true });
    }
  });

  it('fails on a broken diagram and a figure without alt text, at file:line', async () => {
    const book = await copyFixture();
    try {
      const second = path.join(book, 'manuscript', 'en', '02-second.md');
      await edit(second, '    Running --> Done: returns\n', '    Running --> Done: returns\n    Done -> -> Oops\n');
      await edit(second, 'Then the entry point:', '```mermaid caption="No alt"\nflowchart LR\n    A --> B\n```\n\nThen the entry point:');
      const error = await loadBook(book, 'en', { highlight: false }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(BuildError);
      const messages = (error as BuildError).files.flatMap((f) => f.messages.map((m) => `${path.basename(f.path)}:${m.line} ${m.ruleId} ${m.reason.split('\n')[0]}`));
      expect(messages.sort()).toEqual([
        expect.stringMatching(/^02-second\.md:24 figure:syntax Figure 2\.1: mermaid cannot draw this diagram: Parse error on line 5:$/),
        expect.stringMatching(/^02-second\.md:30 figure:alt Figure 2\.2 has no alternative text/),
      ]);
    } finally {
      await rm(book, { recursive: true, force: true });
    }
  });
});
