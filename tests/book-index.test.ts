// Unit tests of the index: the remark plugin's marks and API candidates, the
// version rule, the interpreter check and its cache, and the entries sorted
// and grouped for a language.
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildIndex, checkApiNames, newer, versionStatus, type PlacedMark } from '../build/book-index/index.ts';
import { pythonPath } from '../build/examples/python.ts';
import { chapterProcessor } from '../build/load-book.ts';
import { apiName } from '../build/plugins/remark-index.ts';
import { loadStrings } from '../build/strings.ts';
import { fixtureBook } from './helpers.ts';

const strings = await loadStrings(path.join(fixtureBook, '..', '..', '..', 'themes', 'default'), 'en');
const dir = path.join(fixtureBook, 'manuscript', 'en');

async function chapter(markdown: string) {
  const file = new VFile({ path: path.join(dir, 'test.md'), value: markdown });
  const processor = chapterProcessor(dir, 3, strings);
  const hast = (await processor.run(processor.parse(file), file)) as HastRoot;
  const errors = file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  return { hast, marks: file.data.indexMarks ?? [], errors };
}

describe('remark-index', () => {
  it('turns :index[...] into an invisible anchor and records the term with its subentry, see and see also', async () => {
    const { hast, marks, errors } = await chapter('# T\n\nThe :index[event loop]{sub="ready queue"}loop runs :index[coroutine]{see="task"}and :index[`asyncio.run`]{also="task"}.\n');
    expect(errors).toEqual([]);
    expect(marks.map((m) => [m.id, m.kind, m.term, m.code, m.sub, m.see, m.also])).toEqual([
      ['ix-1', 'term', 'event loop', false, 'ready queue', undefined, undefined],
      ['ix-2', 'term', 'coroutine', false, undefined, 'task', undefined],
      ['ix-3', 'term', 'asyncio.run', true, undefined, undefined, 'task'],
    ]);
    const anchors = selectAll('span.index-mark', hast);
    expect(anchors.map((a) => [a.properties.id, toString(a)])).toEqual([['ix-1', ''], ['ix-2', ''], ['ix-3', '']]);
    expect(toString(select('p', hast)!)).toBe('The loop runs and .');
  });

  it('reports an unknown attribute and an empty term at their place', async () => {
    const { errors } = await chapter('# T\n\nText :index[loop]{colour="red"} and :index[].\n');
    expect(errors).toEqual(['3:6 index:attribute', '3:37 index:empty']);
  });

  it('anchors inline code that looks like a dotted Python name, with the versions the text mentions near it', async () => {
    const { hast, marks } = await chapter(
      '# T\n\nCall `asyncio.gather(a, b)` or `loop.run_in_executor`, not `py.typed`.\n\n:::note\nPython 3.12 added `asyncio.eager_task_factory`; `asyncio.coroutine` was removed in Python 3.11.\n:::\n',
    );
    expect(marks.map((m) => [m.term, m.kind])).toEqual([
      ['asyncio.gather', 'api'],
      ['loop.run_in_executor', 'api'],
      ['asyncio.eager_task_factory', 'api'],
      ['asyncio.coroutine', 'api'],
    ]);
    expect(select('code#ix-1', hast) && toString(select('code#ix-1', hast)!)).toBe('asyncio.gather(a, b)');
    expect(marks[0]!.mentions).toEqual([]);
    expect(marks[2]!.mentions?.find((m) => m.kind === 'python')?.value).toBe('3.12');
    expect(marks[3]!.mentions?.find((m) => m.kind === 'removed')?.value).toBe('3.11');
  });

  it('takes whole dotted names, called or not, and not expressions or file names', () => {
    expect(apiName('asyncio.TaskGroup')).toBe('asyncio.TaskGroup');
    expect(apiName('@contextlib.asynccontextmanager')).toBe('contextlib.asynccontextmanager');
    expect(apiName('asyncio.Queue[int]')).toBe('asyncio.Queue');
    expect(apiName('asyncio.get_running_loop().time()')).toBe('asyncio.get_running_loop');
    expect(apiName('loop.time() + 1')).toBeUndefined();
    expect(apiName('conftest.py')).toBeUndefined();
    expect(apiName('gather')).toBeUndefined();
  });
});

describe('the version rule', () => {
  it('compares versions as numbers', () => {
    expect(newer('3.12', '3.11')).toBe(true);
    expect(newer('3.9', '3.11')).toBe(false);
    expect(newer('13', '10.4')).toBe(true);
    expect(newer('3.11', '3.11')).toBe(false);
  });

  it('allows a missing name when the nearest mention is a newer Python, a removal, a newer package or a PEP', () => {
    expect(versionStatus([{ kind: 'python', value: '3.12', distance: 10 }], '3.11', undefined)).toEqual({ since: 'Python 3.12' });
    expect(versionStatus([{ kind: 'python', value: '3.11', distance: 10 }], '3.11', undefined)).toBeUndefined();
    expect(versionStatus([{ kind: 'python', value: '3.11', distance: 3 }, { kind: 'removed', value: '3.11', distance: 3 }], '3.11', undefined)).toEqual({ removed: 'Python 3.11' });
    expect(versionStatus([{ kind: 'library', value: '8.4', distance: 5 }], '3.11', { name: 'pytest', version: '7.2.1' })).toEqual({ since: 'pytest 8.4' });
    expect(versionStatus([{ kind: 'python', value: '3.16', distance: 300 }, { kind: 'pep', value: '789', distance: 20 }], '3.11', undefined)).toEqual({ since: 'PEP 789' });
    expect(versionStatus([], '3.11', undefined)).toBeUndefined();
  });
});

