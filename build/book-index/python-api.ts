// Which dotted names in the prose are Python objects: asked of the examples'
// interpreter, one process for every name not yet known, and remembered in
// <book>/.cache/python-api.json for as long as the interpreter is the same.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeWhole } from '../write-whole.ts';

export type NameStatus =
  /** The name resolves to an object; `module`: the longest module it is in ("concurrent.futures"). */
  | { status: 'ok'; module: string }
  /** Its first part is no importable module (`loop.run_in_executor`, `tg.create_task`): not an API name. */
  | { status: 'not-module' }
  /**
   * A method named through a variable named like its module (`queue.put`,
   * `socket.recv`): a class of the module has the attribute. Not an API name.
   */
  | { status: 'instance' }
  /**
   * The module imports but `part` is not found in what precedes it; `near`:
   * close spellings that exist; `package`: the installed distribution the
   * name's module comes from, with its version (none for the standard library).
   */
  | { status: 'missing'; part: string; near: string[]; package?: { name: string; version: string } }
  /** Importing a module of the name failed. */
  | { status: 'error'; message: string };

export interface ApiCheck {
  /** The interpreter's "3.11". */
  version: string;
  names: Map<string, NameStatus>;
}

// Resolves each name from its top-level module: attributes first, then
// submodules (`concurrent.futures`, `http.client`). What modules print while
// importing goes to stderr; the answer is the last line of stdout.
const probe = String.raw`
import difflib, importlib, importlib.metadata, importlib.util, inspect, json, sys, warnings
warnings.simplefilter("ignore")
out = sys.stdout
sys.stdout = sys.stderr
def distribution(top):
    if top in sys.stdlib_module_names:
        return None
    names = importlib.metadata.packages_distributions().get(top) or [top]
    for name in names:
        try:
            return {"name": top, "version": importlib.metadata.version(name)}
        except importlib.metadata.PackageNotFoundError:
            pass
    version = getattr(sys.modules.get(top), "__version__", None)
    return {"name": top, "version": str(version)} if version else None
def check(name):
    parts = name.split(".")
    try:
        if importlib.util.find_spec(parts[0]) is None:
            return {"status": "not-module"}
    except (ImportError, ValueError):
        return {"status": "not-module"}
    try:
        obj = importlib.import_module(parts[0])
    except BaseException as e:
        return {"status": "error", "message": f"import {parts[0]}: {type(e).__name__}: {e}"}
    module = parts[0]
    for i, part in enumerate(parts[1:], 1):
        if hasattr(obj, part):
            obj = getattr(obj, part)
            if inspect.ismodule(obj):
                module = ".".join(parts[: i + 1])
            continue
        try:
            obj = importlib.import_module(".".join(parts[: i + 1]))
            module = ".".join(parts[: i + 1])
            continue
        except ModuleNotFoundError:
            pass
        except BaseException as e:
            return {"status": "error", "message": f"import {'.'.join(parts[: i + 1])}: {type(e).__name__}: {e}"}
        if inspect.ismodule(obj) and any(inspect.isclass(v) and hasattr(v, part) for v in vars(obj).values()):
            return {"status": "instance"}
        result = {"status": "missing", "part": part, "near": difflib.get_close_matches(part, [n for n in dir(obj) if not n.startswith("__")], 3, 0.7)}
        package = distribution(parts[0])
        if package:
            result["package"] = package
        return result
    return {"status": "ok", "module": module}
names = json.load(sys.stdin)
answer = {"version": "%d.%d" % sys.version_info[:2], "names": {n: check(n) for n in names}}
out.write(json.dumps(answer) + "\n")
`;

interface CacheFile {
  interpreter: string;
  version: string;
  names: Record<string, NameStatus>;
}

/** What identifies the interpreter: its real path, size and time (a new Python is a new file). */
async function interpreterKey(python: string): Promise<string> {
  const real = realpathSync(python);
  const info = await stat(real);
  return `${real} ${info.size} ${info.mtimeMs}`;
}

async function ask(python: string, names: string[]): Promise<{ version: string; names: Record<string, NameStatus> }> {
  const child = promisify(execFile)(python, ['-I', '-c', probe], { maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
  child.child.stdin?.end(JSON.stringify(names));
  const { stdout } = await child;
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as { version: string; names: Record<string, NameStatus> };
}

/**
 * Checks every name; only names the cache lacks go to the interpreter.
 * Answers that name an object or no module are kept; a missing name is asked
 * again next time (it is an error the author will fix, or a library to install).
 */
export async function checkApiNames(names: readonly string[], options: { python: string; cacheDir: string }): Promise<ApiCheck> {
  const file = path.join(options.cacheDir, 'python-api.json');
  const interpreter = await interpreterKey(options.python);
  const cache = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as CacheFile)
    .catch(() => undefined);
  const known = cache?.interpreter === interpreter ? cache : { interpreter, version: '', names: {} };
  const unknown = [...new Set(names)].filter((name) => !(name in known.names));
  if (unknown.length > 0 || known.version === '') {
    const answer = await ask(options.python, unknown);
    const keep = Object.entries(answer.names).filter(([, result]) => result.status !== 'missing' && result.status !== 'error');
    const next: CacheFile = { interpreter, version: answer.version, names: { ...known.names, ...Object.fromEntries(keep) } };
    await writeWhole(file, JSON.stringify(next, null, 1));
    return { version: answer.version, names: new Map(Object.entries({ ...known.names, ...answer.names })) };
  }
  return { version: known.version, names: new Map(Object.entries(known.names)) };
}
