// Build-time syntax highlighting with Shiki, loading only the grammars the
// book uses. Colours are inline (light) with the dark theme as CSS variables,
// so every format can pick one without highlighting twice.
//
// The themes are GitHub's, with every token colour that falls short of WCAG
// AA (4.5:1) against the site's code backgrounds moved, in small steps of the
// same hue, toward black (light) or white (dark) until it reaches it.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { bundledLanguages, bundledThemes, createHighlighter, type ThemeRegistrationRaw } from 'shiki';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contrast, parseColour, toHex, type Rgb } from './colour.ts';
import { writeWhole } from './write-whole.ts';
import { cloneTree } from './clone-tree.ts';

const shikiVersion = (createRequire(import.meta.url)('shiki/package.json') as { version: string }).version;

declare module 'hast' {
  interface ElementData {
    /** On a highlighted <pre>: what it was highlighted from (language, attributes and text). */
    highlighted?: string;
  }
}

/**
 * Shiki's JavaScript regex engine, not its Oniguruma WebAssembly: the same
 * tokens for the book's languages (the site and EPUB are the same bytes), in
 * about 60% of the time.
 */
const engine = createJavaScriptRegexEngine();

export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;

/** The backgrounds code sits on: Shiki's own, and themes/default/html.css's --code-bg. */
const backgrounds: Record<keyof typeof codeThemes, Rgb[]> = {
  light: [[255, 255, 255], [246, 248, 250]],
  dark: [[36, 41, 46], [13, 17, 23]],
};
const minContrast = 4.6;

function readable(value: string, mode: keyof typeof codeThemes): string {
  const colour = parseColour(value.slice(0, 7));
  if (!colour || value.length > 7) return value;
  const target = mode === 'light' ? 0 : 255;
  let result = colour;
  for (let f = 0; f <= 1 && Math.min(...backgrounds[mode].map((bg) => contrast(result, bg))) < minContrast; f += 0.02) {
    result = colour.map((c) => c + (target - c) * f) as Rgb;
  }
  return result === colour ? value : toHex(result);
}

export async function accessibleTheme(mode: keyof typeof codeThemes): Promise<ThemeRegistrationRaw> {
  const theme = structuredClone((await bundledThemes[codeThemes[mode]]()).default) as ThemeRegistrationRaw;
  const rules = (theme.tokenColors ?? theme.settings ?? []).map((rule) =>
    typeof rule.settings.foreground === 'string' ? { ...rule, settings: { ...rule.settings, foreground: readable(rule.settings.foreground, mode) } } : rule,
  );
  return { ...theme, settings: rules, tokenColors: rules };
}

/** The themes the book is coloured with. */
const bookThemes = () => Promise.all([accessibleTheme('light'), accessibleTheme('dark')]);

/** Shiki as a rehype step, with the book's themes; `{1,3}` after a fence's language marks lines with the class `highlighted` (code.css). */
function shikiProcessor(highlighter: Awaited<ReturnType<typeof createHighlighter>>) {
  return unified().use(rehypeShikiFromHighlighter, highlighter, { themes: codeThemes, defaultColor: 'light', transformers: [transformerMetaHighlight()] });
}

const known = (languages: readonly string[]) => languages.filter((lang) => lang in bundledLanguages).sort();

/** A code block where it sits, keyed by all its colours depend on: its attributes and text, not where it stands in the chapter. */
interface Block {
  parent: Root | Element;
  index: number;
  key: string;
}

/** The blocks Shiki colours: a `pre` holding one `code` of a language. */
function codeBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, 'element', (pre, index, parent) => {
    if (pre.tagName !== 'pre' || index === undefined || !parent) return;
    const code = pre.children[0];
    if (pre.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') return 'skip';
    const classes = code.properties.className;
    if (!Array.isArray(classes) || !classes.some((c) => String(c).startsWith('language-'))) return 'skip';
    blocks.push({ parent, index, key: `${JSON.stringify(code.properties)}\u0000${JSON.stringify(pre.properties)}\u0000${toString(code)}` });
    return 'skip';
  });
  return blocks;
}

/**
 * Highlights blocks not seen before, together as one tree (Shiki colours
 * each block on its own), and returns what Shiki put in each one's place: a
 * <pre>, or a fragment (a root holding the new <pre>).
 */
