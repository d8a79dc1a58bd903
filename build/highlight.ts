// Build-time syntax highlighting with Shiki, loading only the grammars the
// book uses. Colours are inline (light) with the dark theme as CSS variables,
// so every format can pick one without highlighting twice.
//
// The themes are GitHub's, with every token colour that falls short of WCAG
// AA (4.5:1) against the site's code backgrounds moved, in small steps of the
// same hue, toward black (light) or white (dark) until it reaches it.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { transformerMetaHighlight } from '@shikijs/transformers';
import type { Root } from 'hast';
import { bundledLanguages, bundledThemes, createHighlighter, type ThemeRegistrationRaw } from 'shiki';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contrast, parseColour, toHex, type Rgb } from './colour.ts';

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

/** Highlights every tree in place; returns the languages it highlighted. */
export async function highlightBook(trees: Root[], languages: string[]): Promise<string[]> {
  const langs = languages.filter((lang) => lang in bundledLanguages).sort();
  const highlighter = await createHighlighter({ themes: [await accessibleTheme('light'), await accessibleTheme('dark')], langs });
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
