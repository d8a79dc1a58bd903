// The interpreter that type-checks and runs the examples: BOOK_PYTHON, else
// Debian's /usr/bin/python3 (which sees the Debian-packaged libraries).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

export function pythonPath(): string {
  return process.env.BOOK_PYTHON || '/usr/bin/python3';
}

export interface PythonInfo {
  path: string;
  version: string;
  /** Distribution name → version, for every installed distribution. */
  distributions: Record<string, string>;
  /** Top-level module → distribution names, from importlib.metadata. */
  modules: Record<string, string[]>;
  /** Folders where it finds modules (sys.path and the user's site folder): a library installed or removed changes one. */
  paths: string[];
}

const probe = `
import json, site, sys, importlib.metadata as m
dists = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if name:
        dists[name.lower()] = d.version
print(json.dumps({"version": sys.version.split()[0], "distributions": dists, "modules": m.packages_distributions(), "paths": [p for p in sys.path if p] + [site.getusersitepackages()]}))
`;

let cached: Promise<PythonInfo> | undefined;

/** Asks the interpreter once per process for its version and libraries. */
export function pythonInfo(): Promise<PythonInfo> {
  cached ??= (async () => {
    const path = pythonPath();
    if (!existsSync(path)) throw new Error(`Python not found at ${path}: run ./setup.sh or set BOOK_PYTHON`);
    const { stdout } = await promisify(execFile)(path, ['-c', probe]);
    return { path, ...(JSON.parse(stdout) as Omit<PythonInfo, 'path'>) };
  })();
  return cached;
}
