// The language editions of one book, as the site links them: each page's
// language switcher and hreflang alternates, and the root index.html that
// lists every edition with its title, language and downloads.
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { loadConfig } from '../config.ts';
import { loadStrings } from '../strings.ts';
import { themeDir } from '../theme.ts';

export interface Edition {
  /** The language folder, also the site's folder: "ru". */
  lang: string;
  /** BCP 47 tag: "ru". */
  language: string;
  /** The language's own name: "Русский". */
  name: string;
  title: string;
  subtitle: string | undefined;
  /** What the title page's downloads are called in this language. */
  downloadLabels: { pdf: string; epub: string; site: string };
  slug: string;
  /** Pages the edition has: every chapter its book.yaml lists (translated or not), and `book-index` once its book is loaded and has one. */
  pages: Set<string>;
}

export async function loadEditions(root: string, langs: readonly string[]): Promise<Edition[]> {
  return Promise.all(
    langs.map(async (lang) => {
      const { config } = await loadConfig(path.join(root, 'manuscript', lang));
      const strings = await loadStrings(themeDir(root), lang);
      return {
        lang,
        language: config.language,
        name: strings.languageName,
        title: config.title,
        subtitle: config.subtitle,
        downloadLabels: { pdf: strings.downloadPdf, epub: strings.downloadEpub, site: strings.contents },
        slug: config.slug,
        pages: new Set(config.chapters.map((c) => c.replace(/\.md$/, ''))),
      };
    }),
  );
}

/** The same page in another edition, relative to a page of this one: its chapter page, else its title page. */
export function pageIn(edition: Edition, page: string | undefined): string {
  const file = page !== undefined && edition.pages.has(page) ? `${page}.html` : 'index.html';
  return `../${edition.lang}/${file}`;
}

/** <link rel="alternate" hreflang> for every edition of the page, this one included. */
export function alternates(editions: readonly Edition[], page: string | undefined): Element[] {
  if (editions.length < 2) return [];
  return editions.map((edition) => h('link', { rel: 'alternate', hreflang: edition.language, href: pageIn(edition, page) }));
}

/** The language switcher: each language by its own name, the current one not a link. */
export function languageSwitcher(editions: readonly Edition[], current: string, page: string | undefined, label: string): Element | undefined {
  if (editions.length < 2) return undefined;
  return h(
    'nav',
    { className: ['languages'], ariaLabel: label },
    editions.map((edition) =>
      edition.lang === current
        ? h('span', { className: ['language', 'current'], lang: edition.language, ariaCurrent: 'page' }, edition.name)
        : h('a', { className: ['language'], href: pageIn(edition, page), hreflang: edition.language, lang: edition.language }, edition.name),
    ),
  );
}

const rootCss = `
body { margin: 0; font-family: "Noto Serif", Georgia, "DejaVu Serif", serif; background: #fdfcfa; color: #1f2328; line-height: 1.6; }
main { max-width: 46rem; margin: 0 auto; padding: 3rem 1.5rem; }
h1 { font-size: 1.4rem; font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: #5b636e; font-weight: 600; }
ul { list-style: none; padding: 0; }
li { border-top: 1px solid #e3e0da; padding: 1.25rem 0; }
.title { font-size: 1.5rem; margin: 0; }
.subtitle { margin: .25rem 0 .5rem; color: #5b636e; }
.language { font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; font-size: .9rem; color: #5b636e; margin: 0 0 .25rem; }
.links a { margin-right: 1rem; color: #2b5fad; }
@media (prefers-color-scheme: dark) { body { background: #16181c; color: #e3e5e8; } .subtitle, .language, h1 { color: #9aa3ad; } li { border-color: #2c3036; } .links a { color: #7aa7ec; } }
`;

/** dist/index.html: every edition, in its own language, with its site and downloads. */
export function rootIndex(editions: readonly Edition[], has: (file: string) => boolean): Root {
  const first = editions[0];
  const items = editions.map((edition) => {
    const links: ElementContent[] = [h('a', { href: `${edition.lang}/index.html`, hreflang: edition.language }, edition.downloadLabels.site)];
    for (const format of ['pdf', 'epub'] as const) {
      const file = `${edition.lang}/${edition.slug}.${format}`;
      if (has(file)) links.push(h('a', { href: file, hreflang: edition.language, download: '' }, edition.downloadLabels[format]));
    }
    return h('li', { lang: edition.language }, [
      h('p', { className: ['language'] }, edition.name),
      h('p', { className: ['title'] }, h('a', { href: `${edition.lang}/index.html` }, edition.title)),
      edition.subtitle ? h('p', { className: ['subtitle'] }, edition.subtitle) : h('span'),
      h('p', { className: ['links'] }, links),
    ]);
  });
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: first?.language ?? 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', first?.title ?? ''),
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          h('link', { rel: 'icon', href: 'data:,' }),
          ...editions.map((edition) => h('link', { rel: 'alternate', hreflang: edition.language, href: `${edition.lang}/index.html` })),
          h('style', rootCss),
        ]),
        h('body', [h('main', [h('h1', editions.map((e) => e.title).filter((t, i, all) => all.indexOf(t) === i).join(' · ')), h('ul', { className: ['editions'] }, items)])]),
      ]),
    ],
  };
}
