// The command line: build (default), dev, examples, extract, schema, check.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError, report } from './diagnostics.ts';

// Each command is imported when it runs, so a command loads only the packages it uses.

const usage = `usage:
  build    [--book DIR] [--out DIR] [--format html,pdf,epub] [--lang en,ru] [--list-links]
  dev      [--book DIR] [--port N] [--lang en,ru] [--open] [--all]
           the live preview on http://127.0.0.1:PORT, rebuilt and reloaded on every save
  examples [--book DIR] [--filter TEXT] [--no-cache] [--update] [--jobs N] [--shard I/N] [--junit FILE]
  extract  [--book DIR]
  check    [--book DIR] [--out DIR] [--jobs N] [--no-examples]
           the release gate: examples, build, links, epubcheck, PDF checks
  schema   [--out FILE]   write book.yaml's JSON Schema (default manuscript/book.schema.json)
  translations [--book DIR] [--lang LIST] [--check] [--json]
           each translation's chapters: translated, stale (with a word diff of the source), missing
  translations --sync LANG CHAPTER.md... [--section ID] [--rev REV]
           mark a translated chapter (or one section) as following the source (at REV)

  --book DIR     book root holding manuscript/<lang>/ (default: .)
  --out DIR      output folder (default: <book>/dist)
  --format LIST  formats to build (default: html,pdf,epub)
  --lang LIST    languages to build (default: every manuscript/<lang>/ with a book.yaml)
  --port N       dev: the preview's port (default 3000; 0 picks a free one)
  --open         dev: open the preview in the system's browser
  --all          dev: also rebuild the PDF and EPUB after every change (default: when asked for)
  --list-links   after the build, check the site's internal links and list its external ones (to check by hand)
  --filter TEXT  only examples whose file or listing contains TEXT
  --no-cache     run every example and type-check every file again
  --update       write the actual output into the manuscript's output blocks
  --jobs N       examples run at once (default 8; they mostly wait)
  --shard I/N    run the I-th of N parts, balanced by each example's last duration (CI matrices)
  --junit FILE   also write a JUnit XML report of the examples
  --check        translations: exit 1 when anything is stale, not synced, missing or misaligned
  --json         translations: print the status as JSON`;

function list(value: string | undefined): string[] | undefined {
  return value?.split(',').map((s) => s.trim()).filter(Boolean);
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
      filter: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'no-examples': { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      jobs: { type: 'string', default: '8' },
      shard: { type: 'string' },
      junit: { type: 'string' },
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      sync: { type: 'boolean', default: false },
      section: { type: 'string' },
      rev: { type: 'string' },
      'list-links': { type: 'boolean', default: false },
      port: { type: 'string', default: '3000' },
      open: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'build';
  if (values.help) {
    console.log(usage);
    return 0;
  }
  switch (command) {
    case 'build':
      return (await import('./commands/build.ts')).buildCommand({ book: values.book, out: values.out, format: list(values.format), lang: list(values.lang), listLinks: values['list-links'] });
    case 'dev': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`--port wants a port number, not ${values.port}`);
        return 2;
      }
      return (await import('./commands/dev.ts')).devCommand({ book: values.book, port, lang: list(values.lang), open: values.open, all: values.all });
    }
    case 'examples':
      return (await (await import('./commands/examples.ts')).examplesCommand({ book: values.book, filter: values.filter, cache: !values['no-cache'], update: values.update, jobs: Math.max(1, Number(values.jobs) || 8), shard: values.shard, junit: values.junit && path.resolve(values.junit) })).code;
    case 'extract':
      return (await import('./commands/extract.ts')).extractCommand({ book: values.book });
    case 'check':
      return (await import('./commands/check.ts')).checkCommand({ book: values.book, out: values.out, jobs: Math.max(1, Number(values.jobs) || 8), examples: !values['no-examples'] });
    case 'translations':
      return (await import('./commands/translations.ts')).translationsCommand({ book: values.book, json: values.json, check: values.check, sync: values.sync ? positionals.slice(1) : undefined, section: values.section, rev: values.rev, lang: list(values.lang) });
    case 'schema':
      return (await import('./commands/schema.ts')).schemaCommand(values.out);
    default:
      console.error(`Unknown command ${command}\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BuildError) {
      console.error(report(error.files));
      console.error(`Failed: ${error.message}; earlier outputs are untouched.`);
    } else {
      console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
