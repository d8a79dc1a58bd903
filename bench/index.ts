// `npm run bench`: every measure of the toolchain's speed in one run, each
// beside its anchor measured in the same run (pandoc, pagedjs-cli) and its
// target, then the PDF's pages per second at 1×, 2× and 4× the book's size.
// Prints figures; asserts nothing. Whole processes are timed (wall clock),
// medians of --runs runs (default 3).
//   npm run bench -- [--runs N] [--quick] [--book DIR] [--lang en]
//
// "Cold" is a copy of the book whose .cache/ holds only the figure cache
// (Mermaid's drawings are a one-time cost for an author, like npm ci), and no
// run caches; the CLI's bundle (.cache/cli/ of the toolchain, made once per
// change of build/) is warm, as it is for every run after the first.
import { execFile, spawn } from 'node:child_process';
import { chmod, copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { chromiumFlags, chromiumPath } from '../build/chromium.ts';
import { loadBook } from '../build/load-book.ts';
import { printHtml } from '../build/render/pdf/print-document.ts';

const exec = promisify(execFile);
const toolchain = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
    book: { type: 'string', default: toolchain },
    lang: { type: 'string', default: 'en' },
  },
});
const quick = values.quick;
const runs = quick ? 1 : Math.max(1, Number(values.runs) || 3);
const bookRoot = path.resolve(values.book);
const lang = values.lang;
const work = await mkdtemp(path.join(tmpdir(), 'bench-'));

/** Undefined when there is nothing to take it of (a tool that failed on its first run). */
const median = (xs: number[]): number | undefined => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** A whole process's wall time and the machine's busy CPU time meanwhile (ms). */
interface Timed {
  ms: number;
  cpu: number | undefined;
}
const medianMs = (runs: Timed[]) => median(runs.map((run) => run.ms));
/** The median of the CPU times, when every run has one. */
const medianCpu = (runs: Timed[]) => (runs.every((run) => run.cpu !== undefined) ? median(runs.map((run) => run.cpu!)) : undefined);
const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const note = (line: string) => process.stderr.write(`  · ${line}\n`);

const ticksPerSecond = Number((await exec('getconf', ['CLK_TCK']).catch(() => ({ stdout: '100' }))).stdout) || 100;

/**
 * The machine's busy CPU time so far, all cores summed (ms), from /proc/stat:
 * user, nice, system, irq and softirq, not idle, iowait or the time the
 * hypervisor stole. Undefined where there is no /proc/stat.
 */
async function busyCpu(): Promise<number | undefined> {
  const line = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0] ?? '';
  if (!line.startsWith('cpu ')) return undefined;
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq) * 1000) / ticksPerSecond;
}

/**
 * Runs a whole process; returns its wall time (ms), the CPU time the machine
 * was busy meanwhile (all its processes, Chromium's and zlib's threads
 * included), and its output. Fails loudly when it fails.
 */
async function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Timed & { stdout: string }> {
  const busyBefore = await busyCpu();
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd ?? toolchain, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - start;
  const busyAfter = await busyCpu();
  const cpu = busyBefore === undefined || busyAfter === undefined ? undefined : busyAfter - busyBefore;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
  return { ms, cpu, stdout };
}

const npmRun = (script: string, args: string[], cwd = toolchain) => timed('npm', ['run', '--silent', script, '--', ...args], { cwd });

/** A build of the book at `root` (all formats unless given): its times, and its PDF step's when it made the PDF. */
async function buildBook(root: string, formats?: string): Promise<Timed & { pdfStep: number | undefined }> {
  const { ms, cpu, stdout } = await npmRun('build', ['--book', root, '--lang', lang, ...(formats ? ['--format', formats] : []), '--out', path.join(root, 'dist')]);
  return { ms, cpu, pdfStep: stepTime(stdout, `pdf ${lang}`) };
}

/** A step's time from the build's log (`✓ pdf en   12.34 s`). */
function stepTime(log: string, step: string): number | undefined {
  const m = new RegExp(`^✓ ${step}\\s+([\\d.]+) s`, 'm').exec(log);
  return m ? Number(m[1]) * 1000 : undefined;
}

async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await exec('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
}

/** A copy of the book (manuscript and theme) whose .cache/ holds only the figures: what "cold" builds from. */
async function coldCopy(name: string): Promise<string> {
  const root = path.join(work, name);
  await rm(root, { recursive: true, force: true });
  await cp(path.join(bookRoot, 'manuscript'), path.join(root, 'manuscript'), { recursive: true });
  await cp(path.join(bookRoot, 'themes'), path.join(root, 'themes'), { recursive: true }).catch(() => undefined);
  await cp(path.join(bookRoot, '.cache', 'figures'), path.join(root, '.cache', 'figures'), { recursive: true }).catch(() => undefined);
  return root;
}

