// Build-time syntax highlighting with Shiki, loading only the grammars the
// book uses. Colours are inline (light) with the dark theme as CSS variables,
// so every format can pick one without highlighting twice.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { bundledLanguages, createHighlighter } from 'shiki';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

declare module 'hast' {
  interface ElementData {
    /** On a highlighted <pre>: what it was highlighted from (language, attributes and text). */
    highlighted?: string;
  }
}

export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;

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
  const highlighter = await createHighlighter({ themes: Object.values(codeThemes), langs: [...loaded] });
  const processor = unified().use(rehypeShikiFromHighlighter, highlighter, { themes: codeThemes, defaultColor: 'light' });
  // Highlighted blocks by language and text; each use gets a copy. What Shiki puts in the
  // <pre>'s place is a fragment (a root holding the new <pre>), kept as it is.
  const done = new Map<string, Element | Root>();
  const keyOf = (pre: Element): string | undefined => {
    const code = pre.children[0];
    if (pre.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') return undefined;
    const classes = code.properties.className;
    const language = Array.isArray(classes) ? classes.find((c) => String(c).startsWith('language-')) : undefined;
    return language === undefined ? undefined : `${language}\u0000${JSON.stringify(pre.properties)}\u0000${toString(code)}`;
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

/** Highlights every tree in place; returns the languages it highlighted. */
export async function highlightBook(trees: Root[], languages: string[]): Promise<string[]> {
  const highlighter = await createCodeHighlighter(languages);
  for (const tree of trees) await highlighter.highlight(tree, []);
  highlighter.dispose();
  return [...highlighter.languages];
}
