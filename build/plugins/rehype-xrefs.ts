// Resolves links between and within chapters: checks that the chapter and
// anchor exist, writes "Chapter 4" / "Section 4.2" / "Listing 4.3" into links
// left empty, and marks each link with its target so that every format can
// write its own href. A link with no target at all (`[x]()`) is an error.
//
// A link to a file that is not a chapter (`LICENSE`, `examples/app.js`) is
// marked with the file, which the formats carry along (see model.ts, `files`).
// One outside the manuscript folder goes to the book's `repository` address
// if book.yaml names one, else stays as its text; either way with a warning.
// A missing file is an error.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementData, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { error, warn } from '../diagnostics.ts';
import type { XrefTarget } from '../model.ts';

declare module 'hast' {
  interface ElementData {
    xref?: XrefTarget;
    /** The link text was filled in here, so resolving again (a live rebuild) refreshes it. */
    xrefLabel?: boolean;
    /** A linked file that is not a chapter, relative to the language folder. */
    file?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Files that are not chapters linked from the chapter, relative to the language folder. */
    files: string[];
  }
}

export interface ChapterTargets {
  name: string;
  /** The label an empty link to the chapter itself gets. */
  label: string;
  /** Every id in the chapter, with the label an empty link to it gets, if any. */
  ids: Map<string, string | undefined>;
}

export interface Options {
  /** Keyed by the chapter's manuscript file name, as links write it. */
  chapters: ReadonlyMap<string, ChapterTargets>;
  current: string;
  /** The language folder that links are relative to. */
  dir: string;
  /** The book root, for paths in the repository. */
  root: string;
  /** book.yaml's `repository`, where files outside the manuscript folder are linked. */
  repository?: string;
}

const external = /^[a-z][a-z0-9+.-]*:/i;

export default function rehypeXrefs({ chapters, current, dir, root, repository }: Options) {
  return (tree: Root, file: VFile) => {
    const files = new Set<string>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (href.trim() === '') {
        error(file, 'Link without a target: `[text]()` links nowhere; give it a chapter, #anchor, file or URL', node, 'link:empty-target');
        return;
      }
      if (external.test(href)) return;
      const hashAt = href.indexOf('#');
      const filePart = (hashAt === -1 ? href : href.slice(0, hashAt)).replace(/^\.\//, '');
      const id = hashAt === -1 ? '' : decodeURIComponent(href.slice(hashAt + 1));
      const target = chapters.get(filePart === '' ? current : filePart);
      const local = target ? undefined : localFile(dir, filePart);
      if (local?.kind === 'inside') {
        files.add(local.path);
        node.data = { ...node.data, file: local.path } as ElementData;
        return;
      }
      if (local?.kind === 'outside' && parent && index !== undefined) {
        const where = path.relative(root, path.resolve(dir, local.path)).split(path.sep).join('/');
        if (repository && !where.startsWith('..')) {
          warn(file, `Link to \`${filePart}\`, outside the manuscript folder: it points to the book's repository`, node, 'link:outside');
          node.properties.href = `${repository.replace(/\/$/, '')}/${where}`;
        } else {
          warn(file, `Link to \`${filePart}\`, outside the book${repository ? '' : ' (book.yaml names no `repository` to link to)'}: it is shown as its text`, node, 'link:outside');
          parent.children[index] = { type: 'element', tagName: 'span', properties: {}, children: node.children };
        }
        return;
      }
      if (!target) {
        if (filePart.endsWith('.md')) error(file, `Link to missing chapter \`${filePart}\` (no such chapter in book.yaml, and no such file)`, node, 'link:chapter');
        else error(file, `Link to missing file \`${filePart}\` (relative to ${path.basename(dir)}/)`, node, 'link:file');
        return;
      }
      if (id !== '' && !target.ids.has(id)) {
        error(file, `Link to missing anchor \`#${id}\` in \`${filePart || current}\``, node, 'link:anchor');
        return;
      }
      // The cast: hast-util-from-parse5 declares ElementData.position as required.
      const filled = node.data?.xrefLabel === true;
      node.data = { ...node.data, xref: { chapter: target.name, id } } as ElementData;
      if (!filled && toString(node).trim() !== '') return;
      const label = id === '' ? target.label : target.ids.get(id);
      if (label === undefined) error(file, `Empty link text, and \`#${id}\` has no number to fill it with`, node, 'link:empty');
      else {
        node.children = [{ type: 'text', value: label }];
        node.data.xrefLabel = true;
      }
    });
    file.data.files = [...files];
  };
}

type LocalFile = { kind: 'inside' | 'outside'; path: string };

/** A linked path that names an existing file: inside the language folder (and not a folder itself), or outside it. */
function localFile(dir: string, filePart: string): LocalFile | undefined {
  if (filePart === '') return undefined;
  let relative: string;
  try {
    relative = path.posix.normalize(decodeURI(filePart));
  } catch {
    return undefined;
  }
  const absolute = path.resolve(dir, relative);
  if (!existsSync(absolute)) return undefined;
  const inside = !relative.startsWith('..') && !path.isAbsolute(relative) && statSync(absolute).isFile();
  return { kind: inside ? 'inside' : 'outside', path: relative };
}
