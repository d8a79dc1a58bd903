// Benchmark of the PDF: the whole book through our renderer (Paged.js in the
// build's Chromium), pages per second, and the same print document through
// pagedjs-cli for comparison, run with Debian's Chromium through a wrapper
// that adds this machine's flags. Prints figures; asserts nothing.
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from '../build/build.ts';
import { chromiumFlags, chromiumPath } from '../build/chromium.ts';
import { loadBook } from '../build/load-book.ts';
import { printHtml } from '../build/render/pdf/print-document.ts';

const exec = promisify(execFile);
const root = path.resolve(process.argv[2] ?? '.');
const lang = process.argv[3] ?? 'en';
const PAGEDJS_CLI = 'pagedjs-cli@0.4.3';

async function pages(pdf: string): Promise<number> {
  const { stdout } = await exec('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
}

function report(name: string, ms: number, count: number) {
  console.log(`${name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${String(count).padStart(4)} pages  ${(count / (ms / 1000)).toFixed(1).padStart(6)} pages/s`);
}

const work = await mkdtemp(path.join(tmpdir(), 'bench-pdf-'));
const book = await loadBook(root, lang);

// Ours: the build's own PDF step (the book is loaded again inside; loading is timed apart by `build`).
let start = performance.now();
await build({ root, out: path.join(work, 'ours'), formats: ['pdf'], langs: [lang] });
const ours = performance.now() - start;
report('build --format pdf (ours)', ours, await pages(path.join(work, 'ours', lang, `${book.config.slug}.pdf`)));

// pagedjs-cli launches its own browser; the wrapper gives it Debian's Chromium with our flags.
const wrapper = path.join(work, 'chromium-wrapper.sh');
await writeFile(wrapper, `#!/bin/sh\nexec ${chromiumPath()} ${chromiumFlags.join(' ')} "$@"\n`);
await chmod(wrapper, 0o755);
const doc = path.join(work, 'print', 'print.html');
await mkdir(path.dirname(doc), { recursive: true });
await writeFile(doc, await printHtml(book));
for (const image of book.images) {
  await mkdir(path.dirname(path.join(work, 'print', image.path)), { recursive: true });
  await copyFile(image.source, path.join(work, 'print', image.path));
}
const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: wrapper, PUPPETEER_SKIP_DOWNLOAD: '1' };
try {
  // Installed once into npx's cache, so the timed run measures layout, not the download.
  await exec('npx', ['--yes', PAGEDJS_CLI, '--help'], { env });
  const cliPdf = path.join(work, 'pagedjs-cli.pdf');
  start = performance.now();
  await exec('npx', ['--yes', PAGEDJS_CLI, doc, '-o', cliPdf, '--timeout', '600000'], { env, maxBuffer: 64 * 1024 * 1024 });
  report(`${PAGEDJS_CLI}`, performance.now() - start, await pages(cliPdf));
} catch (error) {
  console.log(`${PAGEDJS_CLI} did not run here: ${(error as Error).message.split('\n')[0]}`);
}
console.log(`outputs in ${work}`);
