// Build-time syntax highlighting with Shiki, loading only the grammars the
// book uses. Colours are inline (light) with the dark theme as CSS variables,
// so every format can pick one without highlighting twice.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Root } from 'hast';
import { bundledLanguages, createHighlighter } from 'shiki';
import { unified } from 'unified';

export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;

const known = (languages: readonly string[]) => languages.filter((lang) => lang in bundledLanguages).sort();

export interface CodeHighlighter {
  /** The grammars loaded so far. */
  readonly languages: readonly string[];
  /** Highlights a tree in place, loading grammars it has not yet loaded. */
  highlight(tree: Root, languages: readonly string[]): Promise<void>;
  dispose(): void;
}

/** A highlighter that stays loaded, for highlighting trees one at a time (the dev server's rebuilds). */
export async function createCodeHighlighter(languages: readonly string[]): Promise<CodeHighlighter> {
  const loaded = new Set(known(languages));
  const highlighter = await createHighlighter({ themes: Object.values(codeThemes), langs: [...loaded] });
  const processor = unified().use(rehypeShikiFromHighlighter, highlighter, { themes: codeThemes, defaultColor: 'light' });
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
      await processor.run(tree);
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
