// XHTML for reading systems. Their parsers are XML parsers: every element is
// closed and no attribute is written bare, which hast-util-to-html (an HTML
// serializer) does for boolean attributes, so those are refused here; the few
// places that need one write that markup as a raw node (a chapter's raw HTML
// is parsed into elements at load time, and rehype-static-markup.ts takes
// the boolean attributes it may bring).
import type { ElementContent, Nodes, Properties } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { files } from './layout.ts';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toXhtml(tree: Nodes): string {
  visit(tree, 'element', (node) => {
    for (const [key, value] of Object.entries(node.properties)) {
      if (value === true) throw new Error(`<${node.tagName} ${key}> is a boolean attribute, which XHTML cannot write bare: turn it into text or a raw node first`);
    }
  });
  return toHtml(tree, { closeSelfClosing: true, allowDangerousHtml: true });
}

export interface DocumentOptions {
  lang: string;
  title: string;
  /** Attributes of <body>, such as epub:type. */
  body?: Properties;
}

/** A complete XHTML content document: the language on <html> for readers and XML tools alike, the book's stylesheet. */
export function xhtmlDocument(children: ElementContent[], { lang, title, body = {} }: DocumentOptions): string {
  const head = h('head', [h('meta', { charset: 'UTF-8' }), h('title', title), h('link', { rel: 'stylesheet', type: 'text/css', href: files.stylesheet })]);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">
${toXhtml(head)}
${toXhtml(h('body', body, children))}
</html>
`;
}
