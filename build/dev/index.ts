// The live preview (`npm run dev`), the dev subsystem's one entry point:
// loads every language once, serves the site on the loopback interface,
// watches the manuscript, book.yaml, the theme and its locales, and on a
// change rebuilds only what the change affects, then tells the open pages
// whose files were rewritten to reload. Saves in quick succession are
// gathered into one rebuild of the latest text.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Browser } from 'puppeteer-core';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { launchChromium } from '../chromium.ts';
import { findLanguages } from '../config.ts';
import { report } from '../diagnostics.ts';
import { themeDir } from '../load-book.ts';
import { loadEditions } from '../render/editions.ts';
import { LiveBook, type Download, type Update } from './live-book.ts';
import { servePreview, type DevMessage, type PreviewServer } from './server.ts';

export interface PreviewOptions {
  /** The book root (holding manuscript/). */
  root: string;
  /** 0 picks a free port. */
  port: number;
  /** Default: every language with a book.yaml. */
  langs?: readonly string[];
  /** The preview's own output folder (default <root>/.cache/dev), emptied at start. */
  out?: string;
  /** Also rebuild the PDF and EPUB after every change (default: only when asked for). */
  all?: boolean;
  /** Quiet time after the last change before rebuilding, in ms (default 30). */
  debounce?: number;
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  port: number;
  /** Rebuilds done after the first load (one per batch of changes). */
  readonly rebuilds: number;
  /** Resolves when no change is waiting or being rebuilt. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`;

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const root = path.resolve(options.root);
  const log = options.log ?? (() => {});
  const available = await findLanguages(root);
  const langs = options.langs ?? available;
  if (available.length === 0) throw new Error(`No manuscript/<lang>/book.yaml under ${root}`);
  const unknown = langs.filter((lang) => !available.includes(lang));
  if (unknown.length > 0) throw new Error(`No manuscript for language ${unknown.join(', ')} (found: ${available.join(', ')})`);
  const out = path.resolve(options.out ?? path.join(root, '.cache', 'dev'));
  await rm(out, { recursive: true, force: true });

  let chromium: Promise<Browser> | undefined;
  const browser = () => (chromium ??= launchChromium());
  const editions = await loadEditions(root, langs);
  const books = new Map(langs.map((lang) => [lang, new LiveBook({ root, lang, out, browser, editions })]));

  const problems = (): VFile[] => [...books.values()].flatMap((book) => book.problems());
  const hasErrors = () => problems().some((file) => file.messages.some((m) => m.fatal === true));
  /** The message that puts the errors over the open pages, when there are errors. */
  const overlay = (): Extract<DevMessage, { type: 'errors' }> | undefined => {
    if (!hasErrors()) return undefined;
    const files = problems();
    return {
      type: 'errors',
      text: reporter(files, { quiet: true, color: false }),
      problems: files.flatMap((file) =>
        file.messages.map((m) => ({
          place: `${path.relative(root, file.path)}:${m.line ?? 1}:${m.column ?? 1}`,
          severity: m.fatal === true ? ('error' as const) : ('warning' as const),
          reason: m.reason,
          rule: m.ruleId ?? '',
        })),
      ),
    };
  };

  let server: PreviewServer | undefined;
  let hadErrors = false;
  const announce = (pages: string[]) => {
    if (pages.length > 0) server?.broadcast({ type: 'reload', pages });
  };
  /** Prints the diagnostics and tells the pages, after a rebuild. */
  const settle = (updates: Update[]) => {
    const files = [...new Set(updates.flatMap((u) => u.problems))];
    if (files.length > 0) log(report(files));
    const errors = overlay();
    if (errors) server?.broadcast(errors);
    else if (hadErrors) server?.broadcast({ type: 'clean' });
    hadErrors = errors !== undefined;
    if (!errors && options.all) for (const book of books.values()) prebuildDownloads(book);
  };
  const prebuildDownloads = (book: LiveBook) => {
    for (const format of ['pdf', 'epub'] as const) {
      const start = performance.now();
      book.download(format).then(
        () => log(`✓ ${book.lang}: ${format.toUpperCase()} in ${ms(start)}`),
        (problem: unknown) => log(`✗ ${book.lang}: ${format.toUpperCase()} failed: ${problem instanceof Error ? problem.message : String(problem)}`),
      );
    }
  };

