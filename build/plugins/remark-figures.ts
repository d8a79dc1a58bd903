// Diagrams written as text (```mermaid id=fig-x caption="..." alt="...")
// become numbered figures. This plugin only reads the attributes, numbers
// the figures of a chapter and leaves a <figure> whose image has no source
// yet: the diagrams are drawn once for the whole book (build/figures/), and
// load-book fills the sources in.
import type { Code, Root } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { parseCodeAttributes } from '../code-attributes.ts';
import { error } from '../diagnostics.ts';
import type { Figure } from '../model.ts';
import { format, type Strings } from '../strings.ts';

/** A diagram block once numbered: rendered to hast as its <figure> (see `data`). */
export interface FigureNode extends Node {
  type: 'diagramFigure';
  data: { hName: 'figure'; hProperties: Element['properties']; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface RootContentMap {
    diagramFigure: FigureNode;
  }
  interface BlockContentMap {
    diagramFigure: FigureNode;
  }
}

declare module 'hast' {
  interface ElementData {
    /** On a figure's <img>: the index of its diagram in the chapter's figures. */
    figure?: number;
  }
}

declare module 'vfile' {
  interface DataMap {
    figures: Figure[];
  }
}

export interface Options {
  chapterNumber: number;
  strings: Strings;
  /** The code-block languages that are diagrams ("mermaid"). */
  languages: readonly string[];
}

export default function remarkFigures({ chapterNumber, strings, languages }: Options) {
  return (tree: Root, file: VFile) => {
    const figures: Figure[] = [];
    visit(tree, 'code', (code: Code, index, parent) => {
      if (!code.lang || !languages.includes(code.lang) || !parent || index === undefined) return;
      const { attributes, problems } = parseCodeAttributes(code.lang, code.meta);
      for (const problem of problems) error(file, problem, code, 'figure:attribute');
      const number = `${chapterNumber}.${figures.length + 1}`;
      const id = attributes.id ?? `fig-${chapterNumber}-${figures.length + 1}`;
      if (!/^[A-Za-z][\w-]*$/.test(id)) error(file, `Figure id \`${id}\` must be letters, digits, - and _, starting with a letter`, code, 'figure:id');
      const alt = attributes.alt?.trim() ?? '';
      if (alt === '') error(file, `Figure ${number} has no alternative text: describe the diagram for a reader who cannot see it (alt="...")`, code, 'figure:alt');
      // The diagram's first line sits one line below the fence.
      const line = (code.position?.start.line ?? 0) + 1;
      const figure: Figure = { id, number, caption: attributes.caption, alt, language: code.lang, source: code.value, line };
      figures.push(figure);

      const label = format(strings.figureLabel, { n: number });
      const caption: ElementContent[] = [{ type: 'element', tagName: 'span', properties: { className: ['figure-label'] }, children: [{ type: 'text', value: label }] }];
      if (figure.caption) caption.push({ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['figure-caption'] }, children: [{ type: 'text', value: figure.caption }] });
      // The cast: hast-util-from-parse5 declares ElementData.position as required.
      // The index is an attribute, not unist data, so it survives sanitizing; load-book removes it once the image is drawn.
      const image: Element = { type: 'element', tagName: 'img', properties: { src: '', alt, dataFigure: figures.length - 1 }, children: [] };
      const node: FigureNode = {
        type: 'diagramFigure',
        position: code.position,
        data: {
          hName: 'figure',
          hProperties: { className: ['figure'], id },
          hChildren: [image, { type: 'element', tagName: 'figcaption', properties: {}, children: caption }],
        },
      };
      parent.children[index] = node;
      return SKIP;
    });
    const seen = new Set<string>();
    for (const figure of figures) {
      if (seen.has(figure.id)) error(file, `Two figures share the id \`${figure.id}\``, { line: figure.line - 1, column: 1 }, 'figure:id');
      seen.add(figure.id);
    }
    file.data.figures = figures;
  };
}
