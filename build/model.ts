// The book model: loaded and transformed once, then read by every renderer.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import type { BookIndex } from './book-index/entries.ts';
import type { BookConfig } from './config.ts';
import type { IndexMark } from './plugins/remark-index.ts';
import type { Strings } from './strings.ts';

export interface Heading {
  /** The numbered levels only: deeper headings are not in the outline. */
  depth: 1 | 2 | 3;
  id: string;
  /** "3" for a chapter, "3.2" for a section, "3.2.1" for a subsection. */
  number: string;
  text: string;
}

export interface Listing {
  id: string;
  /** "2.3" */
  number: string;
  caption: string | undefined;
}

/** A numbered figure: a diagram written as text in the manuscript, drawn at build time. */
export interface Figure {
  id: string;
  /** "5.2" */
  number: string;
  caption: string | undefined;
  /** The text alternative, for a reader who cannot see the picture. */
  alt: string;
  /** The diagram language, the fenced block's: "mermaid". */
  language: string;
  source: string;
  /** The manuscript line of the diagram's first line (just below the fence). */
  line: number;
}

/** An image file every format carries: one of the manuscript's, or a drawn figure. */
export interface BookImage {
  /** Where it sits beside the pages, relative to the language folder, as pages link to it: "images/loop.svg", "figures/3f2a….svg". */
  path: string;
  /** The file to copy. */
  source: string;
}

export interface Chapter {
  index: number;
  /** File stem, also the page name: "02-sync-vs-async". */
  name: string;
  /** Manuscript file name relative to the language folder: "02-sync-vs-async.md". */
  source: string;
  /** The folder holding the file: manuscript/<lang>, or the source language's for a chapter not yet translated. */
  dir: string;
  /** BCP 47 tag of the chapter's text: the book's language, or the source's for a chapter not yet translated. */
  language: string;
  /** A chapter a translation does not have yet, shown in the source language with a notice. */
  fallback: boolean;
  /** Translated sections whose source changed since they were synced: each gets a notice (site) linking to the source. */
  outdated: OutdatedSection[];
  number: number;
  title: string;
  headings: Heading[];
  listings: Listing[];
  figures: Figure[];
  /** Index terms marked in the chapter and the Python names its prose mentions, each an anchor in the HTML. */
  indexMarks: IndexMark[];
  file: VFile;
  mdast: MdastRoot;
  hast: HastRoot;
}

export interface OutdatedSection {
  /** The section's anchor, the same in every language. */
  id: string;
  /** Its heading as the translation has it. */
  title: string;
}

export interface Book {
  /** The book root (the folder holding manuscript/). */
  root: string;
  lang: string;
  /** manuscript/<lang> */
  dir: string;
  config: BookConfig;
  strings: Strings;
  chapters: Chapter[];
  /** Local images the chapters use and the figures drawn for them, each once. */
  images: BookImage[];
  /** Files that are not chapters, linked from the chapters, relative to dir, each once: copied into the site, shown as text documents in the EPUB. */
  files: string[];
  /** The index: terms by letter, the Python API by module (empty when the book marks none). */
  index: BookIndex;
  /** Languages the highlighted code uses, for loading only those grammars. */
  codeLanguages: string[];
  /** Date of the manuscript's last change (not the clock), for reproducible output. */
  modified: Date;
}

/** A cross-reference target, resolved per format into an href. */
export interface XrefTarget {
  chapter: string;
  /** Empty for the chapter itself. */
  id: string;
}
