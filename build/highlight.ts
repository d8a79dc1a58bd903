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
import { bundledLanguages, bundledThemes, createHighlighter, type ThemeRegistrationRaw } from 'shiki';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contrast, parseColour, toHex, type Rgb } from './colour.ts';
import { writeWhole } from './write-whole.ts';

const shikiVersion = (createRequire(import.meta.url)('shiki/package.json') as { version: string }).version;

declare module 'hast' {
  interface ElementData {
    /** On a highlighted <pre>: what it was highlighted from (language, attributes and text). */
    highlighted?: string;
  }
}

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

/** Shiki as a rehype step, with the book's themes; `{1,3}` after a fence's language marks lines with the class `highlighted` (code.css). */
function shikiProcessor(highlighter: Awaited<ReturnType<typeof createHighlighter>>) {
  return unified().use(rehypeShikiFromHighlighter, highlighter, { themes: codeThemes, defaultColor: 'light', transformers: [transformerMetaHighlight()] });
}

const known = (languages: readonly string[]) => languages.filter((lang) => lang in bundledLanguages).sort();

export interface CodeHighlighter {
  /** The grammars loaded so far. */
  readonly languages: readonly string[];
  /**
   * Highlights a tree in place, loading grammars it has not yet loaded. A code
   * block highlighted before (same language and text) is reused, not
   * highlighted again.
   */
  highlight(tree: Root, languages: readonly string[]): Promise<void>;
  dispose(): void;
}

/** A highlighter that stays loaded, for highlighting trees one at a time (the dev server's rebuilds). */
export async function createCodeHighlighter(languages: readonly string[]): Promise<CodeHighlighter> {
  const loaded = new Set(known(languages));
  const highlighter = await createHighlighter({ themes: [await accessibleTheme('light'), await accessibleTheme('dark')], langs: [...loaded] });
  const processor = shikiProcessor(highlighter);
  // Highlighted blocks by language and text; each use gets a copy. What Shiki puts in the
  // <pre>'s place is a fragment (a root holding the new <pre>), kept as it is.
  const done = new Map<string, Element | Root>();
  const keyOf = (pre: Element): string | undefined => {
    const code = pre.children[0];
    if (pre.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') return undefined;
    const classes = code.properties.className;
    const language = Array.isArray(classes) ? classes.find((c) => String(c).startsWith('language-')) : undefined;
    return language === undefined ? undefined : `${JSON.stringify(code.properties)}\u0000${JSON.stringify(pre.properties)}\u0000${toString(code)}`;
  };
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
      const blocks: { parent: Root | Element; index: number; key: string }[] = [];
      visit(tree, 'element', (node, index, parent) => {
        if (node.tagName !== 'pre' || index === undefined || !parent) return;
        const key = keyOf(node);
        if (key !== undefined) blocks.push({ parent, index, key });
        return 'skip';
      });
      for (const { parent, index, key } of blocks) {
        let highlighted = done.get(key);
        if (!highlighted) {
          const one: Root = { type: 'root', children: [parent.children[index] as Element] };
          await processor.run(one);
          // Blocks Shiki left alone (a language it lacks) keep no meta attribute.
          visit(one, 'element', (node) => void delete node.properties.metastring);
          highlighted = one.children[0] as Element | Root;
          done.set(key, highlighted);
        }
        const copy = structuredClone(highlighted);
        const pre = copy.type === 'root' ? copy.children.find((node): node is Element => node.type === 'element') : copy;
        // The cast: hast-util-from-parse5 declares ElementData.position as required.
        if (pre) pre.data = { ...pre.data, highlighted: key } as Element['data'];
        parent.children[index] = copy as Element;
      }
    },
    dispose: () => highlighter.dispose(),
  };
}

/** A block Shiki may colour: `pre` holding one `code`. */
function isBlock(node: Element): boolean {
  return node.tagName === 'pre' && node.children.some((child) => child.type === 'element' && child.tagName === 'code');
}

/**
 * Highlights every tree in place; returns the languages it highlighted. With
 * `cacheFile`, each block's result is kept there keyed by the block as it was
 * before (its code, language and attributes), the languages loaded, the
 * themes and Shiki's version, so a rebuild highlights only blocks it has not
 * seen; the file keeps the blocks of the last build only.
 */
export async function highlightBook(trees: Root[], languages: string[], cacheFile?: string): Promise<string[]> {
  const langs = languages.filter((lang) => lang in bundledLanguages).sort();
  const themes = await Promise.all([accessibleTheme('light'), accessibleTheme('dark')]);
  const salt = createHash('sha256').update(JSON.stringify(['highlight-1', shikiVersion, langs, themes])).digest('hex');
  const cached: Record<string, Element> = cacheFile ? (JSON.parse(await readFile(cacheFile, 'utf8').catch(() => '{}')) as Record<string, Element>) : {};
  const kept: Record<string, Element> = {};
  // Every block, with where it sits, its key, and its cached result if any.
  const blocks: { parent: Root | Element; index: number; key: string }[] = [];
  for (const tree of trees) {
    visit(tree, 'element', (node, index, parent) => {
      if (!isBlock(node) || index === undefined || !parent) return;
      blocks.push({ parent, index, key: createHash('sha256').update(salt).update(JSON.stringify(node)).digest('hex') });
      return 'skip';
    });
  }
  const missing = blocks.filter((b) => !cached[b.key]);
  if (missing.length > 0) {
    const highlighter = await createHighlighter({ themes, langs });
    const processor = shikiProcessor(highlighter);
    // The blocks not seen before, highlighted together as one tree: Shiki colours each block on its own.
    const batch: Root = { type: 'root', children: missing.map((b) => b.parent.children[b.index] as Element) };
    await processor.run(batch);
    missing.forEach((b, i) => (cached[b.key] = batch.children[i] as Element));
    highlighter.dispose();
  }
  for (const block of blocks) {
    const result = cached[block.key] as Element;
    kept[block.key] = result;
    block.parent.children[block.index] = structuredClone(result);
  }
  // Blocks Shiki left alone (a language it lacks) keep no meta attribute.
  for (const tree of trees) visit(tree, 'element', (node) => void delete node.properties.metastring);
  if (cacheFile && missing.length > 0) await writeWhole(cacheFile, JSON.stringify(kept));
  return langs;
}
