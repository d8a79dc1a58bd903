// Checks of the finished downloads with the tools a reader's software trusts:
// epubcheck for the EPUB; qpdf, pdfinfo and pdffonts (poppler) for the PDF.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

interface Run {
  code: number;
  output: string;
}

async function run(command: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

/** Problems epubcheck reports, one line each; empty when it reports nothing. */
export async function checkEpub(file: string): Promise<string[]> {
  const jar = process.env.EPUBCHECK_JAR ?? '/usr/bin/epubcheck';
  const { code, output } = await run('java', ['-jar', jar, '--quiet', file]);
  const lines = output.split('\n').filter((line) => /^(FATAL|ERROR|WARNING|USAGE)/.test(line));
  return code === 0 && lines.length === 0 ? [] : lines.length > 0 ? lines : [output.trim() || `epubcheck exited with ${code}`];
}

/** Problems of a PDF: a damaged structure, untagged, untitled, or a font not embedded. */
export async function checkPdf(file: string): Promise<string[]> {
  const problems: string[] = [];
  const [structure, info, fonts] = await Promise.all([run('qpdf', ['--check', file]), run('pdfinfo', [file]), run('pdffonts', [file])]);
  if (structure.code !== 0) problems.push(`qpdf --check: ${structure.output.trim().split('\n').slice(-3).join(' ')}`);
  if (info.code !== 0) problems.push(`pdfinfo: ${info.output.trim()}`);
  else {
    if (!/^Tagged:\s+yes/m.test(info.output)) problems.push('not tagged (no structure tree for assistive technology)');
    if (!/^Title:\s+\S/m.test(info.output)) problems.push('no title in the document information');
    if (!/^Pages:\s+[1-9]/m.test(info.output)) problems.push('no pages');
  }
  // pdffonts: two header lines, then name, type, encoding, emb, sub, uni, object ID.
  const rows = fonts.output.split('\n').slice(2).filter(Boolean);
  const unembedded = rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
  if (fonts.code !== 0) problems.push(`pdffonts: ${fonts.output.trim()}`);
  else if (unembedded.length > 0) problems.push(`fonts not embedded: ${unembedded.map((row) => row.split(/\s+/)[0]).join(', ')}`);
  return problems;
}