describe('checking names against the interpreter', () => {
  it('tells objects, misspellings, variables named like modules and non-modules apart, in one cached process', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'api-cache-'));
    const names = ['asyncio.gather', 'asyncio.gahter', 'concurrent.futures.ThreadPoolExecutor', 'queue.put_nowait', 'loop.run_in_executor', 'pytest.RaisesGroup'];
    const first = await checkApiNames(names, { python: pythonPath(), cacheDir });
    expect(first.version).toMatch(/^3\.\d+$/);
    expect(first.names.get('asyncio.gather')).toEqual({ status: 'ok', module: 'asyncio' });
    expect(first.names.get('concurrent.futures.ThreadPoolExecutor')).toEqual({ status: 'ok', module: 'concurrent.futures' });
    expect(first.names.get('asyncio.gahter')).toMatchObject({ status: 'missing', part: 'gahter', near: expect.arrayContaining(['gather']) });
    expect(first.names.get('asyncio.gahter')).not.toHaveProperty('package');
    expect(first.names.get('queue.put_nowait')).toEqual({ status: 'instance' });
    expect(first.names.get('loop.run_in_executor')).toEqual({ status: 'not-module' });
    expect(first.names.get('pytest.RaisesGroup')).toMatchObject({ status: 'missing', package: { name: 'pytest' } });
    // Known answers are kept; a misspelling is asked again, so the cache is rewritten only for it.
    const cache = path.join(cacheDir, 'python-api.json');
    expect(Object.keys(JSON.parse(await readFile(cache, 'utf8')).names as object).sort()).toEqual(['asyncio.gather', 'concurrent.futures.ThreadPoolExecutor', 'loop.run_in_executor', 'queue.put_nowait']);
    const before = (await stat(cache)).mtimeMs;
    const again = await checkApiNames(['asyncio.gather', 'loop.run_in_executor'], { python: pythonPath(), cacheDir });
    expect(again.names.get('asyncio.gather')).toEqual({ status: 'ok', module: 'asyncio' });
    expect((await stat(cache)).mtimeMs).toBe(before);
  });
});

describe('the entries', () => {
  const place = (chapter: string, id: string, section: string, block: number) => ({ chapter, id, section, block });
  const term = (term: string, n: number, extra: Partial<PlacedMark> = {}): PlacedMark => ({ id: `ix-${n}`, kind: 'term', term, code: false, place: place('01-a', `ix-${n}`, '1.1', n), ...extra });

  it('sorts terms for the language, files them under their letter, merges case and nests subentries', () => {
    const index = buildIndex(
      [term('event loop', 1), term('Event loop', 2, { sub: 'ready queue' }), term('__aenter__', 3), term('coroutine', 4, { see: 'task' }), term('task', 5), term('3-way handshake', 6), term('Ärger', 7)],
      'de',
      'Symbols',
    );
    expect(index.terms.map((g) => [g.label, g.entries.map((e) => e.text)])).toEqual([
      ['Symbols', ['3-way handshake']],
      ['A', ['__aenter__', 'Ärger']],
      ['C', ['coroutine']],
      ['E', ['event loop']],
      ['T', ['task']],
    ]);
    const loop = index.terms[3]!.entries[0]!;
    expect(loop.places.map((p) => p.id)).toEqual(['ix-1']);
    expect(loop.subentries.map((s) => [s.text, s.places.map((p) => p.id)])).toEqual([['ready queue', ['ix-2']]]);
    expect(index.terms[2]!.entries[0]).toMatchObject({ text: 'coroutine', places: [], see: ['task'] });
  });

  it('sorts Russian terms in Russian order, ё with е', () => {
    const index = buildIndex([term('цикл событий', 1), term('ёмкость', 2), term('задача', 3), term('буфер', 4)], 'ru', 'Символы');
    expect(index.terms.map((g) => g.label)).toEqual(['Б', 'Е', 'З', 'Ц']);
  });

  it('groups the Python API by module, the module itself first, with the version a newer name needs', () => {
    const api = (name: string, n: number, extra: Partial<PlacedMark> = {}): PlacedMark => ({ id: `ix-${n}`, kind: 'api', term: name, code: true, place: place('01-a', `ix-${n}`, '1.1', n), ...extra });
    const index = buildIndex(
      [
        api('asyncio.gather', 1, { module: 'asyncio' }),
        api('concurrent.futures.ThreadPoolExecutor', 2, { module: 'concurrent.futures' }),
        api('concurrent.futures', 3, { module: 'concurrent.futures' }),
        api('asyncio.eager_task_factory', 4, { since: 'Python 3.12' }),
        api('concurrent.futures.InterpreterPoolExecutor', 5, { since: 'Python 3.14' }),
      ],
      'en',
      'Symbols',
    );
    expect(index.api.map((g) => [g.label, g.entries.map((e) => [e.text, e.since])])).toEqual([
      ['asyncio', [['eager_task_factory', 'Python 3.12'], ['gather', undefined]]],
      ['concurrent.futures', [['concurrent.futures', undefined], ['InterpreterPoolExecutor', 'Python 3.14'], ['ThreadPoolExecutor', undefined]]],
    ]);
  });
});
