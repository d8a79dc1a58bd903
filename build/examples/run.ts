// Running one example as the book prints it (without code/'s header line):
// a fresh temporary folder, stdin closed, stdout and
// stderr into one file (so their order is kept), a timeout, and the whole
// process group killed at the end so no server it started survives.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResult } from './expect.ts';
import { programBody, type Program } from './extract.ts';

/** Kills the process group, whatever is in it. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

/**
 * Whether a process of the group is still running. Zombies do not count: an
 * orphan's exit status waits for an init that may never reap it (as in
 * containers), yet the process itself is gone.
 */
async function groupRunning(pgid: number): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    // No procfs: ask the kernel whether the group has any member at all.
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z') return true;
  }
  return false;
}

// Helpers such as multiprocessing's resource tracker exit on their own just
// after the program does; only what outlives this grace is "left running".
const EXIT_GRACE_MS = 1000;

async function outlives(pid: number | undefined): Promise<boolean> {
  if (pid === undefined) return false;
  const until = performance.now() + EXIT_GRACE_MS;
  while (await groupRunning(pid)) {
    if (performance.now() >= until) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

export async function runProgram(program: Program, python: string): Promise<RunResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'example-'));
  const cwd = path.join(work, 'run');
  const name = path.basename(program.path);
  // The program's folder holds only the program; its output goes beside it.
  await mkdir(cwd);
  await writeFile(path.join(cwd, name), programBody(program));
  const outputFile = path.join(work, 'output');
  const output = await open(outputFile, 'w');
  const args = program.kind === 'session' ? ['-m', 'doctest', '-o', 'ELLIPSIS', '-o', 'NORMALIZE_WHITESPACE', name] : [name];
  const timeout = (program.attributes.timeout ?? 10) * 1000;
  const start = performance.now();
  let timedOut = false;
  try {
    const child = spawn(python, args, {
      cwd,
      stdio: ['ignore', output.fd, output.fd],
      detached: true,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? cwd,
        LANG: 'C.UTF-8',
        TERM: 'dumb',
        COLUMNS: '80',
        PYTHONUNBUFFERED: '1',
        PYTHONDONTWRITEBYTECODE: '1',
        PYTHONHASHSEED: '0',
      },
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeout);
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolve(code));
    });
    clearTimeout(timer);
    const seconds = (performance.now() - start) / 1000;
    const leftover = !timedOut && (await outlives(child.pid));
    // Whatever the program started and left running (a server, a worker) dies with it.
    killGroup(child.pid);
    await output.close();
    return { exitCode, output: await readFile(outputFile, 'utf8'), timedOut, leftover, seconds };
  } finally {
    await output.close().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
