// Keeps parsing linear in the length of a paragraph. GFM's email autolink
// literal is tried at the start of every word, and each failed try ends a
// `data` token, so a paragraph's text arrives in many adjacent `data` tokens.
// micromark merges adjacent ones with an `Array#splice` of the paragraph's
// whole event list per run, so a long paragraph whose words alternate with
// other tokens (`at 10:30 a <b> c:d …`) took time growing with the square of
// its length. This construct reads a word that cannot start a GFM literal
// autolink (no `@` after it, not `www.`, not `http:`/`https:`) as one token of
// its own (the rest of the paragraph's text is as before), compiled exactly like `data`: the text and its positions are the
// same, and no run of adjacent `data` tokens is left to splice.
import type { CompileContext, Extension as FromMarkdownExtension, Token as MdastToken } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    plainWord: 'plainWord';
  }
}

const isAlphanumeric = (code: Code) => code !== null && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
/** Characters of an email address's local part (GFM's atext). */
const isAtext = (code: Code) => isAlphanumeric(code) || code === 43 || code === 45 || code === 46 || code === 95;
const lower = (code: Code) => (code !== null && code >= 65 && code <= 90 ? code + 32 : code);

/** Lookahead: the characters of an email address's local part, then `@`. */
function tokenizeEmailStart(effects: Effects, ok: State, nok: State): State {
  const inside: State = (code) => {
    if (code === 64) return ok(code);
    if (!isAtext(code)) return nok(code);
    effects.consume(code);
    return inside;
  };
  // A lookahead consumes too, inside a token (thrown away with it).
  return (code) => {
    effects.enter('plainWord');
    return inside(code);
  };
}

const emailStart: Construct = { tokenize: tokenizeEmailStart, partial: true };

function tokenizePlainWord(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let word = '';
  const inside: State = (code) => {
    if (isAlphanumeric(code)) {
      word += String.fromCharCode(lower(code) as number);
      effects.consume(code);
      return inside;
    }
    // What an autolink literal could begin with is left to GFM.
    if ((word === 'www' && code === 46) || ((word === 'http' || word === 'https') && code === 58)) return nok(code);
    effects.exit('plainWord');
    return ok(code);
  };
  const word0: State = (code) => {
    effects.enter('plainWord');
    return inside(code);
  };
  // An email address is GFM's too.
  return (code) => effects.check(emailStart, nok, word0)(code);
}

const plainWord: Construct = { name: 'plainWord', tokenize: tokenizePlainWord, add: 'before' };

function syntax(): Extension {
  const text: Record<number, Construct> = {};
  for (let code = 48; code < 123; code++) if (isAlphanumeric(code)) text[code] = plainWord;
  return { text };
}

/** Compiled as `data` is: appended to the current text node. */
function fromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      plainWord(this: CompileContext, token: MdastToken) {
        this.config.enter.data?.call(this, token);
      },
    },
    exit: {
      plainWord(this: CompileContext, token: MdastToken) {
        this.config.exit.data?.call(this, token);
      },
    },
  };
}

export default function remarkPlainWords(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(syntax());
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown());
}
