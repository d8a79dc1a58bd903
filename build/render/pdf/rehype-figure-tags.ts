// What Chromium makes of the print document's figures and code when it tags
// the PDF (one structure element per accessible role, see structure.ts):
//
// - A figure's wrapper (a listing's, a diagram's) is a group, which Chromium
//   tags Div: a diagram's <img alt> is then the one Figure, with the
//   manuscript's alt text as its /Alt, beside its Caption; a listing is a Div
//   of its Caption and its code.
// - Each code line carries its own text to the PDF. A Figure's /Alt (its
//   accessible name) is the one string Chromium writes into a structure
//   element, so every line is a figure named with a marker, a key and its
//   text; structure.ts turns it into a Code element whose /ActualText is that
//   text, leading spaces included, which the page itself draws as positions,
//   not as space glyphs. Accessible names collapse white space, so the text
//   travels percent-encoded, in ASCII: characters the fonts lack (private-use
//   ones, tried first) sent Chromium through font fallback and made two builds
//   lay some code runs out differently. The key tells the two parts of a line
//   that Paged.js splits across pages from two lines that read the same.
// - A program's output and an admonition are groups too (Div), so their
//   label stays with what it labels.
// - A task list's checkbox is an image named "Done" or "Not done" (a Figure
//   with that /Alt): Chromium would tag it Form, which in a PDF is for a
//   field a reader fills in, and a printed box is not one.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Opens a code line's name: `codeline:KEY:TEXT`, key and text percent-encoded. */
export const LINE_PREFIX = 'codeline:';

// Shiki writes `class` as a plain property, not hast's `className`.
const classesOf = (node: Element) => String(node.properties.class ?? node.properties.className ?? '').split(/[ ,]/);

/** A code line's accessible name: the prefix, its key and its text, percent-encoded (no white space, nothing outside ASCII). */
export const lineName = (key: string, text: string) => `${LINE_PREFIX}${encodeURIComponent(key)}:${encodeURIComponent(text)}`;

/** The lines of a `code` block: Shiki's line spans, or, for plain text (a program's output), spans made here in the same shape. */
function codeLines(code: Element): Element[] {
  const lines = code.children.filter((child): child is Element => child.type === 'element' && classesOf(child).includes('line'));
  if (lines.length > 0 || !code.children.every((child) => child.type === 'text')) return lines;
  const text = toString(code).replace(/\n$/, '');
  const made = text.split('\n').map((line): Element => ({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: line ? [{ type: 'text', value: line }] : [] }));
  code.children = made.flatMap((line, i): ElementContent[] => (i < made.length - 1 ? [line, { type: 'text', value: '\n' }] : [line]));
  return made;
}

export interface FigureTagsOptions {
  /** Keeps the lines' keys apart across the chapters of one print document. */
  scope: string;
  /** A checkbox's name, ticked and not. */
  taskDone: string;
  taskOpen: string;
}

export default function rehypeFigureTags(options: FigureTagsOptions = { scope: '', taskDone: 'Done', taskOpen: 'Not done' }) {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node, _index, parent) => {
      const classes = classesOf(node);
      const group =
        (node.tagName === 'figure' && (classes.includes('figure') || classes.includes('listing'))) ||
        (node.tagName === 'div' && classes.includes('output')) ||
        (node.tagName === 'aside' && classes.includes('admonition'));
      if (group) node.properties.role = 'group';
      if (node.tagName === 'input' && node.properties.type === 'checkbox') {
        node.properties.role = 'img';
        node.properties.ariaLabel = node.properties.checked ? options.taskDone : options.taskOpen;
      }
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      for (const line of codeLines(node)) {
        n += 1;
        const text = toString(line).replace(/\n$/, '');
        if (text.trim() === '') continue;
        line.properties.role = 'figure';
        line.properties.ariaLabel = lineName(`${options.scope}.${n}`, text);
      }
    });
  };
}
