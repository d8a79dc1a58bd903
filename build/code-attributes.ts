// The info-string attributes of a fenced code block: ```python file=x.py caption="..."
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

export type ParsedAttributes = { attributes: CodeAttributes; problems: string[] };

const fileName = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function parseCodeAttributes(lang: string, meta: string | null | undefined): ParsedAttributes {
  const attributes: CodeAttributes = {};
  const problems: string[] = [];
  if (!meta || meta.trim() === '') return { attributes, problems };
  const allowed = allowedAttributes[lang] ?? captionOnly;
  // Shell quoting is the syntax authors already know for `key="two words"`.
  const words = parseShellWords(meta, (name) => `$${name}`);
  for (const word of words) {
    if (typeof word !== 'string') {
      problems.push(`Unexpected \`${'op' in word ? word.op : JSON.stringify(word)}\` in code attributes: quote values that hold special characters`);
      continue;
    }
    const eq = word.indexOf('=');
    const key = (eq === -1 ? word : word.slice(0, eq)) as AttributeName;
    const value = eq === -1 ? undefined : word.slice(eq + 1);
    if (!allowed.includes(key)) {
      const list = allowed.length > 0 ? allowed.join(', ') : 'none';
      problems.push(`Unknown code-block attribute \`${key}\` for \`${lang || 'plain'}\` blocks (allowed: ${list})`);
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
  return { attributes, problems };
}