async function colour(processor: ReturnType<typeof shikiProcessor>, blocks: readonly Block[]): Promise<(Element | Root)[]> {
  const batch: Root = { type: 'root', children: blocks.map((b) => b.parent.children[b.index] as Element) };
  await processor.run(batch);
  // Blocks Shiki left alone (a language it lacks) keep no meta attribute.
  visit(batch, 'element', (node) => void delete node.properties.metastring);
  return batch.children as (Element | Root)[];
}

/** Puts a copy of a block's highlighted result in its place, its <pre> marked with the block's key. */
function place(block: Block, result: Element | Root): void {
  const copy = cloneTree(result);
  const pre = copy.type === 'root' ? copy.children.find((node): node is Element => node.type === 'element') : copy;
  // The cast: hast-util-from-parse5 declares ElementData.position as required.
  if (pre) pre.data = { ...pre.data, highlighted: block.key } as Element['data'];
  block.parent.children[block.index] = copy as Element;
}

export interface CodeHighlighter {
  /** The grammars loaded so far. */
  readonly languages: readonly string[];
  /**
   * Highlights a tree in place, loading grammars it has not yet loaded. A code
   * block highlighted before (same attributes and text) is reused, not
   * highlighted again.
   */
  highlight(tree: Root, languages: readonly string[]): Promise<void>;
  dispose(): void;
}

/** A highlighter that stays loaded, for highlighting trees one at a time (the dev server's rebuilds). */
export async function createCodeHighlighter(languages: readonly string[]): Promise<CodeHighlighter> {
  const loaded = new Set(known(languages));
  const highlighter = await createHighlighter({ themes: await bookThemes(), langs: [...loaded], engine });
  const processor = shikiProcessor(highlighter);
  // Highlighted blocks by key; each use gets a copy.
  const done = new Map<string, Element | Root>();
  return {
    get languages() {
      return [...loaded].sort();
    },
    async highlight(tree, wanted) {
      const missing = known(wanted).filter((lang) => !loaded.has(lang));
      if (missing.length > 0) {
        await highlighter.loadLanguage(...(missing as (keyof typeof bundledLanguages)[]));
        for (const lang of missing) loaded.add(lang);
      }
      const blocks = codeBlocks(tree);
      const fresh = [...new Map(blocks.filter((b) => !done.has(b.key)).map((b) => [b.key, b])).values()];
      (await colour(processor, fresh)).forEach((result, i) => done.set(fresh[i]!.key, result));
      for (const block of blocks) place(block, done.get(block.key)!);
    },
    dispose: () => highlighter.dispose(),
  };
}

/**
 * Highlights every tree in place; returns the languages it highlighted. With
 * `cacheFile`, each block's result is kept there keyed by the block (its
 * code, language and attributes), the languages loaded, the themes and
 * Shiki's version, so a rebuild highlights only blocks it has not seen; the
 * file keeps the blocks of the last build only.
 */
export async function highlightBook(trees: Root[], languages: string[], cacheFile?: string): Promise<string[]> {
  const langs = known(languages);
  const themes = await bookThemes();
  const salt = createHash('sha256').update(JSON.stringify(['highlight-2', shikiVersion, 'javascript-engine', langs, themes])).digest('hex');
  const cached: Record<string, Element | Root> = cacheFile ? (JSON.parse(await readFile(cacheFile, 'utf8').catch(() => '{}')) as Record<string, Element | Root>) : {};
  const kept: Record<string, Element | Root> = {};
  const blocks = trees.flatMap(codeBlocks);
  const hashes = blocks.map((block) => createHash('sha256').update(salt).update(block.key).digest('hex'));
  const missing = [...new Map(blocks.flatMap((block, i) => (cached[hashes[i]!] ? [] : [[hashes[i]!, block] as const]))).entries()];
  if (missing.length > 0) {
    const highlighter = await createHighlighter({ themes, langs, engine });
    const results = await colour(shikiProcessor(highlighter), missing.map(([, block]) => block));
    missing.forEach(([hash], i) => (cached[hash] = results[i]!));
    highlighter.dispose();
  }
  blocks.forEach((block, i) => {
    const hash = hashes[i]!;
    kept[hash] = cached[hash]!;
    place(block, kept[hash]);
  });
  if (cacheFile && missing.length > 0) await writeWhole(cacheFile, JSON.stringify(kept));
  return langs;
}
