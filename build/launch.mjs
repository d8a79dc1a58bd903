// Starts the command line without compiling TypeScript on every run: build/cli.ts
// and everything it imports are bundled once by esbuild into
// .cache/cli/<hash>/, keyed by the SHA-256 of every source under build/,
// tsconfig.json and esbuild's version, and that file is imported from then on.
// Packages stay external (resolved from node_modules as before), and each
// module's `import.meta.url` keeps naming its own source file, so files found
// beside the sources (the sandbox's scripts, the theme, the search client)
// are found as before.
import { mkdirSync, readdirSync, readFileSync, renameSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceHash } from './source-hash.mjs';

const buildDir = path.dirname(fileURLToPath(import.meta.url));
const toolchain = path.dirname(buildDir);
const cacheDir = path.join(toolchain, '.cache', 'cli');

function esbuildVersion() {
  const manifest = path.join(toolchain, 'node_modules', 'esbuild', 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/**
 * Bundles build/cli.ts into `outdir`, one chunk per command so a command loads
 * only its own packages (written into a temporary folder, then renamed, so
 * parallel runs never see half a bundle).
 */
async function bundle(outdir) {
  const esbuild = await import('esbuild');
  const partial = `${outdir}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: { cli: path.join(buildDir, 'cli.ts') },
    outdir: partial,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    sourcemap: 'inline',
    outExtension: { '.js': '.mjs' },
    sourcesContent: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'own-import-meta-url',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
          });
        },
      },
    ],
  });
  try {
    renameSync(partial, outdir);
  } catch (error) {
    // Another run finished the same bundle first.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(outdir)) throw error;
  }
}

const version = esbuildVersion();
const hash = sourceHash(toolchain, `launch-1\0${version}\0${process.version}`);
const outdir = path.join(cacheDir, hash);
if (!existsSync(outdir)) {
  mkdirSync(cacheDir, { recursive: true });
  // Bundles of sources that no longer exist (never this one, which a parallel run may have just made).
  for (const old of readdirSync(cacheDir)) if (/^[0-9a-f]{32}$/.test(old) && old !== hash) rmSync(path.join(cacheDir, old), { recursive: true, force: true });
  await bundle(outdir);
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(outdir, 'cli.mjs')).href);
