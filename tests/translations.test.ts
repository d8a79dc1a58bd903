// Translations: staleness of translated sections against the synced source,
// translated examples that must stay the source's programs, a partial
// translation that still builds a whole book, and the language switcher.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { BuildError, report } from '../build/diagnostics.ts';
import { loadBook } from '../build/load-book.ts';
import { chapterStatus, languageStatus, needsWork, syncChapter } from '../build/translations/index.ts';
import { cli, copyFixture, edit, readHtml } from './helpers.ts';
import { readZip } from './read-zip.ts';

const translatedChapter = `# Первая глава {#the-first-chapter}

## Начало {#getting-started}

Обычный текст с *выделением*, **жирным**, ~~зачёркнутым~~ и \`кодом\`.
Сноска[^loop] и ссылка на [вторую главу](02-second.md).
Пустая ссылка на главу: [](02-second.md). На раздел: [](02-second.md#waiting-well).
На листинг: [](#lst-hello). На рисунок: [](02-second.md#fig-task-states).

[^loop]: Цикл событий — планировщик asyncio.

![Цикл событий в виде прямоугольника](images/loop.svg)

\`\`\`python file=hello.py caption="Привет из корутины"
import asyncio


async def main() -> None:
    # Короткое ожидание.
    await asyncio.sleep(0.01)
    print("привет")


asyncio.run(main())
\`\`\`

\`\`\`output
привет
\`\`\`

### Подраздел {#a-subsection}

\`\`\`pycon
>>> 1 + 1
2
\`\`\`

## Упражнения {#exercises}

1. Напечатайте «привет» дважды.

:::solution[Упражнение 1]
Вызовите \`print\` дважды.

\`\`\`python file=ex1_twice.py
print("привет")
print("привет")
\`\`\`

\`\`\`output
привет
привет
\`\`\`
:::
`;

/** A copy of the fixture book whose Russian edition translates chapter 1 of 2 from the English, synced. */
async function translatedBook(): Promise<string> {
  const root = await copyFixture();
  const ru = path.join(root, 'manuscript', 'ru');
  await rm(ru, { recursive: true });
  await mkdir(path.join(ru, 'images'), { recursive: true });
  await copyFile(path.join(root, 'manuscript', 'en', 'images', 'loop.svg'), path.join(ru, 'images', 'loop.svg'));
  await writeFile(
    path.join(ru, 'book.yaml'),
    'title: Книга-образец\nauthors: [Ада Лавлейс]\nlanguage: ru\nsource: en\nslug: fixture\nchapters:\n  - 01-first.md\n  - 02-second.md\n',
  );
  await writeFile(path.join(ru, '01-first.md'), translatedChapter);
  await syncChapter(root, 'ru', '01-first.md');
  return root;
}

/** The errors loading the Russian book reports, as the build prints them; '' when it loads. */
async function loadErrors(root: string): Promise<string> {
  try {
    await loadBook(root, 'ru', { highlight: false, figures: false });
    return '';
  } catch (problem) {
    if (problem instanceof BuildError) return report(problem.files);
    throw problem;
  }
}