  const first = performance.now();
  const loaded: Update[] = [];
  for (const book of books.values()) loaded.push(await book.loadAll());
  log(`✓ loaded ${langs.join(', ')} in ${ms(first)}`);
  // Sections of every chapter parsed once more while the author reads, so the first edit is as quick as the rest.
  setImmediate(() => {
    for (const book of books.values()) book.warm();
  });
  settle(loaded);

  server = await servePreview({
    out,
    port: options.port,
    langs,
    errors: overlay,
    download: async (lang, format: Download) => {
      const start = performance.now();
      await books.get(lang)!.download(format);
      log(`✓ ${lang}: ${format.toUpperCase()} ready in ${ms(start)}`);
    },
  });

  // What a changed file affects.
  const theme = themeDir(root);
  const manuscript = path.join(root, 'manuscript');
  async function rebuild(changed: string[]): Promise<void> {
    const start = performance.now();
    const updates: Update[] = [];
    const themeChanged = changed.filter((file) => file.startsWith(theme + path.sep));
    const localesChanged = themeChanged.some((file) => file.startsWith(path.join(theme, 'locales') + path.sep));
    for (const book of books.values()) {
      const dir = path.join(manuscript, book.lang);
      const mine = changed.filter((file) => file.startsWith(dir + path.sep));
      const chapters = [...new Set(mine.filter((file) => path.dirname(file) === dir && file.endsWith('.md')).map((file) => path.basename(file)))];
      const whole = localesChanged || mine.some((file) => !chapters.includes(path.basename(file)) || path.dirname(file) !== dir);
      if (whole) {
        const update = await book.loadAll();
        announce(update.written);
        setImmediate(() => book.warm());
        updates.push(update);
        continue;
      }
      for (const source of chapters) {
        const update = await book.chapterChanged(source, announce);
        if (update.unchanged) continue;
        updates.push(update);
        const steps = Object.entries(update.steps ?? {}).map(([name, time]) => `${name} ${time}`).join(', ');
        log(`✓ ${book.lang}/${source}: ${update.written.length} page${update.written.length === 1 ? '' : 's'} in ${ms(start)}${steps ? ` (${steps} ms)` : ''}`);
      }
      if (themeChanged.length > 0) announce(await book.writeAssets());
    }
    if (updates.length > 0 || themeChanged.length > 0) {
      if (themeChanged.length > 0 || localesChanged) log(`✓ theme: ${themeChanged.map((f) => path.relative(theme, f)).join(', ')} in ${ms(start)}`);
      settle(updates);
    }
  }

  // Saves in quick succession: one rebuild, of the text as it is when the rebuild starts.
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let rebuilds = 0;
  let idleWaiters: (() => void)[] = [];
  const checkIdle = () => {
    if (pending.size > 0 || running || timer) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };
  const flush = () => {
    timer = undefined;
    if (running || pending.size === 0) return checkIdle();
    const batch = [...pending];
    pending.clear();
    rebuilds++;
    running = rebuild(batch)
      .catch((problem: unknown) => log(`✗ rebuild failed: ${problem instanceof Error ? (problem.stack ?? problem.message) : String(problem)}`))
      .finally(() => {
        running = undefined;
        if (pending.size > 0 && !timer) flush();
        else checkIdle();
      });
  };
  const changed = (file: string) => {
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounce ?? 30);
  };

  const watcher: FSWatcher = watch([...langs.map((lang) => path.join(manuscript, lang)), theme], {
    ignoreInitial: true,
    // Editors' swap and backup files are not the manuscript.
    ignored: (file) => /(^|[/\\])\.|~$|\.sw[px]$|\.tmp$/.test(path.basename(file)),
  });
  watcher.on('all', (_event, file) => changed(file));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url: server.url,
    port: server.port,
    get rebuilds() {
      return rebuilds;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      }),
    async close() {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
      await watcher.close();
      await running;
      await server?.close();
      for (const book of books.values()) book.dispose();
      if (chromium) await (await chromium).close();
    },
  };
}
