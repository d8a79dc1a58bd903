// A translated example must be the same program as the source's: the two are
// compared as Python tokens (Python's own tokenizer, in the examples'
// interpreter), ignoring comments, blank lines and what string literals say.
// Anything else that differs is an error at the translated line, naming the
// source file and line too.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { error } from '../diagnostics.ts';
import { programBody, programLabel, type Program } from '../examples/extract.ts';

/** [token type, text, line in the body (1-based), column (0-based)] */
export type Token = [string, string, number, number];

// Comments and line breaks inside brackets (NL) carry no meaning; a string's
// text may be translated, but the string itself stays (its kind of literal too: b'', f'').
const tokenizer = `
import io, json, re, sys, tokenize
out = []
for source in json.load(sys.stdin):
    tokens = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(source).readline):
            kind = tokenize.tok_name[t.type]
            if kind in ("COMMENT", "NL", "ENCODING"):
                continue
            text = t.string
            if kind == "STRING":
                text = re.match(r"[A-Za-z]*", text).group(0).lower() + "…"
            tokens.append([kind, text, t.start[0], t.start[1]])
        out.append({"tokens": tokens})
    except (tokenize.TokenError, SyntaxError) as e:
        out.append({"error": str(e)})
print(json.dumps(out))
`;

/** The code a session runs: its >>> and ... lines without the prompts. */
function sessionCode(body: string): { code: string; lines: number[] } {
  const lines: number[] = [];
  const code: string[] = [];
  body.split('\n').forEach((line, i) => {
    const match = /^(?:>>>|\.\.\.)(?: |$)(.*)$/.exec(line);
    if (!match) return;
    code.push(match[1] ?? '');
    lines.push(i + 1);
  });
  return { code: `${code.join('\n')}\n`, lines };
}

interface Tokenized {
  tokens: Token[];
  error?: string;
}

async function tokenize(sources: string[], python: string): Promise<Tokenized[]> {
  if (sources.length === 0) return [];
  const child = promisify(execFile)(python, ['-c', tokenizer], { maxBuffer: 256 * 1024 * 1024 });
  child.child.stdin?.end(JSON.stringify(sources));
  const results = JSON.parse((await child).stdout) as { tokens?: Token[]; error?: string }[];
  return results.map((r) => ({ tokens: r.tokens ?? [], error: r.error }));
}

/** A program's code as tokenized, with the body line of each code line (sessions drop their output lines). */
function codeOf(program: Program): { code: string; lines: number[] } {
  const body = programBody(program);
  if (program.kind === 'session') return sessionCode(body);
  return { code: body, lines: body.split('\n').map((_, i) => i + 1) };
}

/** Manuscript line and column of a token. */
function place(program: Program, lines: number[], token: Token | undefined): { line: number; column: number } {
  if (!token) return { line: program.lines.at(-1) ?? program.line, column: 1 };
  const bodyLine = lines[token[2] - 1] ?? 1;
  // Index 0 of the line map is the header line; body line n is index n.
  return { line: program.lines[bodyLine] ?? program.line, column: token[3] + 1 + (program.kind === 'session' ? 4 : 0) };
}

const describe = (token: Token | undefined) => (token === undefined ? 'the end of the program' : token[0] === 'STRING' ? 'a string' : ['NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER'].includes(token[0]) ? `${token[0].toLowerCase()}` : `\`${token[1]}\``);

export interface CodeIdentityOptions {
  /** The book root, for naming source files relative to it. */
  root: string;
  /** The examples' interpreter. */
  python: string;
}

/**
 * Pairs each translated program with the source's of the same file name in
 * the same chapter and reports every difference that is not a comment or a
 * string's text; also an example the translation adds or leaves out.
 */
export async function checkCodeIdentity(translated: readonly Program[], source: readonly Program[], options: CodeIdentityOptions): Promise<void> {
  const byPath = new Map(source.map((p) => [p.path, p]));
  const pairs: [Program, Program][] = [];
  for (const program of translated) {
    const twin = byPath.get(program.path);
    if (twin) pairs.push([program, twin]);
    else {
      const sourceFile = path.relative(options.root, source[0]?.chapter.file.path ?? '') || 'the source chapter';
      error(program.chapter.file, `${programLabel(program)} has no example with the same file name in ${sourceFile}; a translation keeps the source's examples and their file= names`, { line: program.line, column: 1 }, 'translation:example');
    }
  }
  const translatedPaths = new Set(translated.map((p) => p.path));
  for (const program of source) {
    if (translatedPaths.has(program.path)) continue;
    const file = translated[0]?.chapter.file;
    if (file) error(file, `The translation leaves out ${programLabel(program)} of ${path.relative(options.root, program.chapter.file.path)}:${program.line}`, { line: 1, column: 1 }, 'translation:example');
  }
  const codes = pairs.flatMap(([mine, theirs]) => [codeOf(mine), codeOf(theirs)]);
  const tokens = await tokenize(codes.map((c) => c.code), options.python);
  pairs.forEach(([mine, theirs], i) => {
    const [a, b] = [tokens[2 * i], tokens[2 * i + 1]];
    const [linesA, linesB] = [codes[2 * i]?.lines ?? [], codes[2 * i + 1]?.lines ?? []];
    const sourcePlace = (token: Token | undefined) => {
      const p = place(theirs, linesB, token);
      return `${path.relative(options.root, theirs.chapter.file.path)}:${p.line}:${p.column}`;
    };
    if (a?.error || b?.error) {
      if (a?.error && !b?.error) error(mine.chapter.file, `${programLabel(mine)} cannot be tokenized as Python (${a.error}), unlike the source at ${sourcePlace(undefined)}`, { line: mine.line, column: 1 }, 'translation:code');
      return;
    }
    const [x, y] = [a?.tokens ?? [], b?.tokens ?? []];
    const differs = (s: Token | undefined, t: Token | undefined) => s?.[0] !== t?.[0] || s?.[1] !== t?.[1];
    const at = Array.from({ length: Math.max(x.length, y.length) }, (_, k) => k).find((k) => differs(x[k], y[k]));
    if (at === undefined) return;
    error(
      mine.chapter.file,
      `${programLabel(mine)} is not the same program as the source's: ${describe(x[at])} here, ${describe(y[at])} at ${sourcePlace(y[at])} (a translation may change only comments and the text of strings)`,
      place(mine, linesA, x[at]),
      'translation:code',
    );
  });
}