describe('staleness', () => {
  it('marks exactly the edited English section stale, with a word diff, and syncing it clears it', async () => {
    const root = await translatedBook();
    expect((await chapterStatus(root, 'ru', 'en', '01-first.md')).state).toBe('translated');

    await edit(path.join(root, 'manuscript', 'en', '01-first.md'), 'A warning.', 'A sterner warning.');
    const stale = await chapterStatus(root, 'ru', 'en', '01-first.md');
    expect(stale.state).toBe('stale');
    expect(stale.stale.map((s) => s.id)).toEqual(['getting-started']);
    expect(stale.stale[0]?.diff.filter((d) => d.added).map((d) => d.value.trim())).toEqual(['sterner']);

    const printed = await cli(['translations', '--book', root]);
    expect(printed.stdout).toMatch(/01-first\.md\s+stale: 1 of 4 sections\s+#getting-started/);
    expect(printed.stdout).toContain('A {+sterner +}warning.');
    expect(printed.stdout).toMatch(/02-second\.md\s+missing/);
    expect((await cli(['translations', '--book', root, '--check'])).code).toBe(1);
    const json = JSON.parse((await cli(['translations', '--book', root, '--json'])).stdout) as { chapters: { chapter: string; state: string }[] }[];
    expect(json[0]?.chapters.map((c) => [c.chapter, c.state])).toEqual([['01-first.md', 'stale'], ['02-second.md', 'missing']]);

    const synced = await cli(['translations', '--book', root, '--sync', 'ru', '01-first.md', '--section', 'getting-started']);
    expect(synced.stdout).toContain('section #getting-started synced');
    expect((await chapterStatus(root, 'ru', 'en', '01-first.md')).state).toBe('translated');
  });

  it('syncing one section leaves the others as they were synced', async () => {
    const root = await translatedBook();
    await edit(path.join(root, 'manuscript', 'en', '01-first.md'), 'A warning.', 'A sterner warning.');
    await edit(path.join(root, 'manuscript', 'en', '01-first.md'), 'Print "hello" twice.', 'Print "hello" two times.');
    expect((await chapterStatus(root, 'ru', 'en', '01-first.md')).stale.map((s) => s.id)).toEqual(['getting-started', 'exercises']);
    await syncChapter(root, 'ru', '01-first.md', { section: 'exercises' });
    expect((await chapterStatus(root, 'ru', 'en', '01-first.md')).stale.map((s) => s.id)).toEqual(['getting-started']);
  });

  it('reports a translated heading without the source anchor, and a source section the translation lacks', async () => {
    const root = await translatedBook();
    await edit(path.join(root, 'manuscript', 'ru', '01-first.md'), '### Подраздел {#a-subsection}', '### Подраздел');
    const status = await chapterStatus(root, 'ru', 'en', '01-first.md');
    expect(status.unknownIds.map((h) => [h.id, h.line])).toEqual([['подраздел', 31]]);
    expect(status.missingIds.map((h) => h.id)).toEqual(['a-subsection']);
    expect(await loadErrors(root)).toMatch(/31:1\s+error\s+Heading `Подраздел` has the id `#подраздел`, which is no section of manuscript\/en\/01-first\.md/);
  });

  it('reports locale words a language lacks', async () => {
    const root = await translatedBook();
    await mkdir(path.join(root, 'themes', 'default', 'locales'), { recursive: true });
    for (const file of ['html.css', 'print.css', 'epub.css', 'code.css', 'cover.css', 'book.js', 'print.js']) {
      await copyFile(path.join(import.meta.dirname, '..', 'themes', 'default', file), path.join(root, 'themes', 'default', file));
    }
    await copyFile(path.join(import.meta.dirname, '..', 'themes', 'default', 'locales', 'en.yaml'), path.join(root, 'themes', 'default', 'locales', 'en.yaml'));
    await writeFile(path.join(root, 'themes', 'default', 'locales', 'ru.yaml'), 'contents: Содержание\n');
    const status = await languageStatus(root, 'ru');
    expect(status?.missingStrings).toContain('chapterLabel');
    expect(status && needsWork(status)).toBe(true);
  });
});

describe('code in translations', () => {
  const hello = path.join('manuscript', 'ru', '01-first.md');

  it('accepts a translated example whose comments and strings differ', async () => {
    expect(await loadErrors(await translatedBook())).toBe('');
  });

  for (const [what, from, to] of [
    ['an identifier', '    await asyncio.sleep(0.01)', '    await asyncio.wait_for(0.01)'],
    ['a number', '    await asyncio.sleep(0.01)', '    await asyncio.sleep(0.02)'],
    ['an operator', '>>> 1 + 1', '>>> 1 - 1'],
  ] as const) {
    it(`fails on ${what} changed, naming both files and lines`, async () => {
      const root = await translatedBook();
      await edit(path.join(root, hello), from, to);
      const errors = await loadErrors(root);
      expect(errors).toContain('is not the same program as the source\'s');
      const sourceLine = what === 'an operator' ? 57 : 31;
      const translatedLine = what === 'an operator' ? 34 : 20;
      expect(errors).toMatch(new RegExp(`01-first\\.md\\s*\\n\\s*${translatedLine}:\\d+\\s+error`));
      expect(errors).toMatch(new RegExp(`manuscript/en/01-first\\.md:${sourceLine}:\\d+`));
    });
  }

  it('fails on an example the translation leaves out', async () => {
    const root = await translatedBook();
    await edit(path.join(root, hello), 'file=ex1_twice.py', 'file=ex1_dvazhdy.py');
    const errors = await loadErrors(root);
    expect(errors).toContain('has no example with the same file name in manuscript/en/01-first.md');
    expect(errors).toContain('The translation leaves out Listing 1.2 (ex1_twice.py) of manuscript/en/01-first.md:73');
  });
});

describe('a partial translation', () => {
  let root: string;
  let out: string;

  beforeAll(async () => {
    root = await translatedBook();
    out = await mkdtemp(path.join(tmpdir(), 'translated-out-'));
    await build({ root, out, formats: ['html', 'pdf', 'epub'] });
  });

  it('builds the whole book: the untranslated chapter in English, marked, with a Russian notice, in every format', async () => {
    expect((await readdir(path.join(out, 'ru'))).sort()).toEqual(['01-first.html', '02-second.html', 'assets', 'book-index.html', 'code', 'figures', 'fixture.epub', 'fixture.pdf', 'images', 'index.html', 'search-ru.js']);
    const page = await readHtml(path.join(out, 'ru', '02-second.html'));
    expect(select('html', page)?.properties.lang).toBe('ru');
    const article = select('article.chapter', page)!;
    expect(article.properties.lang).toBe('en');
    expect(toString(select('h1', article)!)).toBe('Chapter 2 The Second Chapter');
    const notice = select('.translation-notice.untranslated', article)!;
    expect(notice.properties.lang).toBe('ru');
    expect(toString(notice).replaceAll('\u00ad', '')).toContain('Эта глава ещё не переведена');
    // Links from the translated chapter into the untranslated one use the reader's words.
    const first = await readHtml(path.join(out, 'ru', '01-first.html'));
    expect(selectAll('article a', first).map((a) => toString(a).replaceAll('\u00ad', ''))).toContain('Раздел 2.1');

    const epub = readZip(await (await import('node:fs/promises')).readFile(path.join(out, 'ru', 'fixture.epub')));
    const documents = epub.filter((e) => /\.xhtml$/.test(e.name) && e.data.toString().includes('epub:type="chapter"'));
    expect(documents.map((d) => /<html[^>]* lang="([^"]+)"/.exec(d.data.toString())?.[1])).toEqual(['ru', 'en']);
    expect(existsSync(path.join(out, 'ru', 'fixture.pdf'))).toBe(true);
  });

  it('hyphenates Russian prose with soft hyphens, not code or headings', async () => {
    const page = await readHtml(path.join(out, 'ru', '01-first.html'));
    const prose = selectAll('article p', page).map((p) => toString(p)).join(' ');
    expect(prose).toContain('за\u00adчёрк\u00adну\u00adтым');
    for (const node of selectAll('pre, h1, h2, h3', page)) expect(toString(node)).not.toContain('\u00ad');
    // The English chapter standing in is not hyphenated with Russian patterns.
    expect(toString(select('article', await readHtml(path.join(out, 'ru', '02-second.html')))!)).not.toMatch(/[a-z]\u00ad[a-z]/);
  });

  it('links every page to the same page in the other languages, and every link resolves', async () => {
    for (const lang of ['en', 'ru']) {
      const pages = (await readdir(path.join(out, lang))).filter((f) => f.endsWith('.html'));
      for (const name of pages) {
        const page = await readHtml(path.join(out, lang, name));
        const switcher = selectAll('nav.languages a', page);
        expect(switcher.map((a) => toString(a))).toEqual([lang === 'en' ? 'Русский' : 'English']);
        expect(toString(select('nav.languages .current', page)!)).toBe(lang === 'en' ? 'English' : 'Русский');
        const other = lang === 'en' ? 'ru' : 'en';
        expect(switcher[0]?.properties.href).toBe(`../${other}/${name}`);
        const alternates = selectAll('link[rel=alternate]', page).map((l) => [l.properties.hrefLang, l.properties.href]);
        expect(alternates).toEqual([['en', `../en/${name}`], ['ru', `../ru/${name}`]]);
        for (const href of [...switcher.map((a) => a.properties.href), ...alternates.map(([, href]) => href)]) {
          expect(existsSync(path.resolve(out, lang, String(href))), `${lang}/${name} → ${String(href)}`).toBe(true);
        }
      }
    }
    const index = await readHtml(path.join(out, 'index.html'));
    const links = selectAll('.editions a', index).map((a) => String(a.properties.href));
    expect(links).toEqual(expect.arrayContaining(['en/index.html', 'ru/index.html', 'en/fixture.pdf', 'ru/fixture.epub']));
    for (const href of links) expect(existsSync(path.join(out, href)), href).toBe(true);
    expect(selectAll('.editions .language', index).map((p) => toString(p))).toEqual(['English', 'Русский']);
  });

  it('shows a notice on a section whose English changed since it was translated, linking to the English section', async () => {
    await edit(path.join(root, 'manuscript', 'en', '01-first.md'), 'A warning.', 'A sterner warning.');
    const again = await mkdtemp(path.join(tmpdir(), 'translated-out-'));
    await build({ root, out: again, formats: ['html'], langs: ['ru'] });
    const page = await readHtml(path.join(again, 'ru', '01-first.html'));
    const notices = selectAll('.translation-notice.outdated', page);
    expect(notices).toHaveLength(1);
    expect(toString(notices[0]!).replaceAll('\u00ad', '')).toContain('Оригинал раздела «Начало» изменился после перевода');
    expect(select('a', notices[0]!)?.properties.href).toBe('../en/01-first.html#getting-started');
  });
});
