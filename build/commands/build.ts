// `build`: every format, every language by default.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../build.ts';
import { checkLinks } from '../check/links.ts';
import { formats, type Format } from '../render/context.ts';

export interface BuildArgs {
  book: string;
  out: string | undefined;
  format: string[] | undefined;
  lang: string[] | undefined;
  /** Check the built site's internal links and list its external ones. */
  listLinks?: boolean;
}

async function size(file: string): Promise<string> {
  const bytes = (await stat(file)).size;
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function buildCommand(args: BuildArgs): Promise<number> {
  const chosen = args.format ?? [...formats];
  const bad = chosen.filter((f) => !(formats as readonly string[]).includes(f));
  if (bad.length > 0) {
    console.error(`Unknown format ${bad.join(', ')} (known: ${formats.join(', ')})`);
    return 2;
  }
  const root = path.resolve(args.book);
  const out = path.resolve(args.out ?? path.join(root, 'dist'));
  const start = performance.now();
  const written = await build({ root, out, formats: chosen as Format[], langs: args.lang, log: (line) => console.log(line), warnings: (text) => console.error(text) });
  const rel = (file: string) => path.relative(process.cwd(), file) || '.';
  console.log(`\nBuilt in ${((performance.now() - start) / 1000).toFixed(1)} s → ${rel(out)}/`);
  const editions = path.join(out, 'index.html');
  if (written.includes(editions)) console.log(`  editions  ${rel(editions)}`);
  const indexes = written.filter((f) => path.basename(f) === 'index.html' && f !== editions);
  for (const index of indexes) {
    const pages = written.filter((f) => f.endsWith('.html') && path.dirname(f) === path.dirname(index)).length;
    console.log(`  site      ${rel(index)} (${pages} pages)`);
  }
  for (const file of written.filter((f) => /\.(pdf|epub)$/.test(f))) console.log(`  ${path.extname(file).slice(1).padEnd(9)} ${rel(file)} (${await size(file)})`);
  if (args.listLinks && indexes.length > 0) {
    // Every language's site, as built now or left by an earlier build.
    const links = await checkLinks(out);
    console.log(`\nLinks: ${links.pages} pages, ${links.broken.length} broken internal, ${links.external.length} external (check these by hand):`);
    for (const broken of links.broken) console.log(`  broken    ${broken}`);
    for (const url of links.external) console.log(`  external  ${url}`);
    if (links.broken.length > 0) return 1;
  }
  return 0;
}
