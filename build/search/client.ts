/// <reference lib="dom" />
// The search box in the page (bundled by esbuild into assets/search.js).
// The index script is injected on first use; `/` focuses the box; the arrow
// keys move through the results and Enter opens one.
import MiniSearch from 'minisearch';
import { expandPostings, searchOptions, termOf, type Stemmer } from './shared.ts';

type Doc = [href: string, chapter: string, section: string, text: string];
interface IndexData { docs: Doc[]; index: { index: [string, string][] } }
interface SearchWindow { bookSearchIndex?: IndexData; bookSearchLastMs?: number }

const maxResults = 12;
const snippetChars = 180;

function loadIndex(src: string): Promise<IndexData> {
  const global = window as unknown as SearchWindow;
  if (global.bookSearchIndex) return Promise.resolve(global.bookSearchIndex);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (global.bookSearchIndex ? resolve(global.bookSearchIndex) : reject(new Error(`${src} set no index`)));
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.appendChild(script);
  });
}

/** A stretch of the text around the first matching word, matching words marked. */
function snippet(text: string, isMatch: (word: string) => boolean): Node[] {
  const words = [...text.matchAll(/[\p{L}\p{N}_]+/gu)];
  const first = words.find((m) => isMatch(m[0]));
  const hit = first?.index ?? 0;
  let start = Math.max(0, hit - 60);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + snippetChars);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const nodes: Node[] = [];
  let at = start;
  if (start > 0) nodes.push(document.createTextNode('… '));
  for (const m of words) {
    const from = m.index ?? 0;
    if (from < start || from + m[0].length > end) continue;
    if (!isMatch(m[0])) continue;
    nodes.push(document.createTextNode(text.slice(at, from)));
    const mark = document.createElement('mark');
    mark.textContent = m[0];
    nodes.push(mark);
    at = from + m[0].length;
  }
  nodes.push(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
  return nodes;
}

export function start(stem: Stemmer, stopwords: ReadonlySet<string>): void {
  const setup = () => {
    const input = document.getElementById('search-input') as HTMLInputElement | null;
    const panel = document.getElementById('search-results');
    const list = panel?.querySelector('ol');
    const status = panel?.querySelector('.search-status');
    if (!input || !panel || !list || !status) return;
    let engine: Promise<{ search: MiniSearch; docs: Doc[] }> | undefined;
    const load = () =>
      (engine ??= loadIndex(input.dataset.index ?? '').then((data) => ({
        search: MiniSearch.loadJS(expandPostings(data.index) as unknown as Parameters<typeof MiniSearch.loadJS>[0], searchOptions(stem, stopwords)),
        docs: data.docs,
      })));
    const links = () => [...list.querySelectorAll('a')];
    const close = () => {
      panel.hidden = true;
    };

    const show = async () => {
      const query = input.value.trim();
      if (!query) {
        list.replaceChildren();
        status.textContent = '';
        close();
        return;
      }
      let loaded;
      try {
        loaded = await load();
      } catch (error) {
        status.textContent = String(error);
        panel.hidden = false;
        return;
      }
      if (input.value.trim() !== query) return;
      const begin = performance.now();
      const results = loaded.search.search(query, {
        combineWith: 'AND',
        prefix: (term, i, terms) => i === terms.length - 1 && term.length > 2,
        boost: { section: 3, code: 2, chapterTitle: 1.5 },
      });
      const found = new Set(results.flatMap((r) => r.terms));
      const queryTerms = new Set(query.split(/[^\p{L}\p{N}_]+/u).filter((w) => w && !stopwords.has(w.toLowerCase())).map((w) => termOf(stem, w)));
      const isMatch = (word: string) => {
        const term = termOf(stem, word);
        return found.has(term) || queryTerms.has(term);
      };
      const items = results.slice(0, maxResults).map((result) => {
        const [href, chapter, section, text] = loaded.docs[Number(result.id)]!;
        const a = document.createElement('a');
        a.href = href;
        const where = document.createElement('span');
        where.className = 'search-where';
        where.textContent = section ? `${chapter} · ${section}` : chapter;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-snippet';
        excerpt.append(...snippet(text, isMatch));
        a.append(where, excerpt);
        const li = document.createElement('li');
        li.append(a);
        return li;
      });
      list.replaceChildren(...items);
      status.textContent = results.length === 0
        ? (input.dataset.noResults ?? '')
        : (input.dataset.results ?? '{n}').replace('{n}', String(results.length));
      panel.hidden = false;
      panel.dataset.query = query;
      (window as unknown as SearchWindow).bookSearchLastMs = performance.now() - begin;
    };

    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void show());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        links()[0]?.focus();
      } else if (event.key === 'Enter') {
        const first = links()[0];
        if (first) {
          event.preventDefault();
          first.click();
        }
      } else if (event.key === 'Escape') {
        input.value = '';
        void show();
      }
    });
    list.addEventListener('keydown', (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = at + (event.key === 'ArrowDown' ? 1 : -1);
        if (next < 0) input.focus();
        else all[Math.min(next, all.length - 1)]?.focus();
      } else if (event.key === 'Escape') {
        close();
        input.focus();
      }
    });
    // Following a result on the same page: close the panel.
    list.addEventListener('click', () => close());
    document.addEventListener('click', (event) => {
      if (!panel.hidden && !(event.target instanceof Node && input.parentElement?.contains(event.target))) close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();
}
