// Reads the code blocks' attributes, numbers the listings of a chapter and
// names the program each example belongs to.
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseCodeAttributes, type CodeAttributes } from '../code-attributes.ts';
import { error, warn } from '../diagnostics.ts';
import type { Listing } from '../model.ts';

export type CodeRole = 'example' | 'session' | 'output' | 'plain';

export interface CodeInfo {
  role: CodeRole;
  attributes: CodeAttributes;
  /** Present on numbered blocks. */
  listing?: Listing & { continued: boolean };
  /** The file in code/<chapter>/ an example or session belongs to. */
  program?: string;
}

declare module 'mdast' {
  interface CodeData {
    info?: CodeInfo;
  }
}

declare module 'vfile' {
  interface DataMap {
    listings: Listing[];
  }
}

export interface Options {
  chapterNumber: number;
}

function roleOf(code: Code, attributes: CodeAttributes): CodeRole {
  if (code.lang === 'python') return attributes.fragment ? 'plain' : 'example';
  if (code.lang === 'pycon') return 'session';
  if (code.lang === 'output') return 'output';
  return 'plain';
}

export default function remarkListings(options: Options) {
  return (tree: Root, file: VFile) => {
    const listings: Listing[] = [];
    const programs = new Map<string, Listing>();
    // A program whose output block has been given is complete; its name used again is a duplicate.
    const firstPart = new Map<string, Code>();
    const completed = new Set<string>();
    let programCount = 0;
    let previous: CodeInfo | undefined;
    let previousCode: Code | undefined;
    visit(tree, 'code', (code: Code, index, parent) => {
      const { attributes, problems, ignored } = parseCodeAttributes(code.lang ?? '', code.meta);
      for (const problem of problems) error(file, problem, code, 'code:attribute');
      for (const note of ignored) warn(file, note, code, 'code:attribute');
      const role = roleOf(code, attributes);
      const info: CodeInfo = { role, attributes };
      const nextNumber = () => `${options.chapterNumber}.${listings.length + 1}`;
      if (role === 'example' || role === 'session') {
        programCount += 1;
        const fallback = `${role === 'example' ? 'listing' : 'session'}_${String(programCount).padStart(2, '0')}.${role === 'example' ? 'py' : 'txt'}`;
        const program = attributes.file ?? fallback;
        if (role === 'session' && attributes.file && !program.endsWith('.txt')) error(file, '`pycon` sessions are stored as .txt files (doctest format)', code, 'code:file');
        if (role === 'example' && attributes.file && !program.endsWith('.py')) error(file, 'Python examples need a .py file name', code, 'code:file');
        info.program = program;
        const first = programs.get(program);
        const firstCode = firstPart.get(program);
        if (completed.has(program) && firstCode) {
          const at = (node: Code) => node.position?.start.line ?? 0;
          error(file, `Duplicate example file name \`${program}\`: also used at line ${at(firstCode)}, whose program already ended with its output block; give this example its own \`file=\``, code, 'code:duplicate-file');
          error(file, `Duplicate example file name \`${program}\`: used again at line ${at(code)} for another example`, firstCode, 'code:duplicate-file');
        }
        if (!firstCode) firstPart.set(program, code);
        if (first) {
          if (attributes.caption) error(file, `A later part of ${program} has its own caption; put the caption on the first part`, code, 'code:caption');
          info.listing = { ...first, continued: true };
        } else if (role === 'example' || attributes.caption) {
          // Every program is a numbered listing; a session only when captioned.
          const listing: Listing = { id: attributes.id ?? `lst-${program.replace(/\.[^.]+$/, '')}`, number: nextNumber(), caption: attributes.caption };
          programs.set(program, listing);
          listings.push(listing);
          info.listing = { ...listing, continued: false };
        }
      } else if (role === 'plain' && attributes.caption) {
        const listing: Listing = { id: attributes.id ?? `lst-${options.chapterNumber}-${listings.length + 1}`, number: nextNumber(), caption: attributes.caption };
        listings.push(listing);
        info.listing = { ...listing, continued: false };
      } else if (role === 'output') {
        const adjacent = previousCode && parent && index !== undefined && parent.children[index - 1] === previousCode;
        if (!adjacent || previous?.role !== 'example') error(file, 'An `output` block must come right after a Python example', code, 'code:output');
        else if (previous.program) completed.add(previous.program);
      }
      code.data = { ...code.data, info };
      previous = info;
      previousCode = code;
    });
    const seen = new Set<string>();
    for (const listing of listings) {
      if (seen.has(listing.id)) error(file, `Two listings share the id \`${listing.id}\``, undefined, 'code:id');
      seen.add(listing.id);
    }
    file.data.listings = listings;
  };
}
