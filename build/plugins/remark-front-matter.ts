// Validates a chapter's YAML front matter against its schema (errors at their
// line, unknown keys as warnings) and records it for the book model.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkYaml, frontMatterSchema, type FrontMatter } from '../schema.ts';

declare module 'vfile' {
  interface DataMap {
    frontMatter: FrontMatter;
  }
}

export default function remarkFrontMatter() {
  return (tree: Root, file: VFile) => {
    const node = tree.children[0];
    if (node?.type !== 'yaml') return;
    // The YAML's first line is the one after the opening `---`.
    const line = (node.position?.start.line ?? 1) + 1;
    const data = checkYaml(file, node.value, frontMatterSchema, { rule: 'front-matter', noun: 'front-matter key', unknown: 'warning', line });
    if (data) file.data.frontMatter = data;
  };
}
