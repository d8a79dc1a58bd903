// DAISY Ace, the EPUB accessibility checker reading systems and publishers
// use, run on Debian's Chromium: Ace drives Puppeteer, which starts the
// executable it is given, so a small script adds this machine's flags (no
// sandbox, no background traffic) and Puppeteer never downloads a browser.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromiumFlags, chromiumPath } from '../build/chromium.ts';
import { repoRoot } from './helpers.ts';

export interface AceIssue {
  impact: string;
  rule: string;
  document: string;
  description: string;
}

export interface AceResult {
  issues: AceIssue[];
  /** Accessibility metadata Ace looked for and did not find. */
  missingMetadata: string[];
}

interface AceReport {
  assertions: { 'earl:testSubject': { url: string }; assertions: { 'earl:test': { 'earl:impact': string; 'dct:title': string }; 'earl:result': { 'dct:description'?: string } }[] }[];
  'a11y-metadata'?: { missing?: string[] };
}

export async function runAce(epub: string): Promise<AceResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ace-'));
  const browser = path.join(dir, 'chromium');
  await writeFile(browser, `#!/bin/sh\nexec ${JSON.stringify(chromiumPath())} ${chromiumFlags.join(' ')} "$@"\n`);
  await chmod(browser, 0o755);
  const out = path.join(dir, 'report');
  const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser, PUPPETEER_SKIP_DOWNLOAD: '1' };
  await promisify(execFile)(path.join(repoRoot, 'node_modules', '.bin', 'ace-puppeteer'), ['--silent', '--outdir', out, epub], { env, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as AceReport;
  return {
    issues: report.assertions.flatMap((subject) =>
      subject.assertions.map((a) => ({ impact: a['earl:test']['earl:impact'], rule: a['earl:test']['dct:title'], document: subject['earl:testSubject'].url, description: a['earl:result']['dct:description'] ?? '' })),
    ),
    missingMetadata: report['a11y-metadata']?.missing ?? [],
  };
}
