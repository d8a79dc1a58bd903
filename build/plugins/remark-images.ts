// Checks that every local image exists and records the images a chapter uses,
// so renderers copy or embed each file once.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { error } from '../diagnostics.ts';

declare module 'vfile' {
  interface DataMap {
    /** Image paths relative to the language folder. */
    images: string[];
  }
}

export interface Options {
  /** The language folder that image paths are relative to. */
  dir: string;
}

const external = /^[a-z][a-z0-9+.-]*:/i;

export default function remarkImages({ dir }: Options) {
  return (tree: Root, file: VFile) => {
    const images = new Set<string>();
    visit(tree, 'image', (image) => {
      if (external.test(image.url)) {
        error(file, `Remote image \`${image.url}\`: the book builds offline, so images must be local files`, image, 'image:remote');
        return;
      }
      const relative = path.posix.normalize(decodeURI(image.url));
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        error(file, `Image \`${image.url}\` lies outside the manuscript folder`, image, 'image:outside');
      } else if (!existsSync(path.join(dir, relative))) {
        error(file, `Missing image \`${image.url}\``, image, 'image:missing');
      } else {
        images.add(relative);
        image.url = relative;
      }
      if (!image.alt) error(file, `Image \`${image.url}\` has no alternative text`, image, 'image:alt');
    });
    file.data.images = [...images];
  };
}
