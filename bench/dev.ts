// Benchmark of the live preview: edit-to-reload time. Starts the preview on a
// copy of the book, listens on a page's WebSocket connection as an open page
// does, writes a one-paragraph edit into a chapter file and times until the
// reload message for that page arrives; the median of several edits, printed
// beside the time of a full `npm run build -- --format html` of the same book.
// Prints figures; asserts nothing.
//   npm run bench:dev -- [BOOK_ROOT] [CHAPTER.md] [LANG]
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import WebSocket from 'ws';
import { startPreview } from '../build/dev/index.ts';
import type { DevMessage } from '../build/dev/server.ts';

const toolchain = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const book = path.resolve(process.argv[2] ?? '.');
const chapter = process.argv[3] ?? '12-advanced-topics.md';
const lang = process.argv[4] ?? 'en';
const edits = 11;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

// A copy, so the edits never touch the manuscript; the figure cache is shared, as an author's is.
const root = await mkdtemp(path.join(tmpdir(), 'bench-dev-'));
await cp(path.join(book, 'manuscript'), path.join(root, 'manuscript'), { recursive: true });
await cp(path.join(book, 'themes'), path.join(root, 'themes'), { recursive: true }).catch(() => undefined);
await mkdir(path.join(book, '.cache'), { recursive: true });
await symlink(path.join(book, '.cache'), path.join(root, '.cache'));
const out = path.join(root, 'preview');
const file = path.join(root, 'manuscript', lang, chapter);
const page = `${lang}/${chapter.replace(/\.md$/, '')}.html`;

const t0 = performance.now();
const steps: string[] = [];
const preview = await startPreview({ root, port: 0, langs: [lang], out, log: (line) => line.startsWith('✓ ' + lang + '/') && steps.push(line) });
const startup = performance.now() - t0;

const socket = new WebSocket(`ws://127.0.0.1:${preview.port}/__dev/ws`);
await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
let waiting: ((at: number) => void) | undefined;
socket.on('message', (data) => {
  const message = JSON.parse(String(data)) as DevMessage;
  if (message.type === 'reload' && message.pages.includes(page)) waiting?.(performance.now());
  if (message.type === 'errors') console.error(message.text);
});

// The paragraph edited: the first plain prose line of the chapter's middle third.
const original = await readFile(file, 'utf8');
const lines = original.split('\n');
let at = Math.floor(lines.length / 3);
while (!/^[A-Z][^|`:<>#]{60,}$/.test(lines[at] ?? '')) at++;
const times: number[] = [];
// CPU time the process spent from the write to the reload: what the wait would be on an idle core.
const cpuTimes: number[] = [];
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
try {
  for (let i = 0; i < edits; i++) {
    const edited = [...lines];
    edited[at] = `${lines[at]} This sentence was added by edit number ${i} of the benchmark.`;
    const arrived = new Promise<number>((resolve) => (waiting = resolve));
    const start = performance.now();
    const cpuStart = cpu();
    await writeFile(file, edited.join('\n'));
    const end = await Promise.race([arrived, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no reload within 10 s')), 10_000))]);
    times.push(end - start);
    cpuTimes.push(cpu() - cpuStart);
    const served = await (await fetch(`${preview.url}${page}`)).text();
    if (!served.includes(`edit number ${i} of the benchmark`)) throw new Error(`the reloaded page lacks edit ${i}`);
    await preview.idle();
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
} finally {
  socket.close();
  await preview.close();
}

const t1 = performance.now();
const build = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(toolchain, 'build', 'cli.ts'), 'build', '--book', root, '--format', 'html', '--lang', lang, '--out', path.join(root, 'dist')], { cwd: toolchain });
const full = performance.now() - t1;
const fullAll = await (async () => {
  const t = performance.now();
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(toolchain, 'build', 'cli.ts'), 'build', '--book', root, '--format', 'html', '--out', path.join(root, 'dist-all')], { cwd: toolchain });
  return performance.now() - t;
})();
await rm(root, { recursive: true, force: true });

console.log(`live preview of ${path.relative(process.cwd(), book) || '.'}, ${lang}/${chapter} (${lines.length} lines), a one-paragraph edit, ${edits} times:`);
console.log(`  edit to reload message   median ${fmt(median(times))}   min ${fmt(Math.min(...times))}   max ${fmt(Math.max(...times))}`);
console.log(`  CPU time in that span     median ${fmt(median(cpuTimes))}   (the machine's load average: ${loadavg().map((l) => l.toFixed(1)).join(', ')})`);
console.log(`  each edit                ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
console.log(`  the preview's own account of each rebuild:\n${steps.map((l) => `    ${l}`).join('\n')}`);
console.log(`  preview start (${lang})      ${fmt(startup)}`);
console.log(`  full build --format html --lang ${lang}   ${fmt(full)}   (${build.stdout.trim().split('\n').find((l) => l.startsWith('✓ load')) ?? ''})`);
console.log(`  full build --format html (every language)   ${fmt(fullAll)}`);
console.log(`  target: at most 200 ms median; ${median(times) <= 200 ? 'met' : 'NOT met'}`);