/** The book made `times` times as long: its chapters repeated under new names (one language, no translation). */
async function grownBook(times: number): Promise<string> {
  const root = await coldCopy(`grown-${times}`);
  const dir = path.join(root, 'manuscript', lang);
  const yamlFile = path.join(dir, 'book.yaml');
  const config = parseYaml(await readFile(yamlFile, 'utf8')) as { chapters: string[]; source?: string };
  const chapters: string[] = [];
  for (let copy = 1; copy <= times; copy++) {
    for (const chapter of config.chapters) {
      if (copy === 1) chapters.push(chapter);
      else {
        const name = chapter.replace(/\.md$/, `-copy${copy}.md`);
        await copyFile(path.join(dir, chapter), path.join(dir, name));
        chapters.push(name);
      }
    }
  }
  await writeFile(yamlFile, stringifyYaml({ ...config, chapters }));
  for (const other of ['ru']) if (other !== lang) await rm(path.join(root, 'manuscript', other), { recursive: true, force: true });
  return root;
}

interface Row {
  measure: string;
  ours: number | undefined;
  /** The machine's busy CPU time during our runs (median), all cores summed. */
  cpu?: number | undefined;
  anchor?: { name: string; ms: number | undefined };
  target: string;
}

const rows: Row[] = [];

// 1 and 2. npm run build, all three formats, cold, with its PDF step; pagedjs-cli
// on the same print document; and the PDF step of cold builds of the PDF alone
// (the job pagedjs-cli does: the builds above make the site and the EPUB at the
// same time, on the same cores). One of each per round, so a change in the
// machine's speed during the bench weighs on ours and the anchor alike.
const book = await loadBook(bookRoot, lang);
const slug = book.config.slug;
const printDir = path.join(work, 'print');
await mkdir(printDir, { recursive: true });
await writeFile(path.join(printDir, 'print.html'), await printHtml(book));
for (const image of book.images) {
  await mkdir(path.dirname(path.join(printDir, image.path)), { recursive: true });
  await copyFile(image.source, path.join(printDir, image.path));
}
// pagedjs-cli launches its own browser: Debian's Chromium, through a wrapper that adds this machine's flags.
const wrapper = path.join(toolchain, 'bench', 'chromium.sh');
// The features the build turns off in its Chromium are turned off in the anchor's too.
const disabledFeatures = chromiumFlags.find((flag) => flag.startsWith('--disable-features='))?.split('=')[1] ?? '';
const pagedEnv = { ...process.env, PUPPETEER_EXECUTABLE_PATH: wrapper, PUPPETEER_SKIP_DOWNLOAD: '1', BENCH_CHROMIUM: chromiumPath(), BENCH_DISABLE_FEATURES: disabledFeatures };
await chmod(wrapper, 0o755).catch(() => undefined);
const pagedCli = path.join(toolchain, 'node_modules', '.bin', 'pagedjs-cli');
const cold: Timed[] = [];
const pdfStep: number[] = [];
const paged: number[] = [];
let pagedFailed = false;
let pagedPages = 0;
const pdfAlone: number[] = [];
for (let i = 0; i < runs; i++) {
  note(`round ${i + 1} of ${runs}: a cold build of all formats, pagedjs-cli on the same print document, a cold build of the PDF alone`);
  const run = await buildBook(await coldCopy('cold'));
  cold.push(run);
  if (run.pdfStep !== undefined) pdfStep.push(run.pdfStep);
  if (!pagedFailed) {
    try {
      const out = path.join(work, 'pagedjs-cli.pdf');
      const { ms } = await timed(pagedCli, [path.join(printDir, 'print.html'), '-o', out, '--timeout', '900000'], { env: pagedEnv });
      paged.push(ms);
      pagedPages = await pdfPages(out);
    } catch (error) {
      note(`pagedjs-cli failed: ${(error as Error).message.split('\n')[0]}`);
      pagedFailed = true;
    }
  }
  const { pdfStep: step } = await buildBook(await coldCopy('cold-pdf'), 'pdf');
  if (step !== undefined) pdfAlone.push(step);
}
rows.push({ measure: `npm run build, ${lang}, html+pdf+epub, cold`, ours: medianMs(cold), cpu: medianCpu(cold), target: '≤ 10 s' });
const pagedAnchor = { name: 'pagedjs-cli', ms: median(paged) };
rows.push({ measure: 'its PDF step vs pagedjs-cli (same print.html)', ours: median(pdfStep), anchor: pagedAnchor, target: '≤ 0.5×' });
rows.push({ measure: 'PDF step of --format pdf, cold, vs pagedjs-cli', ours: median(pdfAlone), anchor: pagedAnchor, target: '≤ 0.5×' });

