// Where the theme lives: the book's own, else the toolchain's default.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const toolchainRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The book's own theme if it has one, else the toolchain's default theme. */
export function themeDir(root: string): string {
  const own = path.join(root, 'themes', 'default');
  return existsSync(own) ? own : path.join(toolchainRoot, 'themes', 'default');
}
