// The hyphen package ships no types; the part of its API the build uses.
declare module 'hyphen/*' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  export function hyphenateSync(text: string, options?: HyphenOptions): string;
}
