// The info-string attributes of a fenced code block: ```python file=x.py caption="..."
// Two forms common in other Markdown tools work on every block: `{1,3-5}`
// highlights those lines, and `title="..."` is another name for `caption`.
// An attribute the toolchain does not know is an error on the blocks it runs
// (python, pycon, output) and is ignored with a warning on any other block.
import { parse as parseShellWords } from 'shell-quote';

export interface CodeAttributes {
  file?: string;
  caption?: string;
  id?: string;
  raises?: string;
  norun?: string;
  timeout?: number;
  fragment?: boolean;
  /** A figure's text alternative. */
  alt?: string;
  /** Lines to highlight, as written: `{1,3-5}`. */
  highlight?: string;
}

export type AttributeName = keyof CodeAttributes;

/** Which attributes each language of block accepts. */
export const allowedAttributes: Record<string, readonly AttributeName[]> = {
  python: ['file', 'caption', 'id', 'raises', 'norun', 'timeout', 'fragment'],
  pycon: ['file', 'caption', 'id', 'timeout'],
  output: [],
  // Diagrams, drawn into figures at build time (build/figures/).
  mermaid: ['id', 'caption', 'alt'],
};

/** Languages whose blocks may carry a caption without being examples (console, text, …). */
export const captionOnly: readonly AttributeName[] = ['caption', 'id'];

export type ParsedAttributes = {
  attributes: CodeAttributes;
  /** Errors. */
  problems: string[];
  /** Attributes ignored, for a warning. */
  ignored: string[];
};

const lineRanges = /^\{\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*\}$/;

const fileName = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function parseCodeAttributes(lang: string, meta: string | null | undefined): ParsedAttributes {
  const attributes: CodeAttributes = {};
  const problems: string[] = [];
  const ignored: string[] = [];
  if (!meta || meta.trim() === '') return { attributes, problems, ignored };
  const runs = lang in allowedAttributes;
  const allowed = allowedAttributes[lang] ?? captionOnly;
  // Shell quoting is the syntax authors already know for `key="two words"`.
  const words = parseShellWords(meta, (name) => `$${name}`);
  for (const word of words) {
    if (typeof word !== 'string') {
      problems.push(`Unexpected \`${'op' in word ? word.op : JSON.stringify(word)}\` in code attributes: quote values that hold special characters`);
      continue;
    }
    if (word.startsWith('{')) {
      if (lineRanges.test(word)) attributes.highlight = word;
      else problems.push(`Lines to highlight are written \`{1,3-5}\`, got \`${word}\``);
      continue;
    }
    const eq = word.indexOf('=');
    const written = eq === -1 ? word : word.slice(0, eq);
    const key = (written === 'title' && allowed.includes('caption') ? 'caption' : written) as AttributeName;
    const value = eq === -1 ? undefined : word.slice(eq + 1);
    if (!allowed.includes(key)) {
      const list = [...allowed, ...(allowed.includes('caption') ? ['title'] : []), '{lines}'].join(', ');
      if (runs) problems.push(`Unknown code-block attribute \`${written}\` for \`${lang}\` blocks (allowed: ${list})`);
      else ignored.push(`Code-block attribute \`${written}\` is ignored (the toolchain knows ${list})`);
      continue;
    }
    switch (key) {
      case 'fragment':
        if (value !== undefined) problems.push('`fragment` takes no value');
        attributes.fragment = true;
        break;
      case 'timeout': {
        const seconds = Number(value);
        if (!value || !Number.isFinite(seconds) || seconds <= 0) problems.push('`timeout` must be a positive number of seconds');
        else attributes.timeout = seconds;
        break;
      }
      case 'file':
        if (!value || !fileName.test(value)) problems.push(`\`file\` must be a plain file name (letters, digits, _ . -), got \`${value ?? ''}\``);
        else attributes.file = value;
        break;
      default:
        if (!value) problems.push(`\`${key}\` needs a value: ${key}="..."`);
        else attributes[key] = value;
    }
  }
  return { attributes, problems, ignored };
}
