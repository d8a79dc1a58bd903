// Debian's Chromium (never a downloaded browser), launched for this machine:
// no sandbox as root, and none of the background traffic a closed network refuses.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--font-render-hinting=none',
  // Headless Chromium otherwise loads the omnibox's two WebUI popups, each a
  // renderer running a few hundred modules, in every browser context, for a
  // window nobody sees. (Puppeteer merges this with its own --disable-features.)
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath(): string {
  return process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run ./setup.sh (Debian's chromium package) or set PUPPETEER_EXECUTABLE_PATH`);
  }
  return puppeteer.launch({ executablePath, headless: true, args: chromiumFlags });
}

let version: Promise<string> | undefined;

/** Chromium's version line, without launching it: part of the key of what the build keeps of Chromium's drawing. */
export function chromiumVersion(): Promise<string> {
  version ??= promisify(execFile)(chromiumPath(), ['--version']).then(({ stdout }) => stdout.trim());
  return version;
}
