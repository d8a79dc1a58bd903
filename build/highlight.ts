// Build-time syntax highlighting with Shiki, loading only the grammars the
// book uses. Colours are inline (light) with the dark theme as CSS variables,
// so every format can pick one without highlighting twice.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { transformerMetaHighlight } from '@shikijs/transformers';
import type { Root } from 'hast';
import { bundledLanguages, createHighlighter } from 'shiki';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;

/** Highlights every tree in place; returns the languages it highlighted. */
export async function highlightBook(trees: Root[], languages: string[]): Promise<string[]> {
  const langs = languages.filter((lang) => lang in bundledLanguages).sort();
  const highlighter = await createHighlighter({ themes: Object.values(codeThemes), langs });
  // `{1,3}` after a fence's language marks lines with the class `highlighted` (code.css).
  const processor = unified().use(rehypeShikiFromHighlighter, highlighter, { themes: codeThemes, defaultColor: 'light', transformers: [transformerMetaHighlight()] });
  for (const tree of trees) {
    await processor.run(tree);
    // Blocks Shiki left alone (a language it lacks) keep no meta attribute.
    visit(tree, 'element', (node) => void delete node.properties.metastring);
  }
  highlighter.dispose();
  return langs;
}
