// Running one example: a fresh temporary folder, stdin closed, stdout and
// stderr into one file (so their order is kept), a timeout, and the whole
// process group killed at the end so no server it started survives.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResult } from './expect.ts';
import type { Program } from './extract.ts';

/** Kills the process group; returns whether anything was left in it. */
function killGroup(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 'SIGKILL');
    return true;
  } catch {
    return false; // The group is already gone.
  }
}

export async function runProgram(program: Program, python: string): Promise<RunResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'example-'));
  const cwd = path.join(work, 'run');
  const name = path.basename(program.path);
  // The program's folder holds only the program; its output goes beside it.
  await mkdir(cwd);
  await writeFile(path.join(cwd, name), program.text);
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
    // Whatever the program started and left running (a server, a worker) dies with it.
    const leftover = killGroup(child.pid) && !timedOut;
    const seconds = (performance.now() - start) / 1000;
    await output.close();
    return { exitCode, output: await readFile(outputFile, 'utf8'), timedOut, leftover, seconds };
  } finally {
    await output.close().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
