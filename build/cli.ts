// The command line: `build` (every format, every language by default).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { BuildError, report } from './diagnostics.ts';
import { formats, type Format } from './render/context.ts';

const usage = `usage: build [--book DIR] [--out DIR] [--format html,pdf,epub] [--lang en,ru]

  --book DIR     book root holding manuscript/<lang>/ (default: .)
  --out DIR      output folder (default: <book>/dist)
  --format LIST  formats to build (default: html,pdf,epub)
  --lang LIST    languages to build (default: every manuscript/<lang>/ with a book.yaml)`;

function list(value: string | undefined): string[] | undefined {
  return value?.split(',').map((s) => s.trim()).filter(Boolean);
}

async function size(file: string): Promise<string> {
  const bytes = (await stat(file)).size;
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      book: { type: 'string', default: '.' },
      out: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'build';
  if (values.help || command !== 'build') {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const chosen = list(values.format) ?? [...formats];
  const bad = chosen.filter((f) => !(formats as readonly string[]).includes(f));
  if (bad.length > 0) {
    console.error(`Unknown format ${bad.join(', ')} (known: ${formats.join(', ')})`);
    return 2;
  }
  const root = path.resolve(values.book);
  const out = path.resolve(values.out ?? path.join(root, 'dist'));
  const start = performance.now();
  const written = await build({ root, out, formats: chosen as Format[], langs: list(values.lang), log: (line) => console.log(line) });
  const downloads = written.filter((f) => /\.(pdf|epub)$/.test(f));
  const pages = written.filter((f) => f.endsWith('.html'));
  console.log(`\nBuilt in ${((performance.now() - start) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), out) || '.'}/`);
  if (pages.length > 0) console.log(`  site      ${pages.length} pages, start at ${path.relative(process.cwd(), pages.find((p) => p.endsWith('index.html')) ?? pages[0] ?? '')}`);
  for (const file of downloads) console.log(`  ${path.extname(file).slice(1).padEnd(9)} ${path.relative(process.cwd(), file)} (${await size(file)})`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BuildError) {
      console.error(report(error.files));
      console.error(`Build failed: ${error.message}; earlier outputs are untouched.`);
    } else {
      console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
