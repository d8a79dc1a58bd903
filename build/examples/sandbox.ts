// Where an example runs. On Linux with bubblewrap: new user, PID, network,
// IPC, UTS and mount namespaces (only `lo`, the file system read-only but for
// the example's own folder, a private /tmp and an empty HOME). Elsewhere, or
// with BOOK_SANDBOX=fallback: no namespaces, but the same supervisor (limits,
// bounded output, a child subreaper that finds every descendant) and the
// audit hook that refuses non-loopback addresses before any socket call.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
export const supervisorScript = path.join(here, 'sandbox', 'supervisor.py');
/** Holds the sitecustomize.py with the network audit hook; goes on the example's PYTHONPATH. */
export const siteDir = path.join(here, 'sandbox', 'site');
/** The text the audit hook's refusal starts with, in the example's output. */
export const networkRefusal = 'sandbox: network access refused';

export type SandboxKind = 'namespaces' | 'fallback';

/** What each example gets, whatever the sandbox. */
export const limits = {
  /** Bytes of stdout and stderr kept; more fails the example. */
  output: 1024 * 1024,
  /** setrlimit values applied to the example and inherited by its children. */
  rlimits: {
    RLIMIT_CPU: 60,
    RLIMIT_AS: 8 * 1024 ** 3,
    // Also the default thread stack size, so a thousand threads fit in RLIMIT_AS.
    RLIMIT_STACK: 4 * 1024 ** 2,
    RLIMIT_FSIZE: 256 * 1024 ** 2,
    // Threads count as processes here.
    RLIMIT_NPROC: 4096,
  },
} as const;

function namespaceArgs(work: string): string[] {
  const args = [
    '--unshare-user', '--uid', '1000', '--gid', '1000',
    '--unshare-pid', '--unshare-net', '--unshare-ipc', '--unshare-uts', '--hostname', 'example',
    '--die-with-parent', '--new-session',
    '--ro-bind', '/', '/',
    '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp',
  ];
  const home = homedir();
  if (home !== '/' && !work.startsWith(`${home}/`)) args.push('--tmpfs', home);
  // The machine's identity is not the example's business.
  for (const file of ['/etc/hostname', '/etc/machine-id']) {
    if (existsSync(file)) args.push('--ro-bind', path.join(work, EMPTY), file);
  }
  // The supervisor and the audit hook, visible even when the toolchain itself lies under the hidden /tmp.
  const sandboxDir = path.dirname(supervisorScript);
  args.push('--ro-bind', sandboxDir, sandboxDir);
  args.push('--bind', work, work);
  return args;
}

/** An empty file in the work folder, shown in place of files that identify the machine. */
const EMPTY = '.empty';

let kind: Promise<SandboxKind> | undefined;

/** Namespaces when bubblewrap is installed and the kernel lets it make them; checked once. */
export function sandboxKind(): Promise<SandboxKind> {
  kind ??= (async () => {
    if (process.env.BOOK_SANDBOX === 'fallback' || process.platform !== 'linux') return 'fallback';
    const probe = await mkdtemp(path.join(tmpdir(), 'sandbox-probe-'));
    try {
      await writeFile(path.join(probe, EMPTY), '');
      await promisify(execFile)('bwrap', [...namespaceArgs(probe), 'true']);
      return 'namespaces';
    } catch {
      return 'fallback';
    } finally {
      await rm(probe, { recursive: true, force: true });
    }
  })();
  return kind;
}

export function describeSandbox(which: SandboxKind): string {
  return which === 'namespaces'
    ? 'sandbox: Linux namespaces (bubblewrap): loopback only, read-only files outside the example folder, own PID space'
    : 'sandbox: fallback without namespaces (install bubblewrap on Linux for full isolation): audit hook refuses non-loopback addresses';
}

/** The argv that runs `command` inside the sandbox with `work` as its only writable folder. */
export async function sandboxed(work: string, command: string[]): Promise<string[]> {
  if ((await sandboxKind()) === 'fallback') return command;
  await writeFile(path.join(work, EMPTY), '');
  return ['bwrap', ...namespaceArgs(work), '--', ...command];
}
