// Type-checking the examples with pyright in strict mode, against the same
// interpreter that runs them; each diagnostic is mapped back to the
// manuscript's file and line.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { error, warn } from '../diagnostics.ts';
import { hashOf, ResultCache } from './cache.ts';
import { programBody, type Program } from './extract.ts';
import type { PythonInfo } from './python.ts';

export interface PyrightDiagnostic {
  severity: 'error' | 'warning' | 'information';
  message: string;
  rule: string | undefined;
  /** 0-based, in the extracted file. */
  line: number;
  character: number;
}

export interface TypecheckResult {
  /** By program path; programs without diagnostics are absent. */
  diagnostics: Map<string, PyrightDiagnostic[]>;
  checked: number;
  cached: number;
  seconds: number;
}

interface PyrightJson {
  generalDiagnostics: {
    file: string;
    severity: PyrightDiagnostic['severity'];
    message: string;
    rule?: string;
    range: { start: { line: number; character: number } };
  }[];
}

const require = createRequire(import.meta.url);
const pyrightDir = path.dirname(require.resolve('pyright/package.json'));
const pyrightVersion = (require('pyright/package.json') as { version: string }).version;

/** What pyright sees: the strict settings also written to code/pyrightconfig.json. */
export const pyrightSettings = { typeCheckingMode: 'strict', pythonVersion: '3.11', reportMissingModuleSource: 'none' } as const;

export async function typecheck(programs: Program[], python: PythonInfo, cache: ResultCache<PyrightDiagnostic[]>): Promise<TypecheckResult> {
  const start = performance.now();
  const python3 = programs.filter((p) => p.kind === 'python');
  const diagnostics = new Map<string, PyrightDiagnostic[]>();
  const keys = new Map(python3.map((p) => [p.path, hashOf('pyright', pyrightVersion, pyrightSettings, python.version, python.distributions, programBody(p))]));
  const todo: Program[] = [];
  let cached = 0;
  for (const program of python3) {
    const hit = await cache.get(keys.get(program.path) as string);
    if (hit === undefined) todo.push(program);
    else {
      cached += 1;
      if (hit.length > 0) diagnostics.set(program.path, hit);
    }
  }
  if (todo.length > 0) {
    const work = await mkdtemp(path.join(tmpdir(), 'pyright-'));
    try {
      for (const program of todo) {
        await mkdir(path.join(work, path.dirname(program.path)), { recursive: true });
        await writeFile(path.join(work, program.path), program.text);
      }
      await writeFile(path.join(work, 'pyrightconfig.json'), JSON.stringify({ ...pyrightSettings, include: todo.map((p) => p.path) }));
      const result = await promisify(execFile)(process.execPath, [path.join(pyrightDir, 'index.js'), '--outputjson', '--pythonpath', python.path, '-p', path.join(work, 'pyrightconfig.json')], { cwd: work, maxBuffer: 64 * 1024 * 1024 }).catch(
        (e: { stdout?: string; stderr?: string; code?: number }) => {
          // Exit code 1 means "found errors"; anything else is pyright failing.
          if (e.code === 1 && e.stdout) return { stdout: e.stdout, stderr: e.stderr ?? '' };
          throw new Error(`pyright failed: ${e.stderr || e.stdout || String(e)}`);
        },
      );
      const json = JSON.parse(result.stdout) as PyrightJson;
      const found = new Map<string, PyrightDiagnostic[]>(todo.map((p) => [p.path, []]));
      for (const d of json.generalDiagnostics) {
        const relative = path.relative(work, d.file).split(path.sep).join('/');
        found.get(relative)?.push({ severity: d.severity, message: d.message, rule: d.rule, line: d.range.start.line, character: d.range.start.character });
      }
      for (const program of todo) {
        const list = found.get(program.path) ?? [];
        if (list.length > 0) diagnostics.set(program.path, list);
        if (!list.some((d) => d.severity === 'error')) await cache.set(keys.get(program.path) as string, list);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return { diagnostics, checked: todo.length, cached, seconds: (performance.now() - start) / 1000 };
}

/** Reports each diagnostic on the chapter's file, at the manuscript line of the code line. */
export function reportDiagnostics(programs: Program[], result: TypecheckResult): number {
  let errors = 0;
  for (const program of programs) {
    for (const d of result.diagnostics.get(program.path) ?? []) {
      const line = program.lines[d.line] ?? program.line;
      const text = `pyright: ${d.message.replace(/\s+/g, ' ')}${d.rule ? ` (${d.rule})` : ''} in ${program.path}:${d.line + 1}`;
      const place = { line, column: d.character + 1 };
      if (d.severity === 'error') {
        errors += 1;
        error(program.chapter.file, text, place, 'example:type');
      } else if (d.severity === 'warning') warn(program.chapter.file, text, place, 'example:type');
    }
  }
  return errors;
}

