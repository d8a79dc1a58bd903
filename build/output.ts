// Staged output: a build writes into a temporary folder beside the output and
// moves its files into place only when everything succeeded, so a failed build
// never leaves half-written files over good ones.
import { mkdir, mkdtemp, readdir, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';

export class Staging {
  private constructor(readonly dir: string, readonly target: string) {}

  static async create(target: string): Promise<Staging> {
    const parent = path.dirname(path.resolve(target));
    await mkdir(parent, { recursive: true });
    // Same file system as the target, so the final moves are renames.
    const dir = await mkdtemp(path.join(parent, `.${path.basename(target)}-staging-`));
    return new Staging(dir, path.resolve(target));
  }

  path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  async write(relative: string, data: string | Uint8Array): Promise<void> {
    const file = this.path(relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }

  async copy(from: string, relative: string): Promise<void> {
    const file = this.path(relative);
    await mkdir(path.dirname(file), { recursive: true });
    await copyFile(from, file);
  }

  /** Moves every staged file over its target; returns the files written. */
  async commit(): Promise<string[]> {
    const moved: string[] = [];
    const walk = async (relative: string): Promise<void> => {
      for (const entry of await readdir(this.path(relative), { withFileTypes: true })) {
        const child = path.join(relative, entry.name);
        if (entry.isDirectory()) await walk(child);
        else {
          const target = path.join(this.target, child);
          await mkdir(path.dirname(target), { recursive: true });
          await rename(this.path(child), target);
          moved.push(target);
        }
      }
    };
    await walk('');
    await this.discard();
    return moved;
  }

  /** Removes scratch files that are not part of the output. */
  async discardPath(relative: string): Promise<void> {
    await rm(this.path(relative), { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
