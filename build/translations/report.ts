// What `npm run translations` prints: a table per language a translator reads
// at a glance, the stale sections with a word diff of what changed in the
// source, heading-anchor problems at file:line:column, missing locale words;
// or the same as JSON for tools.
import type { ChangeObject } from 'diff';
import { report } from '../diagnostics.ts';
import type { ChapterStatus, LanguageStatus } from './status.ts';

export interface Styles {
  removed: (text: string) => string;
  added: (text: string) => string;
  dim: (text: string) => string;
}

/** Git's plain word-diff marks, readable without colour (and in a CI log). */
export const plainStyles: Styles = { removed: (t) => `[-${t}-]`, added: (t) => `{+${t}+}`, dim: (t) => t };

export const colourStyles: Styles = {
  removed: (t) => `\x1b[31m[-${t}-]\x1b[39m`,
  added: (t) => `\x1b[32m{+${t}+}\x1b[39m`,
  dim: (t) => `\x1b[2m${t}\x1b[22m`,
};

/** Whether anything needs the translator: a stale, unsynced or missing chapter, a misaligned heading or a missing locale word. */
export function needsWork(status: LanguageStatus): boolean {
  return status.missingStrings.length > 0 || status.chapters.some((c) => c.state !== 'translated' || c.missingIds.length > 0 || c.unknownIds.length > 0);
}

/** The lines of a word diff that changed, each with its removed and added words marked. */
export function wordDiffLines(diff: readonly ChangeObject<string>[], styles: Styles, width = 160): string[] {
  const marked = diff.map((part) => (part.removed ? styles.removed(part.value) : part.added ? styles.added(part.value) : part.value)).join('');
  const plain = diff.map((part) => (part.removed ? `\u0001${part.value}\u0002` : part.added ? `\u0001${part.value}\u0002` : part.value)).join('');
  // Lines of the marked text that hold a change (a change spanning lines marks each of them).
  const markedLines = marked.split('\n');
  const plainLines = plain.split('\n');
  let open = false;
  const keep: string[] = [];
  plainLines.forEach((line, i) => {
    const touched = open || line.includes('\u0001') || line.includes('\u0002');
    for (const char of line) {
      if (char === '\u0001') open = true;
      else if (char === '\u0002') open = false;
    }
    if (touched) keep.push(markedLines[i] ?? '');
  });
  return keep.map((line) => (line.length > width * 2 ? `${line.slice(0, width * 2)}…` : line));
}

function stateText(chapter: ChapterStatus): string {
  switch (chapter.state) {
    case 'missing':
      return 'missing';
    case 'unsynced':
      return 'not synced';
    case 'stale':
      return `stale: ${chapter.stale.length} of ${chapter.sections} sections`;
    default:
      return 'translated';
  }
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('   ')}`.trimEnd());
}

export function formatStatus(statuses: readonly LanguageStatus[], styles: Styles = plainStyles): string {
  const out: string[] = [];
  for (const status of statuses) {
    const count = (state: ChapterStatus['state']) => status.chapters.filter((c) => c.state === state).length;
    out.push(
      `${status.lang} (translated from ${status.source}): ${status.chapters.length} chapters: ${count('translated')} translated, ${count('stale')} stale, ${count('unsynced')} not synced, ${count('missing')} missing`,
      '',
    );
    out.push(
      ...table([
        ['chapter', 'state', 'stale sections'],
        ...status.chapters.map((c) => [c.chapter, stateText(c), c.state === 'unsynced' ? `run: npm run translations -- --sync ${status.lang} ${c.chapter}` : c.stale.map((s) => `#${s.id}`).join(' ')]),
      ]),
    );
    const stale = status.chapters.filter((c) => c.state === 'stale');
    for (const chapter of stale) {
      for (const section of chapter.stale) {
        out.push('', `${status.lang}/${chapter.chapter} #${section.id}: ${section.kind === 'new' ? 'never synced' : 'the source changed since the sync'} (${status.source}/${chapter.chapter}:${section.line} ${section.title})`);
        if (section.kind === 'changed') out.push(...wordDiffLines(section.diff, styles).map((line) => `    ${line}`));
      }
    }
    const misaligned = status.chapters.flatMap((c) => (c.file && (c.missingIds.length > 0 || c.unknownIds.length > 0) ? [c.file] : []));
    if (misaligned.length > 0) out.push('', 'Headings that do not keep the source\'s anchors:', report(misaligned));
    out.push(
      '',
      status.missingStrings.length > 0
        ? `${status.locale}: missing ${status.missingStrings.join(', ')} (English is used for them)`
        : `${status.locale}: every word the toolchain writes is translated`,
    );
    if (stale.length > 0) out.push('', `After updating a translation, mark it synced: npm run translations -- --sync ${status.lang} CHAPTER.md [--section ID]`);
    out.push('');
  }
  if (statuses.length === 0) out.push('No translations: no manuscript/<lang>/book.yaml names a `source` language.');
  return out.join('\n');
}

/** The status for tools: the same facts, the diffs as lists of {value, added, removed}. */
export function statusJson(statuses: readonly LanguageStatus[]): string {
  return JSON.stringify(
    statuses.map((status) => ({
      ...status,
      chapters: status.chapters.map(({ file, ...chapter }) => ({
        ...chapter,
        messages: file?.messages.map((m) => ({ reason: m.reason, line: m.line, column: m.column, rule: m.ruleId, fatal: m.fatal === true })) ?? [],
        stale: chapter.stale.map((s) => ({ ...s, diff: s.diff.map((d) => ({ value: d.value, added: d.added, removed: d.removed })) })),
      })),
    })),
    null,
    2,
  );
}
