// Diagnostics: vfile messages with positions, a build error that carries them,
// and the report printed with vfile-reporter.
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

const source = 'book';

type Place = Node | Position | Point | undefined;

/** Records an error on the file and goes on, so one build reports every error. */
export function error(file: VFile, reason: string, place: Place, rule: string): void {
  const message = file.message(reason, { place: placeOf(place), ruleId: rule, source });
  message.fatal = true;
}

/** A non-blocking remark for the author. */
export function warn(file: VFile, reason: string, place: Place, rule: string): void {
  file.message(reason, { place: placeOf(place), ruleId: rule, source });
}

/** Records an error and stops: for problems after which nothing sensible can follow. */
export function fail(file: VFile, reason: string, place: Place, rule: string): never {
  error(file, reason, place, rule);
  throw new BuildError([file]);
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/** Thrown when the manuscript has errors; the files hold the messages. */
export class BuildError extends Error {
  constructor(readonly files: VFile[]) {
    super(`${files.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0)} error(s) in the manuscript`);
    this.name = 'BuildError';
  }
}

/** Throws a BuildError if any file has an error. */
export function assertNoErrors(files: readonly VFile[]): void {
  if (hasErrors(files)) throw new BuildError(files.filter((file) => file.messages.length > 0));
}

export function report(files: readonly VFile[]): string {
  const withMessages = files.filter((file) => file.messages.length > 0);
  return withMessages.length === 0 ? '' : reporter([...withMessages], { quiet: true });
}

function placeOf(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return (place as Node).position;
  return place as Position | Point;
}
