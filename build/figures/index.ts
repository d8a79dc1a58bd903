// Figures: diagrams written as text in the manuscript, drawn at build time
// into static SVG files that every format shows the same way. The one entry
// point of the subsystem: load-book hands it every diagram of the book and
// gets back, for each, the SVG file or the renderer's complaint.
//
// Drawn diagrams are cached by content under <book>/.cache/figures/, keyed by
// the source, the renderer's options and its version: a book whose diagrams
// have not changed starts no browser at all.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../chromium.ts';
import { mermaidConfig, mermaidVersion, renderMermaid } from './mermaid.ts';
import { writeWhole } from '../write-whole.ts';

/** The code-block languages that are diagrams. */
export const diagramLanguages: readonly string[] = ['mermaid'];

/** Bumped when what is done to a renderer's SVG changes, so old cache entries are not used. */
const FORMAT = 7;

export interface Diagram {
  language: string;
  source: string;
}

export type DiagramResult =
  /**
   * `name`: where every format puts it, relative to the language folder ("figures/ab12….svg"); `file`: the cached
   * SVG; `width` and `height`: its size in CSS pixels, so a page can be laid out before the image has loaded.
   */
  | { name: string; file: string; width: number; height: number }
  /** `line`: the diagram's own line the renderer blames (1 is the first line inside the fence), if it says. */
  | { error: string; line: number | undefined };

export interface RenderOptions {
  /** Default <root>/.cache/figures. */
  cacheDir: string;
  /** The build's shared Chromium; without one, a browser of its own is started if a diagram needs drawing. */
  browser?: () => Promise<Browser>;
}

export interface RenderReport {
  results: DiagramResult[];
  /** Distinct diagrams drawn in this call (not found in the cache). */
  drawn: number;
}

export function diagramKey({ language, source }: Diagram): string {
  if (language !== 'mermaid') throw new Error(`No renderer for \`${language}\` diagrams`);
  const recipe = JSON.stringify({ language, renderer: `mermaid ${mermaidVersion}`, format: FORMAT, options: mermaidConfig, source });
  return createHash('sha256').update(recipe).digest('hex');
}

/** Draws what the cache lacks (each distinct diagram once) and returns every diagram's file or error, in order. */
export async function renderDiagrams(diagrams: readonly Diagram[], options: RenderOptions): Promise<RenderReport> {
  const keys = diagrams.map(diagramKey);
  const cached = (key: string) => path.join(options.cacheDir, `${key}.svg`);
  const missing = new Map<string, Diagram>();
  diagrams.forEach((diagram, i) => {
    if (!existsSync(cached(keys[i]!))) missing.set(keys[i]!, diagram);
  });
  const errors = new Map<string, { error: string; line: number | undefined }>();
  if (missing.size > 0) {
    let own: Browser | undefined;
    const browser = options.browser ? await options.browser() : (own = await launchChromium());
    try {
      const jobs = [...missing].map(([key, diagram]) => ({ id: `figure-${key.slice(0, 12)}`, source: diagram.source }));
      const drawn = await renderMermaid(browser, jobs);
      await Promise.all(
        [...missing.keys()].map(async (key, i) => {
          const result = drawn[i]!;
          if ('error' in result) {
            errors.set(key, result);
            return;
          }
          // Written whole or not at all, so an interrupted build leaves no half file to trust.
          await writeWhole(cached(key), result.svg);
        }),
      );
    } finally {
      await own?.close();
    }
  }
  const results = await Promise.all(
    keys.map(async (key): Promise<DiagramResult> => errors.get(key) ?? { name: `figures/${key.slice(0, 16)}.svg`, file: cached(key), ...(await svgSize(cached(key))) }),
  );
  return { results, drawn: missing.size };
}

/** The width and height attributes of an SVG file's root element. */
async function svgSize(file: string): Promise<{ width: number; height: number }> {
  const root = /<svg\b[^>]*>/.exec(await readFile(file, 'utf8'))?.[0] ?? '';
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: attribute('width'), height: attribute('height') };
}
