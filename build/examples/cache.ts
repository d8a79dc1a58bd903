// Results of passing runs and type checks, keyed by what determines them:
// the code, its attributes, the interpreter and the library versions.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWhole } from '../write-whole.ts';

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
    // Written whole, so parallel runs never read half a result.
    await writeWhole(path.join(this.dir, `${key}.json`), JSON.stringify(value));
  }
}
