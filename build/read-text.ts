// Reading an author's text file: it must be UTF-8. Invalid bytes are an error
// at their line and column, never silently turned into U+FFFD.
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { error } from './diagnostics.ts';

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });

/** The file as a VFile; invalid UTF-8 leaves an error message on it. */
export async function readText(filePath: string): Promise<VFile> {
  const bytes = await readFile(filePath);
  const file = new VFile({ path: filePath, value: decoder.decode(bytes) });
  if (!isUtf8(bytes)) {
    // A newline byte never occurs inside a multi-byte sequence, so lines can be checked one by one.
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
      const bytesOfLine = bytes.subarray(start, end);
      if (!isUtf8(bytesOfLine)) {
        const column = firstInvalid(bytesOfLine);
        const bad = bytesOfLine[column.byte] ?? 0;
        error(file, `Invalid UTF-8: byte 0x${bad.toString(16).padStart(2, '0')} is not part of a valid character; save the file as UTF-8`, { line, column: column.character }, 'text:encoding');
        break;
      }
      start = end + 1;
    }
  }
  return file;
}

/** Byte offset of the first invalid sequence in a line, and its column in characters. */
function firstInvalid(line: Uint8Array): { byte: number; character: number } {
  let character = 1;
  for (let i = 0; i < line.length; character++) {
    const lead = line[i]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > line.length || !isUtf8(line.subarray(i, i + size))) return { byte: i, character };
    i += size;
  }
  return { byte: line.length, character };
}
