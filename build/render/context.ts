// What every renderer receives: the loaded book and where to write.
import type { Browser } from 'puppeteer-core';
import type { Book } from '../model.ts';
import type { Staging } from '../output.ts';
import type { Edition } from './editions.ts';

export const formats = ['html', 'pdf', 'epub'] as const;
export type Format = (typeof formats)[number];

export interface RenderContext {
  book: Book;
  staging: Staging;
  /** Folder inside the output for this language ("en"). */
  base: string;
  /** Download files (pdf, epub) this build writes beside the site. */
  downloads: string[];
  /** Every language edition of the book (this one too), for the site's language switcher. */
  editions: Edition[];
  /** One Chromium for the whole build, launched on first use. */
  browser: () => Promise<Browser>;
}
