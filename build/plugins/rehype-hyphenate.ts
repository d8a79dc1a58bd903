// Hyphenation at build time: soft hyphens (U+00AD) inserted into the words of
// prose text, by the language's TeX patterns (the hyphen package), so the site
// and the PDF hyphenate in a browser that has no hyphenation dictionaries
// (Chromium run with --disable-component-update has none). Code, headings
// (they feed bookmarks and running heads), links, captions and admonition
// titles (short labels such as "Листинг 1.1", better kept whole) and pictures
// are left alone, and so is text in another language than the one hyphenated
// (an element's lang).
// English is not hyphenated: its pages keep ragged lines as before.
import { createRequire } from 'node:module';
import type { Element, Root, RootContent } from 'hast';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const require = createRequire(import.meta.url);
const loaded = new Map<string, Hyphenate | undefined>();

/** The hyphenator for a language (its primary subtag), if the hyphen package has patterns for it. */
export function hyphenator(language: string): Hyphenate | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  if (primary === 'en' || !/^[a-z]{2,3}$/.test(primary)) return undefined;
  if (!loaded.has(primary)) {
    try {
      loaded.set(primary, (require(`hyphen/${primary}`) as { hyphenateSync: Hyphenate }).hyphenateSync);
    } catch {
      loaded.set(primary, undefined);
    }
  }
  return loaded.get(primary);
}

const skipped = new Set(['a', 'figcaption', 'caption', 'pre', 'code', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title', 'head']);

export interface Options {
  /** BCP 47 tag of the text (elements with their own lang override it). */
  language: string;
}

export default function rehypeHyphenate({ language }: Options) {
  return (tree: Root) => {
    const walk = (nodes: RootContent[], lang: string) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          const hyphenate = hyphenator(lang);
          // Only words of six or more letters: short ones are better left whole.
          if (hyphenate) node.value = hyphenate(node.value, { hyphenChar: '\u00ad', minWordLength: 6 });
        } else if (node.type === 'element') {
          const element = node as Element;
          const classes = element.properties.className;
          if (skipped.has(element.tagName) || (Array.isArray(classes) && classes.includes('admonition-title'))) continue;
          const own = element.properties.lang;
          walk(element.children, typeof own === 'string' && own !== '' ? own : lang);
        }
      }
    };
    walk(tree.children, language);
  };
}
