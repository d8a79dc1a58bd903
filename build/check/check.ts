// The release gate, one command: every example, every format built, the
// site's links, epubcheck on each EPUB, the PDF checks; a summary table at
// the end and a non-zero exit on any failure.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../build.ts';
import { BuildError, report } from '../diagnostics.ts';
import { checkLinks } from './links.ts';
import { checkEpub, checkPdf } from './outputs.ts';

export interface CheckStep {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

export interface GateOptions {
  root: string;
  out: string;
  /** Runs the examples and says how it went (the examples command, injected to keep this module below commands/); undefined skips them. */
  examples: (() => Promise<{ ok: boolean; detail: string }>) | undefined;
  log: (line: string) => void;
}

async function timed(name: string, work: () => Promise<{ ok: boolean; detail: string }>): Promise<CheckStep> {
  const start = performance.now();
  const done = (result: { ok: boolean; detail: string }) => ({ name, ...result, seconds: (performance.now() - start) / 1000 });
  try {
    return done(await work());
  } catch (error) {
    const detail = error instanceof BuildError ? `${error.message}\n${report(error.files)}` : error instanceof Error ? error.message : String(error);
    return done({ ok: false, detail });
  }
}

const list = (items: string[], limit = 10) => items.slice(0, limit).join('\n') + (items.length > limit ? `\n… and ${items.length - limit} more` : '');

export async function releaseGate({ root, out, examples, log }: GateOptions): Promise<CheckStep[]> {
  const steps: CheckStep[] = [];
  const record = (step: CheckStep) => {
    steps.push(step);
    log(`${step.ok ? '✓' : '✖'} ${step.name}: ${step.detail.split('\n')[0]}`);
    if (!step.ok && step.detail.includes('\n')) log(step.detail.split('\n').slice(1).join('\n'));
  };
  if (examples) record(await timed('examples', examples));
  let written: string[] = [];
  record(
    await timed('build', async () => {
      written = await build({ root, out, formats: ['html', 'pdf', 'epub'], log });
      return { ok: true, detail: `${written.length} files in ${path.relative(process.cwd(), out) || '.'}` };
    }),
  );
  if (written.length === 0) return steps;
  const langs = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  for (const lang of langs) {
    record(
      await timed(`links ${lang}`, async () => {
        const links = await checkLinks(path.join(out, lang));
        return { ok: links.broken.length === 0, detail: links.broken.length === 0 ? `${links.pages} pages, every internal link resolves (${links.external.length} external, not checked)` : `${links.broken.length} broken\n${list(links.broken)}` };
      }),
    );
  }
  // The downloads are checked side by side: epubcheck spends most of its time starting Java.
  const downloads = await Promise.all([
    ...written.filter((f) => f.endsWith('.epub')).map((file) =>
      timed(`epubcheck ${path.relative(out, file)}`, async () => {
        const problems = await checkEpub(file);
        return { ok: problems.length === 0, detail: problems.length === 0 ? 'nothing reported' : `${problems.length} problem(s)\n${list(problems)}` };
      }),
    ),
    ...written.filter((f) => f.endsWith('.pdf')).map((file) =>
      timed(`pdf ${path.relative(out, file)}`, async () => {
        const problems = await checkPdf(file);
        return { ok: problems.length === 0, detail: problems.length === 0 ? 'structure, tags, title and embedded fonts' : list(problems) };
      }),
    ),
  ]);
  for (const step of downloads) record(step);
  return steps;
}

/** The summary table printed last. */
export function summaryTable(steps: CheckStep[]): string {
  const width = Math.max(...steps.map((s) => s.name.length), 5);
  const rows = steps.map((s) => `${s.ok ? 'pass' : 'FAIL'}  ${s.name.padEnd(width)}  ${s.seconds.toFixed(1).padStart(6)} s  ${s.detail.split('\n')[0]}`);
  const failed = steps.filter((s) => !s.ok).length;
  return ['', 'result  step'.padEnd(width + 8) + '    time  detail', ...rows, '', `check: ${steps.length - failed} passed, ${failed} failed`].join('\n');
}
