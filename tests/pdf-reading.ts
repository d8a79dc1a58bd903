// Reading a built PDF back as a reader's tools see it: page texts
// (pdftotext), page labels and bookmarks (qpdf), word boxes.
import { readFile } from 'node:fs/promises';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { run } from './helpers.ts';

export async function pageTexts(pdf: string): Promise<string[]> {
  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  return text.split('\f').slice(0, -1);
}

interface QpdfLabel {
  index: number;
  label: { '/S'?: string; '/St'?: number; '/P'?: string };
}

export interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

interface QpdfOutline {
  title: string;
  destpageposfrom1: number;
  kids: QpdfOutline[];
}

async function qpdfJson<T>(pdf: string, key: string): Promise<T> {
  return JSON.parse((await run('qpdf', ['--json=2', `--json-key=${key}`, pdf])).stdout) as T;
}

function roman(n: number): string {
  const digits: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of digits) for (; n >= value; n -= value) out += letters;
  return out;
}

/** The label a viewer shows for each page ("Cover", "iv", "112"). */
export async function pageLabels(pdf: string, pages: number): Promise<string[]> {
  const { pagelabels } = await qpdfJson<{ pagelabels: QpdfLabel[] }>(pdf, 'pagelabels');
  return Array.from({ length: pages }, (_, page) => {
    const range = pagelabels.filter((l) => l.index <= page).at(-1);
    if (!range) return String(page + 1);
    const n = (range.label['/St'] ?? 1) + page - range.index;
    const prefix = range.label['/P']?.replace(/^u:/, '') ?? '';
    const style = range.label['/S'];
    return prefix + (style === '/r' ? roman(n) : style === '/D' ? String(n) : '');
  });
}

export async function bookmarks(pdf: string): Promise<Bookmark[]> {
  const { outlines } = await qpdfJson<{ outlines: QpdfOutline[] }>(pdf, 'outlines');
  const convert = (items: QpdfOutline[]): Bookmark[] => items.map((o) => ({ title: o.title, page: o.destpageposfrom1, kids: convert(o.kids) }));
  return convert(outlines);
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  /** From the page's top. */
  yMin: number;
  yMax: number;
  pageWidth: number;
}

/** Every word with its horizontal extent, from pdftotext -bbox. */
export async function wordBoxes(pdf: string): Promise<WordBox[]> {
  const html = (await run('pdftotext', ['-bbox', pdf, '-'])).stdout;
  const words: WordBox[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const match of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[1]) {
      page += 1;
      pageWidth = Number(match[1]);
    } else words.push({ page, text: match[6] ?? '', xMin: Number(match[2]), yMin: Number(match[3]), xMax: Number(match[4]), yMax: Number(match[5]), pageWidth });
  }
  return words;
}

export interface TaggedFigure {
  alt: string | undefined;
}

/** Every Figure element of the PDF's structure tree (what a screen reader announces), in order. */
export async function taggedFigures(pdf: string): Promise<TaggedFigure[]> {
  const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false });
  const figures: TaggedFigure[] = [];
  const seen = new Set<PDFDict>();
  const walk = (value: unknown): void => {
    const node = value instanceof PDFDict || value instanceof PDFArray ? value : doc.context.lookup(value as never);
    if (node instanceof PDFArray) {
      for (let i = 0; i < node.size(); i++) walk(node.get(i));
    } else if (node instanceof PDFDict && !seen.has(node)) {
      seen.add(node);
      if (node.get(PDFName.of('S')) === PDFName.of('Figure')) {
        const alt = node.lookup(PDFName.of('Alt'));
        figures.push({ alt: alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : undefined });
      }
      const kids = node.get(PDFName.of('K'));
      if (kids) walk(kids);
    }
  };
  walk(doc.catalog.get(PDFName.of('StructTreeRoot')));
  return figures;
}

/** The named destinations the link annotations of a page (1-based) point at. */
export async function linkTargets(pdf: string, page: number): Promise<string[]> {
  const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false });
  const annotations = doc.getPage(page - 1).node.lookup(PDFName.of('Annots'));
  const targets: string[] = [];
  if (!(annotations instanceof PDFArray)) return targets;
  for (let i = 0; i < annotations.size(); i++) {
    const annotation = annotations.lookup(i);
    if (!(annotation instanceof PDFDict)) continue;
    const dest = annotation.lookup(PDFName.of('Dest'));
    if (dest instanceof PDFName) targets.push(dest.decodeText());
    else if (dest instanceof PDFString || dest instanceof PDFHexString) targets.push(dest.decodeText());
  }
  return targets;
}

export interface InternalLink {
  /** The page the link is on and the page it leads to, 1-based; 0 if its destination is not in the file. */
  page: number;
  to: number;
  dest: string;
  /** Its rectangle, in points from the page's top left. */
  rect: { xMin: number; yMin: number; xMax: number; yMax: number };
}

/** Every link annotation that leads somewhere in the file, by named destination (as Chromium writes them) or an explicit one. */
export async function internalLinks(pdf: string): Promise<InternalLink[]> {
  const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false });
  const pages = doc.getPages();
  const pageOf = (dest: unknown) => (dest instanceof PDFArray ? pages.findIndex((page) => page.ref === dest.get(0)) + 1 : 0);
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  const links: InternalLink[] = [];
  pages.forEach((page, i) => {
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (!(annotations instanceof PDFArray)) return;
    for (let n = 0; n < annotations.size(); n++) {
      const annotation = annotations.lookup(n, PDFDict);
      const dest = annotation.lookup(PDFName.of('Dest'));
      const action = annotation.lookup(PDFName.of('A'));
      if (!dest && action instanceof PDFDict && action.get(PDFName.of('S')) === PDFName.of('URI')) continue;
      const name = dest instanceof PDFName ? dest.decodeText() : '';
      const to = dest instanceof PDFArray ? pageOf(dest) : dests instanceof PDFDict && dest instanceof PDFName ? pageOf(dests.lookup(dest)) : 0;
      const [x1, y1, x2, y2] = annotation.lookup(PDFName.of('Rect'), PDFArray).asArray().map((v) => Number(v.toString()));
      const height = page.getHeight();
      links.push({ page: i + 1, to, dest: name, rect: { xMin: Math.min(x1!, x2!), xMax: Math.max(x1!, x2!), yMin: height - Math.max(y1!, y2!), yMax: height - Math.min(y1!, y2!) } });
    }
  });
  return links;
}
