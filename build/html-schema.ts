// What HTML a book may contain: GitHub's sanitising schema (the HTML a README
// may hold) plus the elements and classes the toolchain itself writes, with
// Markdown's ids kept as written (they are the book's anchors) and no script,
// style, form or event handler. Raw HTML in a chapter is reduced to this in
// every format; rehype-raw-html.ts warns about what it leaves out.
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

type Definitions = NonNullable<Schema['attributes']>[string];

/** The class names the toolchain writes are any, so `className` is allowed with any value. */
const anyClass = (definitions: Definitions = []): Definitions =>
  definitions.map((d) => (Array.isArray(d) && d[0] === 'className' ? 'className' : d));

const attributes: NonNullable<Schema['attributes']> = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [tag, anyClass(definitions)]),
);

export const bookSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'aside', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr'],
  attributes: {
    ...attributes,
    '*': [...(attributes['*'] ?? []), 'className', 'ariaHidden', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy'],
    a: [...(attributes.a ?? []), 'ariaHidden'],
    // Lines to highlight, for Shiki (code-handler.ts, highlight.ts).
    code: [...(attributes.code ?? []), 'metastring'],
    // A diagram's image, its source filled in once drawn (remark-figures.ts, load-book.ts).
    img: [...(attributes.img ?? []), 'dataFigure'],
    // A listing's program in code/, for the site's link to it (code-handler.ts, rehype-listing-tools.ts).
    figure: [...(attributes.figure ?? []), 'dataProgram'],
  },
  // Script and style would show as text if only their tags went.
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'iframe', 'object'],
  clobber: [],
  clobberPrefix: '',
};

/** Raw HTML elements the schema keeps. */
export const keptTags: ReadonlySet<string> = new Set(bookSchema.tagNames);
/** Raw HTML elements the schema drops together with their content. */
export const droppedTags: ReadonlySet<string> = new Set(bookSchema.strip);
