// What every renderer receives: the loaded book and where to write.
import type { Book } from '../model.ts';
import type { Staging } from '../output.ts';

export const formats = ['html', 'pdf', 'epub'] as const;
export type Format = (typeof formats)[number];

export interface RenderContext {
  book: Book;
  staging: Staging;
  /** Folder inside the output for this language ("en"). */
  base: string;
  /** Download files (pdf, epub) this build writes beside the site. */
  downloads: string[];
}
