// Checks every image the same way, however it was written (`![alt](src)`,
// `![alt][ref]`, raw `<img>`): a local file must exist inside the manuscript
// folder and every image needs alternative text, or the build fails at its
// line. Records the local images a chapter uses, so renderers copy or embed
// each file once.
//
// A remote image is never fetched: the build is offline and its outputs must
// not depend on another server. It becomes a link to the image, its text the
// alternative text, in every format, with a warning at its line (inside a
// link, as a badge is, it becomes that text alone).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { error, warn } from '../diagnostics.ts';

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

const external = /^[a-z][a-z0-9+.-]*:|^\/\//i;

function placeholder(src: string, alt: string, insideLink: boolean): ElementContent {
  const text: ElementContent = { type: 'text', value: alt || src };
  if (insideLink) return { type: 'element', tagName: 'span', properties: { className: ['remote-image'] }, children: [text] };
  return { type: 'element', tagName: 'a', properties: { href: src, className: ['remote-image'] }, children: [text] };
}

export default function rehypeImages({ dir }: Options) {
  return (tree: Root, file: VFile) => {
    const images = new Set<string>();
    const inLinks = new Set<Element>();
    visit(tree, 'element', (link: Element) => {
      if (link.tagName === 'a') visit(link, 'element', (node: Element) => void (node.tagName === 'img' && inLinks.add(node)));
    });
    visit(tree, 'element', (image: Element, index, parent) => {
      // A diagram's image is drawn later by build/figures/; remark-figures checked its alt text.
      if (image.tagName !== 'img' || image.properties.dataFigure !== undefined) return;
      const src = typeof image.properties.src === 'string' ? image.properties.src : '';
      const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : '';
      if (src === '') {
        error(file, 'Image without a source (`src`)', image, 'image:missing');
        return;
      }
      if (!alt) error(file, `Image \`${src}\` has no alternative text`, image, 'image:alt');
      if (external.test(src)) {
        warn(file, `Remote image \`${src}\` is not fetched (the book builds offline): it is shown as a link with its alternative text; copy the file into the book to show it`, image, 'image:remote');
        if (parent && index !== undefined) parent.children[index] = placeholder(src, alt, inLinks.has(image));
        return;
      }
      let relative: string;
      try {
        relative = path.posix.normalize(decodeURI(src.replace(/[?#].*$/, '')));
      } catch {
        error(file, `Image \`${src}\` is not a valid path`, image, 'image:missing');
        return;
      }
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        error(file, `Image \`${src}\` lies outside the manuscript folder`, image, 'image:outside');
      } else if (!existsSync(path.join(dir, relative))) {
        error(file, `Missing image \`${src}\``, image, 'image:missing');
      } else {
        images.add(relative);
        image.properties.src = relative;
      }
    });
    file.data.images = [...images];
  };
}
