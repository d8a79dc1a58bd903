// Mermaid, run in the build's Chromium: the library's browser bundle is
// loaded once into one blank page, which then draws every diagram in turn.
// Labels are SVG text (no HTML in foreignObject), so each figure is plain
// XML that an EPUB can hold and a PDF prints as vector text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const script = require.resolve('mermaid/dist/mermaid.min.js');
export const mermaidVersion: string = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;

const fontFamily = '"Noto Sans", "DejaVu Sans", sans-serif';

/**
 * Black, grey and white (Mermaid's neutral theme), so a figure reads the same
 * on paper, on e-ink and, inverted, in the site's dark theme. Part of the
 * cache key: changing anything here draws every diagram again.
 */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  deterministicIds: true,
  theme: 'neutral',
  fontFamily,
  // No shadows or gradients: Chromium prints an SVG filter as a bitmap, and e-ink shows neither.
  themeVariables: { fontFamily, fontSize: '15px', dropShadow: 'none', useGradient: false },
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  state: { htmlLabels: false },
  class: { htmlLabels: false },
  sequence: { useMaxWidth: false },
  // Gantt axis labels are 10 px by default: too small once a chart is scaled to the page.
  themeCSS: '.grid .tick text { font-size: 12px; }',
  gantt: { useMaxWidth: false, fontSize: 13, sectionFontSize: 13, barHeight: 24, barGap: 6, topPadding: 40, leftPadding: 150 },
} as const;

/** The width diagrams that fill their container (Gantt charts) are drawn at: about a text column. */
const pageWidth = 640;

export interface MermaidJob {
  /** The SVG's root id, which scopes Mermaid's stylesheet: the same for the same diagram in every build. */
  id: string;
  source: string;
}

export type MermaidResult = { svg: string } | { error: string; line: number | undefined };

/** Runs in the page: draws each diagram and serializes it as standalone SVG. */
async function drawAll(jobs: MermaidJob[], config: typeof mermaidConfig): Promise<MermaidResult[]> {
  const mermaid = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, text: string, container?: Element): Promise<{ svg: string }> } }).mermaid;
  mermaid.initialize(config);
  const results: MermaidResult[] = [];
  const container = document.getElementById('stage')!;
  for (const { id, source } of jobs) {
    try {
      const { svg } = await mermaid.render(id, source, container);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      const root = holder.querySelector('svg')!;
      // With SVG labels, Mermaid leaves the background of an edge's label
      // unsized, or half-transparent and off the words, so the line runs
      // through them: fit it to the text (measured in the page), opaque.
      container.append(holder);
      for (const rect of [...root.querySelectorAll('.edgeLabel rect.background')]) {
        const text = rect.parentElement?.querySelector(':scope > text');
        if (!(text instanceof SVGGraphicsElement)) continue;
        const box = text.getBBox();
        if (box.width === 0) continue;
        rect.setAttribute('x', String(box.x - 3));
        rect.setAttribute('y', String(box.y - 1));
        rect.setAttribute('width', String(box.width + 6));
        rect.setAttribute('height', String(box.height + 2));
        rect.setAttribute('style', 'stroke: none; fill: #ffffff; opacity: 1');
      }
      holder.remove();
      // A fixed size from the drawing itself, so an <img> of it has one;
      // the stylesheets scale it down to the column.
      const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      if (width && height) {
        root.setAttribute('width', String(Math.ceil(width)));
        root.setAttribute('height', String(Math.ceil(height)));
      }
      root.removeAttribute('style');
      // What an EPUB's SVG 1.1 schema refuses and no reader misses: ARIA roles
      // (an <img> of the file carries the alt text), sizes and view boxes on
      // elements that take none, empty or non-SVG attributes, empty rectangles
      // Mermaid leaves unsized, and shadow filters (which print as bitmaps) with their definitions.
      root.removeAttribute('role');
      root.removeAttribute('aria-roledescription');
      const sized = ['svg', 'rect', 'image', 'foreignObject', 'use', 'pattern', 'mask', 'filter'];
      const viewBoxed = ['svg', 'symbol', 'marker', 'pattern', 'view'];
      for (const element of [root, ...root.querySelectorAll('*')]) {
        const tag = element.localName;
        const unsized = tag === 'rect' && (!element.hasAttribute('width') || !element.hasAttribute('height')) && element.childElementCount === 0;
        if (unsized || tag === 'filter') {
          element.remove();
          continue;
        }
        for (const { name, value } of [...element.attributes]) {
          const misplaced =
            ((name === 'width' || name === 'height') && !sized.includes(tag) && !tag.startsWith('fe')) ||
            (name === 'viewBox' && !viewBoxed.includes(tag)) ||
            ['name', 'transform-origin', 'filter'].includes(name);
          if (misplaced || value === '') element.removeAttribute(name);
        }
      }
      for (const defs of [...root.querySelectorAll('defs')]) if (defs.childElementCount === 0) defs.remove();
      results.push({ svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n` });
    } catch (error) {
      const e = error as { message?: string; hash?: { loc?: { first_line?: number } } };
      const message = String(e.message ?? error);
      const stated = /\bline (\d+)/.exec(message)?.[1];
      results.push({ error: message, line: stated ? Number(stated) : e.hash?.loc?.first_line });
    } finally {
      container.replaceChildren();
      document.getElementById(`d${id}`)?.remove();
    }
  }
  return results;
}

/** Draws the diagrams in one page of the browser, in order. */
export async function renderMermaid(browser: Browser, jobs: MermaidJob[]): Promise<MermaidResult[]> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: pageWidth, height: 800 });
    await page.setContent(`<!doctype html><html><body style="margin:0"><div id="stage" style="width:${pageWidth}px"></div></body></html>`);
    await page.addScriptTag({ path: script });
    await page.evaluate('document.fonts.ready');
    return await page.evaluate(drawAll, jobs, mermaidConfig);
  } finally {
    await page.close();
  }
}
