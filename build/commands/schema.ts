// `schema`: publishes book.yaml's schema as JSON Schema, for editors that
// complete and check YAML as the author types.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookJsonSchema } from '../schema.ts';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'manuscript', 'book.schema.json');

export function schemaText(): string {
  return `${JSON.stringify({ ...bookJsonSchema(), title: 'book.yaml' }, null, 2)}\n`;
}

export async function schemaCommand(out = schemaFile): Promise<number> {
  await writeFile(out, schemaText());
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
  return 0;
}
