// Writing a file whole or not at all: to a temporary name beside it, then
// renamed into place, so a reader (a parallel run, an interrupted build, a
// browser reloading a preview) never sees half a file.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function whole(file: string, fill: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Unique per writer, also between writers in one process.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await fill(temporary);
  await rename(temporary, file);
}

export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await whole(file, (temporary) => writeFile(temporary, data));
}

export async function copyWhole(from: string, to: string): Promise<void> {
  await whole(to, (temporary) => copyFile(from, temporary));
}
