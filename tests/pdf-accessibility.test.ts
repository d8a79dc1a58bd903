// The fixture book's PDF as assistive technology reads it (issue #10,
// "Accessible in print too"): its structure tree walked with pdf-lib, its
// XMP parsed, and poppler's own check of the structure.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { extractPrograms, programBody } from '../build/examples/extract.ts';
import { loadBook } from '../build/load-book.ts';
import { STANDARD_TYPES } from '../build/render/pdf/structure.ts';
import { copyFixture, run } from './helpers.ts';
import { structureTree, walk, xmpText, type StructNode } from './pdf-structure.ts';

describe('the fixture book in print, as assistive technology reads it', () => {
  let root: string;
  let pdf: string;
  let doc: PDFDocument;
  let tree: StructNode[];
  let nodes: StructNode[];

  beforeAll(async () => {
    root = await copyFixture();
    const out = await mkdtemp(path.join(tmpdir(), 'pdf-a11y-'));
    await build({ root, out, formats: ['pdf'], langs: ['en'] });
    pdf = path.join(out, 'en', 'fixture.pdf');
    doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false });
    tree = structureTree(doc);
    nodes = [...walk(tree)];
  });

  it('names elements in an ID tree whose every /Limits states the first and last name under it, whatever IDs Chromium gave', () => {
    const idTree = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('IDTree'), PDFDict);
    const check = (node: PDFDict): string[] => {
      const names = node.lookup(PDFName.of('Names'));
      const kids = node.lookup(PDFName.of('Kids'));
      const keys =
        names instanceof PDFArray
          ? names.asArray().filter((_, i) => i % 2 === 0).map((key) => String(key).slice(1, -1))
          : (kids as PDFArray).asArray().flatMap((kid) => check(doc.context.lookup(kid, PDFDict)));
      expect(keys).toEqual([...keys].sort());
      expect(keys.every((key) => /^node\d{8}$/.test(key))).toBe(true);
      const limits = node.lookup(PDFName.of('Limits'));
      if (limits instanceof PDFArray) expect(limits.asArray().map((key) => String(key).slice(1, -1))).toEqual([keys[0], keys.at(-1)]);
      return keys;
    };
    expect(check(idTree).length).toBeGreaterThan(0);
  });

  it('is marked, and poppler finds no error in its structure', async () => {
    expect(String(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    expect(tree.map((node) => node.type)).toEqual(['Document']);
    const { stderr } = await run('pdfinfo', ['-struct', pdf]);
    expect(stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
  });

  it('tags each listing as a Div of its Caption and one Code element per line, whose /ActualText keeps the indentation', async () => {
    const listing = nodes.find((node) => node.type === 'Div' && node.kids[0]?.type === 'Caption' && node.kids.some((kid) => kid.type === 'Code'));
    expect(listing).toBeDefined();
    const lines = listing!.kids.filter((kid) => kid.type === 'Code').map((kid) => kid.actualText);
    expect(lines).toEqual(['import asyncio', 'async def main() -> None:', '    await asyncio.sleep(0.01)', '    print("hello")', 'asyncio.run(main())']);
    // Every line of every program, in order, indentation and all, is some Code element's text.
    const spoken = nodes.filter((node) => node.type === 'Code' && node.actualText).map((node) => node.actualText!);
    const book = await loadBook(root, 'en', { highlight: false });
    for (const program of extractPrograms(book)) {
      let at = 0;
      for (const line of programBody(program).split('\n').filter((l) => l.trim() !== '')) {
        const found = spoken.indexOf(line, at);
        expect(found, `${program.path}: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
    }
    // A code line is its /ActualText: no /Alt left over from how it got there.
    expect(nodes.filter((node) => node.type === 'Code' && node.alt !== undefined)).toEqual([]);
  });

  it("tags real figures as Figure with the manuscript's alt text, and nothing else as Figure without /Alt", () => {
    const figures = nodes.filter((node) => node.type === 'Figure');
    expect(figures.filter((node) => !node.alt?.trim())).toEqual([]);
    expect(figures.map((node) => node.alt)).toContain('A state diagram: a task starts pending, runs when scheduled, and ends either done, when it returns, or cancelled.');
    // The diagram's wrapper is a Div with the image's Figure and its Caption.
    const diagram = nodes.find((node) => node.type === 'Div' && node.kids.some((kid) => kid.type === 'Figure' && kid.alt?.startsWith('A state diagram')));
    expect(diagram?.kids.map((kid) => kid.type)).toEqual(['Figure', 'Caption']);
    // A task list's checkbox is an image named for its state, not a form field.
    expect(nodes.filter((node) => node.type === 'Form')).toEqual([]);
    expect(figures.map((node) => node.alt)).toEqual(expect.arrayContaining(['Done', 'Not done']));
  });

  it('maps every type that is not a PDF 1.7 standard type to one in its /RoleMap', () => {
    const structRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const roleMap = structRoot.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    const mapped = new Map([...(roleMap?.entries() ?? [])].map(([from, to]) => [from.decodeText(), to instanceof PDFName ? to.decodeText() : '']));
    const types = new Set(nodes.map((node) => node.type));
    expect(types).toContain('Em');
    for (const type of types) if (!STANDARD_TYPES.has(type)) expect(STANDARD_TYPES.has(mapped.get(type) ?? ''), `${type} → ${mapped.get(type)}`).toBe(true);
    // A RoleMap may not redefine a standard type.
    for (const from of mapped.keys()) expect(STANDARD_TYPES.has(from), from).toBe(false);
  });

  it('has no empty elements and no NonStruct wrappers, and every piece of marked content maps back to the element holding it', () => {
    expect(nodes.filter((node) => node.kids.length + node.content.length + node.objects.length === 0).map((node) => node.type)).toEqual([]);
    expect(nodes.filter((node) => node.type === 'NonStruct' && node.kids.length > 0)).toEqual([]);
    const structRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const nums = structRoot.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const parents = new Map<number, PDFArray | PDFRef>();
    for (let i = 0; i < nums.size(); i += 2) {
      const value = nums.get(i + 1);
      parents.set((nums.get(i) as PDFNumber).asNumber(), value instanceof PDFRef && doc.context.lookup(value) instanceof PDFArray ? doc.context.lookup(value, PDFArray) : (value as PDFArray | PDFRef));
    }
    let checked = 0;
    for (const node of nodes) {
      for (const { page, mcid } of node.content) {
        const key = doc.context.lookup(page!, PDFDict).lookup(PDFName.of('StructParents'), PDFNumber).asNumber();
        const owners = parents.get(key);
        expect(owners instanceof PDFArray ? owners.get(mcid) : undefined, `MCID ${mcid} of a ${node.type}`).toBe(node.ref);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('carries XMP metadata with its title and the PDF/UA-1 identifier', () => {
    const xmp = xmpText(doc);
    expect(xmp).toBeDefined();
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xmp!, 'text/xml');
    expect(errors).toEqual([]);
    const one = (ns: string, local: string) => xml.getElementsByTagNameNS(ns, local)[0]?.textContent?.trim();
    expect(one('http://purl.org/dc/elements/1.1/', 'title')).toBe('The Fixture Book');
    expect(one('http://www.aiim.org/pdfua/ns/id/', 'part')).toBe('1');
    expect(one('http://ns.adobe.com/xap/1.0/', 'CreateDate')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });
});