// 3. HTML + EPUB against pandoc turning the same chapters into a standalone HTML and an EPUB.
note(`html+epub builds and pandoc, ×${runs}`);
const config = parseYaml(await readFile(path.join(bookRoot, 'manuscript', lang, 'book.yaml'), 'utf8')) as { chapters: string[]; title: string };
const chapterFiles = config.chapters.map((c) => path.join(bookRoot, 'manuscript', lang, c));
const htmlEpub: Timed[] = [];
const pandoc: number[] = [];
for (let i = 0; i < runs; i++) {
  htmlEpub.push(await buildBook(await coldCopy('html-epub'), 'html,epub'));
  const cwd = path.join(bookRoot, 'manuscript', lang);
  const meta = ['--metadata', `title=${config.title}`, '--resource-path', cwd];
  const html = await timed('pandoc', ['-s', ...meta, '-o', path.join(work, 'pandoc.html'), ...chapterFiles], { cwd });
  const epub = await timed('pandoc', [...meta, '-o', path.join(work, 'pandoc.epub'), ...chapterFiles], { cwd });
  pandoc.push(html.ms + epub.ms);
}
rows.push({ measure: `npm run build --format html,epub, cold`, ours: medianMs(htmlEpub), cpu: medianCpu(htmlEpub), anchor: { name: 'pandoc 2.17 html + epub', ms: median(pandoc) }, target: '≤ 1.0×' });

// 4. npm run examples, warm, nothing changed (after one run that fills the caches).
note(`examples, warm, ×${runs}`);
await npmRun('examples', ['--book', bookRoot]).catch((error: Error) => note(`examples failed: ${error.message.split('\n')[0]}`));
const examples: Timed[] = [];
for (let i = 0; i < runs; i++) examples.push(await npmRun('examples', ['--book', bookRoot]));
rows.push({ measure: 'npm run examples, warm, nothing changed', ours: medianMs(examples), cpu: medianCpu(examples), target: '≤ 1.0 s' });

// 5. Rebuilds after editing one paragraph of one chapter: all formats, then the
// PDF alone, which shows what the PDF's share of the edit costs on its own.
const edits = async (name: string, formats?: string): Promise<Timed[]> => {
  note(`rebuilds${formats ? ` (${formats})` : ''} after editing a paragraph, ×${runs}`);
  const edited = await coldCopy(name);
  await buildBook(edited, formats);
  const chapterFile = path.join(edited, 'manuscript', lang, config.chapters[Math.floor(config.chapters.length / 2)]!);
  const rebuilds: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    const text = await readFile(chapterFile, 'utf8');
    // The first paragraph after the title gets one more sentence.
    await writeFile(chapterFile, text.replace(/^(# .*\n\n(?:[^\n]+\n)*?[^\n]+)\n/m, `$1 Edited for the benchmark, run ${i + 1}.\n`));
    rebuilds.push(await buildBook(edited, formats));
  }
  return rebuilds;
};
const rebuilds = await edits('edited');
rows.push({ measure: 'npm run build after editing one paragraph', ours: medianMs(rebuilds), cpu: medianCpu(rebuilds), target: '≤ 4 s' });
const pdfRebuilds = await edits('edited-pdf', 'pdf');
rows.push({ measure: 'the same, --format pdf alone', ours: medianMs(pdfRebuilds), cpu: medianCpu(pdfRebuilds), target: '(part of the above)' });

// The table.
const ratio = (row: Row) => (row.ours !== undefined && row.anchor?.ms ? `${(row.ours / row.anchor.ms).toFixed(2)}×` : '');
const table = [
  ['measure', 'ours', 'CPU', 'anchor', 'anchor time', 'ratio', 'target'],
  ...rows.map((row) => [row.measure, s(row.ours), row.cpu === undefined ? '' : s(row.cpu), row.anchor?.name ?? '', row.anchor ? s(row.anchor.ms) : '', ratio(row), row.target]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
console.log(`\nbench: ${path.relative(process.cwd(), bookRoot) || '.'} (${lang}), ${book.chapters.length} chapters, median of ${runs} run(s), wall time of whole processes`);
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => cell.padEnd(widths[j]!)).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`(CPU: the machine's busy time during our runs, its ${availableParallelism()} cores summed; no run can take less wall time than CPU ÷ ${availableParallelism()})`);
if (pdfStep.length && pagedPages) console.log(`(PDF: ${pagedPages} pages from pagedjs-cli)`);

// 6. Pages per second of the PDF step as the book grows.
const growth = quick ? [1, 2] : [1, 2, 4];
console.log(`\nPDF step as the book grows (chapters repeated; ${growth.map((n) => `${n}×`).join(', ')}):`);
for (const n of growth) {
  const root = await grownBook(n);
  const { pdfStep: ms } = await buildBook(root, 'pdf');
  const pages = await pdfPages(path.join(root, 'dist', lang, `${slug}.pdf`));
  console.log(`  ${`${n}×`.padStart(3)}  ${String(pages).padStart(5)} pages  ${s(ms).padStart(8)}  ${ms ? (pages / (ms / 1000)).toFixed(1).padStart(6) : '—'} pages/s`);
  await rm(root, { recursive: true, force: true });
}
await rm(work, { recursive: true, force: true });
