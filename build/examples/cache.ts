// Results of passing runs and type checks, keyed by what determines them:
// the code, its attributes, the interpreter and the library versions.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function hashOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export class ResultCache<T> {
  constructor(private readonly dir: string, private readonly enabled: boolean) {}

  async get(key: string): Promise<T | undefined> {
    if (!this.enabled) return undefined;
    const text = await readFile(path.join(this.dir, `${key}.json`), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: T): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${key}.json`);
    // Written whole and renamed, so parallel runs never read half a result.
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, file);
  }
}
