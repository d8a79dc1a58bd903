// Build-time syntax highlighting with Shiki, loading only the grammars the
// book uses. Colours are inline (light) with the dark theme as CSS variables,
// so every format can pick one without highlighting twice.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Root } from 'hast';
import { bundledLanguages, createHighlighter } from 'shiki';
import { unified } from 'unified';

export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;

/** Highlights every tree in place; returns the languages it highlighted. */
export async function highlightBook(trees: Root[], languages: string[]): Promise<string[]> {
  const langs = languages.filter((lang) => lang in bundledLanguages).sort();
  const highlighter = await createHighlighter({ themes: Object.values(codeThemes), langs });
  const processor = unified().use(rehypeShikiFromHighlighter, highlighter, { themes: codeThemes, defaultColor: 'light' });
  for (const tree of trees) await processor.run(tree);
  highlighter.dispose();
  return langs;
}
