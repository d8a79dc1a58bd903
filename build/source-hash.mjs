// The SHA-256 of the toolchain's own code: every source under build/ and
// tsconfig.json, plus whatever else the caller names. Plain JavaScript, as
// launch.mjs needs it before any TypeScript runs; the caches that hold what
// the code made (build/chapter-cache.ts) key on it too.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every source file under dir, in a stable order. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '__pycache__' ? [] : sources(file);
      return /\.(ts|mts|mjs|js|json)$/.test(entry.name) ? [file] : [];
    });
}

/**
 * @param {string} toolchain the folder holding build/
 * @param {string} salt what else the result depends on (a tool's version, a format's name)
 * @param {string[]} [extra] more files, relative to toolchain
 * @returns {string} 32 hex digits
 */
export function sourceHash(toolchain, salt, extra = []) {
  const hash = createHash('sha256').update(`${salt}\0`);
  const files = [...sources(path.join(toolchain, 'build')), ...['tsconfig.json', ...extra].map((file) => path.join(toolchain, file))];
  for (const file of files) {
    hash.update(path.relative(toolchain, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
