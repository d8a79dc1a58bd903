// Benchmark of the EPUB: build time (Chromium's launch and the cover apart,
// since a full build shares one Chromium), size by kind of entry, and checks
// that each image is embedded once and that repeated builds give the same
// bytes. Prints figures; asserts nothing.
//   npm run bench:epub -- [BOOK_ROOT] [LANG]
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../build/chromium.ts';
import { loadBook } from '../build/load-book.ts';
import { Staging } from '../build/output.ts';
import { coverPng } from '../build/render/cover.ts';
import { renderEpub } from '../build/render/epub.ts';
import { readZip } from '../tests/read-zip.ts';

const root = path.resolve(process.argv[2] ?? '.');
const lang = process.argv[3] ?? 'en';
const runs = 3;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const t0 = performance.now();
const book = await loadBook(root, lang);
const load = performance.now() - t0;
const t1 = performance.now();
const browser = await launchChromium();
const launch = performance.now() - t1;
const out = await mkdtemp(path.join(tmpdir(), 'bench-epub-'));
try {
  const t2 = performance.now();
  await coverPng(book, browser);
  const cover = performance.now() - t2;
  const times: number[] = [];
  const files: Buffer[] = [];
  for (let i = 0; i < runs; i++) {
    const staging = await Staging.create(path.join(out, String(i)));
    const start = performance.now();
    await renderEpub({ book, staging, base: lang, downloads: [], browser: async () => browser, editions: [] });
    times.push(performance.now() - start);
    files.push(await readFile(staging.path(lang, `${book.config.slug}.epub`)));
    await staging.discard();
  }
  const epub = files[0]!;
  const entries = readZip(epub).filter((e) => !e.name.endsWith('/'));
  const kinds = new Map<string, { count: number; bytes: number }>();
  for (const entry of entries) {
    const kind = path.extname(entry.name) || entry.name;
    const k = kinds.get(kind) ?? { count: 0, bytes: 0 };
    kinds.set(kind, { count: k.count + 1, bytes: k.bytes + entry.data.length });
  }
  const images = entries.filter((e) => /\.(png|jpe?g|gif|svg)$/.test(e.name));
  const distinct = new Set(images.map((e) => sha256(e.data))).size;
  const sorted = [...times].sort((a, b) => a - b);

  console.log(`epub: ${path.relative(process.cwd(), root) || '.'} ${lang}, ${book.chapters.length} chapters, ${book.images.length} manuscript images`);
  console.log(`load (shared by every format) ${seconds(load)}   chromium launch (shared) ${seconds(launch)}   cover PNG ${seconds(cover)}`);
  console.log(`epub render ×${runs}: ${times.map(seconds).join(', ')}   median ${seconds(sorted[Math.floor(runs / 2)]!)}`);
  console.log(`size ${kb(epub.length)} (${entries.length} files, ${kb(entries.reduce((n, e) => n + e.data.length, 0))} uncompressed)`);
  for (const [kind, { count, bytes }] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${kind.padEnd(10)} ${String(count).padStart(3)} × → ${kb(bytes)} uncompressed`);
  console.log(`images: ${images.length} files, ${distinct} distinct: ${images.length === distinct ? 'none duplicated' : 'DUPLICATES'}`);
  console.log(`reproducible: ${new Set(files.map(sha256)).size === 1 ? `yes, ${runs} builds give sha256 ${sha256(epub).slice(0, 16)}…` : 'NO, builds differ'}`);
} finally {
  await browser.close();
  await rm(out, { recursive: true, force: true });
}
