// What a book's CI needs: examples split into balanced shards, a JUnit
// report, the release gate in one command, a link checker, and a GitHub
// Actions workflow that a workflow linter accepts.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../build/check/links.ts';
import type { Program } from '../build/examples/extract.ts';
import { parseShard, shardOf } from '../build/examples/shard.ts';
import { cli, copyFixture, repoRoot, run } from './helpers.ts';

const program = (name: string) => ({ path: `01-x/${name}.py` }) as Program;

describe('sharding the examples', () => {
  const programs = Array.from({ length: 23 }, (_, i) => program(`p${String(i).padStart(2, '0')}`));
  const durations = Object.fromEntries(programs.map((p, i) => [p.path, ((i * 7) % 11) + 0.5]));

  it('puts every example in exactly one shard, the same way in every job', () => {
    const shards = [1, 2, 3, 4].map((index) => shardOf(programs, durations, { index, count: 4 }));
    expect(shards.flat().map((p) => p.path).sort()).toEqual(programs.map((p) => p.path).sort());
    expect(shardOf(programs, durations, { index: 2, count: 4 })).toEqual(shards[1]);
  });

  it('balances the shards by recorded duration', () => {
    const loads = [1, 2, 3].map((index) => shardOf(programs, durations, { index, count: 3 }).reduce((sum, p) => sum + durations[p.path]!, 0));
    const longest = Math.max(...Object.values(durations));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(longest);
  });

  it('rejects a shard that is not I/N with 1 ≤ I ≤ N', () => {
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    for (const bad of ['0/4', '5/4', '4', 'a/b']) expect(() => parseShard(bad)).toThrow(/--shard takes I\/N/);
  });

  it('runs a shard from the command line and writes a JUnit report with the failures', async () => {
    const book = await copyFixture(path.join(repoRoot, 'tests', 'fixtures', 'broken-examples'));
    await cli(['extract', '--book', book]);
    const reports = await Promise.all(
      [1, 2].map(async (index) => {
        const junit = path.join(book, `junit-${index}.xml`);
        const result = await cli(['examples', '--book', book, '--no-cache', '--shard', `${index}/2`, '--junit', junit]);
        expect(result.stdout).toMatch(new RegExp(`shard ${index}/2: \\d+ of 12 examples`));
        return readFile(junit, 'utf8');
      }),
    );
    const cases = reports.flatMap((xml) => [...xml.matchAll(/<testcase classname="01-broken" name="([^"]+)"/g)].map((m) => m[1]));
    // Eleven runnable examples (the twelfth only type-checks in neither shard's run list twice).
    expect(new Set(cases).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(11);
    const xml = reports.join('\n');
    expect(xml).toContain('name="Listing 1.2 (wrong_output.py)"');
    expect(xml).toMatch(/<failure message="printed output differs from the book"/);
    expect(xml).toMatch(/<testsuite name="pyright strict"[^>]*failures="1"/);
  });
});

describe('the link checker', () => {
  it('finds a missing page and a missing anchor, and lists external links', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'site-'));
    await mkdir(path.join(site, 'en'));
    await writeFile(path.join(site, 'en', 'a.html'), '<a href="b.html#there">ok</a> <a href="b.html#gone">x</a> <a href="c.html">x</a> <a href="#top">ok</a> <a id="top" href="https://example.org/">ext</a>');
    await writeFile(path.join(site, 'en', 'b.html'), '<h2 id="there">There</h2>');
    const report = await checkLinks(site);
    expect(report.pages).toBe(2);
    expect(report.broken).toEqual(['en/a.html → b.html#gone (no such id)', 'en/a.html → c.html (no such file)']);
    expect(report.external).toEqual(['https://example.org/']);
  });
});

describe('npm run check, the release gate', () => {
  it('passes a good book and ends with a summary table', async () => {
    const book = await copyFixture();
    const result = await cli(['check', '--book', book]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const table = result.stdout.slice(result.stdout.lastIndexOf('result  step'));
    for (const step of ['examples', 'build', 'links en', 'links ru', 'epubcheck en/fixture.epub', 'epubcheck ru/fixture.epub', 'pdf en/fixture.pdf', 'pdf ru/fixture.pdf']) {
      expect(table).toMatch(new RegExp(`pass  ${step.replace(/[./]/g, '\\$&')}\\s`));
    }
    expect(result.stdout.trim().split('\n').at(-1)).toBe('check: 8 passed, 0 failed');
  });

  it('fails, with the step marked, when an example is broken', async () => {
    const book = await copyFixture(path.join(repoRoot, 'tests', 'fixtures', 'broken-examples'));
    await cli(['extract', '--book', book]);
    const result = await cli(['check', '--book', book]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}examples\s+[\d.]+ s {2}\d+ passed, \d+ failed; 1 type error\(s\)/);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^check: \d+ passed, [1-9]\d* failed$/);
  });
});

describe('the GitHub Actions workflow', () => {
  const workflow = path.join(repoRoot, '.github', 'workflows', 'book.yml');

  it('passes a workflow linter', async () => {
    const result = await run(path.join(repoRoot, 'node_modules', '.bin', 'action-validator'), [workflow]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('installs what setup.sh installs, shards the examples as a matrix, builds, checks and uploads the downloads', async () => {
    const text = await readFile(workflow, 'utf8');
    const shards = /shard: \[([\d, ]+)\]/.exec(text)?.[1]?.split(',').map((s) => Number(s.trim()));
    expect(shards).toEqual([1, 2, 3, 4]);
    expect(text).toContain(`--shard \${{ matrix.shard }}/${shards!.length} --junit`);
    expect(text.match(/run: \.\/setup\.sh/g)).toHaveLength(2);
    expect(text).toContain('path: .cache/examples');
    expect(text).toContain('cache: npm');
    expect(text).toContain('npm run check -- --no-examples');
    expect(text).toMatch(/dist\/\*\/\*\.pdf\s+dist\/\*\/\*\.epub/);
  });
});
