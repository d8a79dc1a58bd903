// Running one example as the book prints it (without code/'s header line), in
// the sandbox: a fresh folder that is also its HOME and TMPDIR, stdin closed,
// stdout and stderr merged and bounded, a timeout, resource limits, and every
// process it started found and killed when it ends (supervisor.py).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResult } from './expect.ts';
import { programBody, type Program } from './extract.ts';
import { limits, sandboxed, siteDir, supervisorScript } from './sandbox.ts';

// Helpers such as multiprocessing's resource tracker exit on their own just
// after the program does; only what outlives this grace is "left running".
const EXIT_GRACE_S = 1;
// The supervisor enforces the timeout; this only catches a sandbox that hangs itself.
const BACKSTOP_S = 15;

interface SupervisorResult {
  exitCode: number | null;
  signal: number | null;
  timedOut: boolean;
  printed: number;
  flooded: boolean;
  tail: string;
  leftover: string[];
  seconds: number;
}

export async function runProgram(program: Program, python: string): Promise<RunResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'example-'));
  const dirs = { cwd: path.join(work, 'run'), home: path.join(work, 'home'), tmp: path.join(work, 'tmp') };
  const name = path.basename(program.path);
  await Promise.all(Object.values(dirs).map((dir) => mkdir(dir)));
  // The program's folder holds only the program.
  await writeFile(path.join(dirs.cwd, name), programBody(program));
  const timeout = program.attributes.timeout ?? 10;
  const config = {
    command: [python, ...(program.kind === 'session' ? ['-m', 'doctest', '-o', 'ELLIPSIS', '-o', 'NORMALIZE_WHITESPACE', name] : [name])],
    cwd: dirs.cwd,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dirs.home,
      TMPDIR: dirs.tmp,
      LANG: 'C.UTF-8',
      TERM: 'dumb',
      COLUMNS: '80',
      PYTHONPATH: siteDir,
      BOOK_SANDBOX_NETLOG: path.join(work, 'network.log'),
      PYTHONUNBUFFERED: '1',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONHASHSEED: '0',
    },
    timeout,
    grace: EXIT_GRACE_S,
    output_limit: limits.output,
    limits: limits.rlimits,
    output: path.join(work, 'output'),
    result: path.join(work, 'result.json'),
  };
  try {
    const [command, ...args] = await sandboxed(work, [python, '-I', supervisorScript, JSON.stringify(config)]);
    const child = spawn(command!, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const backstop = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, (timeout + BACKSTOP_S) * 1000);
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', () => resolve());
    });
    clearTimeout(backstop);
    const report = await readFile(config.result, 'utf8').catch(() => undefined);
    if (report === undefined) throw new Error(`the example sandbox failed to run ${program.path}: ${stderr.trim() || 'no report'}`);
    const result = JSON.parse(report) as SupervisorResult;
    return {
      exitCode: result.exitCode,
      output: await readFile(config.output, 'utf8'),
      timedOut: result.timedOut,
      leftover: result.leftover,
      network: (await readFile(path.join(work, 'network.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
      flood: result.flooded ? { printed: result.printed, tail: result.tail } : undefined,
      seconds: result.seconds,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
