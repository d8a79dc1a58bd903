// Splitting the examples across CI jobs: `--shard I/N`, balanced by each
// example's last recorded duration (kept beside the run cache, which CI
// restores for every job alike), so every job gets about the same work and
// every example lands in exactly one job.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Program } from './extract.ts';
import { writeWhole } from '../write-whole.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard takes I/N with 1 ≤ I ≤ N, such as 2/4; got ${text}`);
  return { index, count };
}

/** Seconds per example file, from earlier runs. */
export type Durations = Record<string, number>;

const durationsFile = (cacheDir: string) => path.join(cacheDir, 'durations.json');

export async function loadDurations(cacheDir: string): Promise<Durations> {
  const text = await readFile(durationsFile(cacheDir), 'utf8').catch(() => '{}');
  return JSON.parse(text) as Durations;
}

export async function saveDurations(cacheDir: string, durations: Durations): Promise<void> {
  await writeWhole(durationsFile(cacheDir), `${JSON.stringify(durations, null, 1)}\n`);
}

/**
 * The programs of one shard: longest first, each to the shard with the least
 * work so far (ties to the lower shard), so the split is the same in every job.
 * An example never timed counts as the median of those that were.
 */
export function shardOf(programs: Program[], durations: Durations, shard: Shard): Program[] {
  const known = programs.map((p) => durations[p.path]).filter((s): s is number => s !== undefined).sort((a, b) => a - b);
  const typical = known[Math.floor(known.length / 2)] ?? 1;
  const cost = (p: Program) => durations[p.path] ?? typical;
  const order = [...programs].sort((a, b) => cost(b) - cost(a) || a.path.localeCompare(b.path));
  const loads = Array.from({ length: shard.count }, () => 0);
  const mine = new Set<Program>();
  for (const program of order) {
    const target = loads.indexOf(Math.min(...loads));
    loads[target]! += cost(program);
    if (target === shard.index - 1) mine.add(program);
  }
  return programs.filter((p) => mine.has(p));
}
