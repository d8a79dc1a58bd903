// `dev`: the live preview, until interrupted.
import { spawn } from 'node:child_process';
import { startPreview } from '../dev/index.ts';

export interface DevArgs {
  book: string;
  port: number;
  lang: string[] | undefined;
  open: boolean;
  all: boolean;
}

/** Opens the address in the system's browser, if it has a way to. */
function openBrowser(url: string): void {
  const [command, ...args] = process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`(could not open a browser: open ${url} yourself)`));
  child.unref();
}

export async function devCommand(args: DevArgs): Promise<number> {
  const preview = await startPreview({ root: args.book, port: args.port, langs: args.lang, all: args.all, log: (line) => console.log(line) });
  console.log(`\nPreview at ${preview.url} — watching the manuscript, book.yaml and the theme; Ctrl+C stops.`);
  if (args.open) openBrowser(preview.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await preview.close();
  return 0;
}
