// Files kept by content under <book>/.cache/<name>/<lang>/, each named by a
// key that hashes all that made it, so a file found is exactly what would be
// made again. A build keeps the entries it used and removes the others.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from './source-hash.mjs';
import { writeWhole } from './write-whole.ts';

const toolchainDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let code: string | undefined;

/** The toolchain's own code and packages, for a cache of what that code makes. */
export function codeVersion(): string {
  code ??= sourceHash(toolchainDir, 'code-1', ['package-lock.json']);
  return code;
}

export class ContentCache {
  private readonly used = new Set<string>();
  constructor(
    readonly dir: string,
    /** What every entry depends on besides its own inputs (a format's name, the code that made it). */
    readonly salt: string,
  ) {}

  key(...inputs: string[]): string {
    const hash = createHash('sha256').update(this.salt);
    for (const input of inputs) hash.update('\0').update(input);
    return hash.digest('hex');
  }

  async get(key: string, ext: string): Promise<Buffer | undefined> {
    this.used.add(key);
    return readFile(path.join(this.dir, `${key}.${ext}`)).catch(() => undefined);
  }

  async set(key: string, ext: string, data: string | Uint8Array): Promise<void> {
    await writeWhole(path.join(this.dir, `${key}.${ext}`), data);
  }

  /** Removes every entry this cache was not asked for. */
  async prune(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const file of await readdir(this.dir)) {
      if (!this.used.has(file.replace(/\..*$/, ''))) await rm(path.join(this.dir, file), { force: true });
    }
  }
}
