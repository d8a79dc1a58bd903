// The link checker over a built site: every internal href and src resolves
// to a file, and every fragment to an id in it; external links are listed
// (the build is offline, so an author checks those by hand).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface LinkReport {
  /** Pages checked, relative to the site folder. */
  pages: number;
  /** "en/02-sync-vs-async.html → 05-asyncio-module.html#tasks (no such id)". */
  broken: string[];
  /** External URLs, each once, sorted. */
  external: string[];
}

const parser = unified().use(rehypeParse);
const externalRef = /^[a-z][a-z0-9+.-]*:/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function linksAndIds(tree: Root): { refs: string[]; ids: Set<string> } {
  const refs: string[] = [];
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const { id, href, src } = node.properties;
    if (typeof id === 'string') ids.add(id);
    if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
    for (const ref of [href, src]) if (typeof ref === 'string' && ref !== '') refs.push(ref);
  });
  return { refs, ids };
}

export async function checkLinks(siteDir: string): Promise<LinkReport> {
  const files = await htmlFiles(siteDir);
  const pages = new Map<string, { refs: string[]; ids: Set<string> }>();
  await Promise.all(files.map(async (file) => pages.set(file, linksAndIds(parser.parse(await readFile(file, 'utf8'))))));
  const exists = new Map<string, boolean>();
  const fileExists = async (file: string) => {
    if (!exists.has(file)) exists.set(file, await readFile(file).then(() => true, () => false));
    return exists.get(file)!;
  };
  const broken: string[] = [];
  const external = new Set<string>();
  for (const [file, { refs }] of pages) {
    const from = path.relative(siteDir, file);
    for (const ref of refs) {
      if (externalRef.test(ref)) {
        if (/^https?:/i.test(ref)) external.add(ref);
        continue;
      }
      const [target = '', fragment] = ref.split('#');
      const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURI(target.split('?')[0]!));
      if (!(await fileExists(resolved))) broken.push(`${from} → ${ref} (no such file)`);
      else if (fragment && resolved.endsWith('.html') && !pages.get(resolved)?.ids.has(decodeURIComponent(fragment))) broken.push(`${from} → ${ref} (no such id)`);
    }
  }
  return { pages: pages.size, broken: broken.sort(), external: [...external].sort() };
}
