// Examples run in a sandbox: offline, unable to write outside their folder,
// with limits, and (in the fallback) refused non-loopback addresses by an
// audit hook before any socket call. Nothing here sends a packet anywhere:
// isolation is shown by what an example can see, and by the hook's refusal.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRunner, loadExamples, type Outcome } from '../build/examples/check.ts';
import { writeCorpus } from '../build/examples/corpus.ts';
import { pythonPath } from '../build/examples/python.ts';
import { limits, networkRefusal, sandboxKind, siteDir } from '../build/examples/sandbox.ts';
import { cli, repoRoot } from './helpers.ts';

const fence = '```';

/** A one-chapter book whose examples probe the sandbox from inside. */
async function probeBook(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sandbox-book-'));
  const manuscript = path.join(root, 'manuscript', 'en');
  await mkdir(manuscript, { recursive: true });
  await writeFile(path.join(manuscript, 'book.yaml'), 'title: Probe\nauthors: [Test]\nlanguage: en\nchapters: [01-probe.md]\n');
  const escape = path.join(manuscript, 'escaped.txt');
  await writeFile(
    path.join(manuscript, '01-probe.md'),
    `# Probe

${fence}python file=inside.py caption="What an example sees"
import os
import resource
import socket

print([name for _, name in socket.if_nameindex()])
print(os.listdir(os.path.expanduser("~")), os.path.expanduser("~") != ${JSON.stringify(homedir())})
with open("/etc/hostname") as f:
    print(repr(f.read()))
for target in [${JSON.stringify(escape)}, ${JSON.stringify(path.join(root, 'code', 'x.py'))}, "/usr/local/escaped"]:
    try:
        with open(target, "w") as f:
            f.write("escaped")
        print("wrote", target)
    except OSError as error:
        print("refused:", type(error).__name__)
with open("mine.txt", "w") as f:
    print("own folder:", f.write("ok"))
print(resource.getrlimit(resource.RLIMIT_FSIZE)[0] == ${limits.rlimits.RLIMIT_FSIZE})
print([resource.getrlimit(r)[0] for r in (resource.RLIMIT_CPU, resource.RLIMIT_NPROC, resource.RLIMIT_AS)])
try:
    bytearray(${limits.rlimits.RLIMIT_AS + 1024 ** 3})
except MemoryError:
    print("memory: MemoryError")
${fence}

${fence}output
['lo']
[] True
''
refused: ...
refused: ...
refused: ...
own folder: 2
True
[${limits.rlimits.RLIMIT_CPU}, ${limits.rlimits.RLIMIT_NPROC}, ${limits.rlimits.RLIMIT_AS}]
memory: MemoryError
${fence}

${fence}python file=connect.py caption="A connection to another machine, refused by the hook"
import socket

s = socket.socket()
try:
    s.connect(("192.0.2.1", 9))
except OSError as error:
    print(type(error).__name__, error.errno)
finally:
    s.close()
${fence}

${fence}output
PermissionError None
${fence}
`,
  );
  return root;
}

describe('the example sandbox', () => {
  let root: string;
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    root = await probeBook();
    const examples = await loadExamples({ root, cache: false });
    await writeCorpus(examples.codeDir, examples.files);
    const run = createRunner(examples);
    for (const outcome of await Promise.all(examples.programs.map(run))) outcomes.set(path.basename(outcome.program.path), outcome);
  });

  it('uses Linux namespaces here (setup.sh installs bubblewrap)', async () => {
    expect(await sandboxKind()).toBe('namespaces');
  });

  it('shows an example only loopback, an empty HOME, no machine name, and nothing writable but its folder', () => {
    const outcome = outcomes.get('inside.py')!;
    expect(outcome.verdict.problems).toEqual([]);
    expect(outcome.result.output).not.toContain('wrote');
    expect(existsSync(path.join(root, 'manuscript', 'en', 'escaped.txt'))).toBe(false);
    expect(existsSync(path.join(root, 'code', 'x.py'))).toBe(false);
  });

  it('refuses a connection to another machine before the connect call is made', () => {
    // In the network namespace a connect that reached the kernel would fail with ENETUNREACH;
    // a PermissionError without errno is the audit hook's, raised before the call.
    const outcome = outcomes.get('connect.py')!;
    expect(outcome.result.output).toContain('PermissionError None');
    expect(outcome.verdict.problems).toEqual([expect.stringMatching(/^tried to use the network \(sandbox: network access refused: socket\.connect to \('192\.0\.2\.1', 9\)/)]);
  });
});

describe('the fallback without namespaces', () => {
  const hook = (code: string) =>
    promisify(execFile)(pythonPath(), ['-c', code], { env: { PYTHONPATH: siteDir, PYTHONDONTWRITEBYTECODE: '1', PATH: process.env.PATH ?? '' } }).then(
      ({ stdout }) => stdout,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );

  it('has an audit hook that refuses non-loopback addresses and lookups, and lets loopback through', async () => {
    const out = await hook(`
import sys
for event, args in [
    ("socket.connect", (None, ("192.0.2.1", 80))),
    ("socket.connect", (None, ("2001:db8::1", 80, 0, 0))),
    ("socket.sendto", (None, ("198.51.100.7", 53))),
    ("socket.getaddrinfo", ("example.org", 80, 0, 0, 0)),
    ("socket.connect", (None, ("127.0.0.1", 80))),
    ("socket.connect", (None, ("::1", 80, 0, 0))),
    ("socket.connect", (None, "/run/some.sock")),
    ("socket.getaddrinfo", ("localhost", 80, 0, 0, 0)),
]:
    try:
        sys.audit(event, *args)
        print("allowed", args)
    except PermissionError as error:
        print("refused", str(error)[: len("${networkRefusal}")])
`);
    expect(out.trim().split('\n')).toEqual([
      `refused ${networkRefusal}`,
      `refused ${networkRefusal}`,
      `refused ${networkRefusal}`,
      `refused ${networkRefusal}`,
      "allowed (None, ('127.0.0.1', 80))",
      "allowed (None, ('::1', 80, 0, 0))",
      "allowed (None, '/run/some.sock')",
      "allowed ('localhost', 80, 0, 0, 0)",
    ]);
  });

  it('still finds and kills a daemon, through the supervisor as child subreaper', async () => {
    const book = path.join(repoRoot, 'tests', 'fixtures', 'broken-examples');
    const copy = await mkdtemp(path.join(tmpdir(), 'fallback-'));
    await promisify(execFile)('cp', ['-r', `${book}/.`, copy]);
    await cli(['extract', '--book', copy]);
    const previous = process.env.BOOK_SANDBOX;
    process.env.BOOK_SANDBOX = 'fallback';
    const result = await cli(['examples', '--book', copy, '--no-cache', '--filter', 'daemon']).finally(() => {
      process.env.BOOK_SANDBOX = previous;
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('sandbox: fallback without namespaces');
    expect(result.stdout).toMatch(/left processes running after it exited \(they were killed\): sleep 61 \(pid \d+\)/);
  });
});
