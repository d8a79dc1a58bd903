// axe-core in Chromium over every page of a built site: light and dark,
// desktop and phone widths. Returns the serious and critical violations.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  page: string;
  theme: 'light' | 'dark';
  width: number;
  rule: string;
  impact: string;
  nodes: number;
  /** The first offending node's selector and axe's summary of it. */
  example: string;
}

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

export async function sitePages(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

export async function axeSite(browser: Browser, siteDir: string, pages?: string[]): Promise<AxeProblem[]> {
  const source = await axeSource;
  const problems: AxeProblem[] = [];
  const page = await browser.newPage();
  try {
    for (const file of pages ?? (await sitePages(siteDir))) {
      // One load per page: width and theme change in place (the theme is the page's own data-theme).
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.addScriptTag({ content: source });
      for (const width of [1280, 390]) {
        await page.setViewport({ width, height: 900 });
        for (const theme of ['light', 'dark'] as const) {
          await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
          const result = (await page.evaluate(() =>
            (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }),
          )) as AxeResult;
          for (const v of result.violations) {
            if (v.impact !== 'serious' && v.impact !== 'critical') continue;
            const first = v.nodes[0];
            problems.push({
              page: path.relative(siteDir, file), theme, width, rule: v.id, impact: v.impact, nodes: v.nodes.length,
              example: first ? `${JSON.stringify(first.target)} ${first.failureSummary ?? ''}`.slice(0, 400) : '',
            });
          }
        }
      }
    }
  } finally {
    await page.close();
  }
  return problems;
}
