// The preview's HTTP side, on the loopback interface only: pages from the
// preview's output folder with the live script added, other files through
// sirv, downloads built on request, and a WebSocket channel (ws) that tells
// open pages to reload or to show the manuscript's errors.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';

export type DevMessage =
  /** Site paths ("en/02-x.html") whose files were just rewritten, complete. */
  | { type: 'reload'; pages: string[] }
  /** The manuscript's diagnostics: as vfile-reporter prints them, and one by one at file:line:column. */
  | { type: 'errors'; text: string; problems: Problem[] }
  | { type: 'clean' };

export interface Problem {
  /** "manuscript/en/01-first.md:12:60", relative to the book root. */
  place: string;
  severity: 'error' | 'warning';
  reason: string;
  rule: string;
}

export interface ServeOptions {
  out: string;
  port: number;
  langs: readonly string[];
  /** The current diagnostics when the manuscript has errors, else undefined. */
  errors: () => Extract<DevMessage, { type: 'errors' }> | undefined;
  /** Builds a language's PDF or EPUB if the one on disk is out of date. */
  download: (lang: string, format: 'pdf' | 'epub') => Promise<void>;
}

export interface PreviewServer {
  url: string;
  port: number;
  broadcast(message: DevMessage): void;
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const host = '127.0.0.1';

/** The live script and stylesheet, added to a page as it is served. */
function inject(html: string, page: string): string {
  const tags = `<link rel="stylesheet" href="/__dev/client.css"><script src="/__dev/client.js" data-page="${page.replace(/[&"<>]/g, '')}" defer></script>`;
  const at = html.indexOf('</head>');
  return at === -1 ? tags + html : html.slice(0, at) + tags + html.slice(at);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

export async function servePreview(options: ServeOptions): Promise<PreviewServer> {
  const out = path.resolve(options.out);
  const files = sirv(out, { dev: true, dotfiles: false });
  const clientFiles = {
    '/__dev/client.js': ['text/javascript; charset=utf-8', await readFile(path.join(here, 'client.js'))],
    '/__dev/client.css': ['text/css; charset=utf-8', await readFile(path.join(here, 'client.css'))],
  } as const;

  async function page(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> {
    const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    if (!relative.endsWith('.html')) return false;
    const file = path.join(out, path.normalize(relative));
    if (!file.startsWith(out + path.sep)) return false;
    const site = path.relative(out, file).split(path.sep).join('/');
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (html !== undefined) send(response, 200, 'text/html; charset=utf-8', request.method === 'HEAD' ? '' : inject(html, site));
    else if (options.errors()) send(response, 500, 'text/html; charset=utf-8', inject('<!doctype html><html><head><title>Errors in the manuscript</title></head><body></body></html>', site));
    else send(response, 404, 'text/plain; charset=utf-8', `No page ${pathname}`);
    return true;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${host}`);
    const pathname = decodeURIComponent(url.pathname);
    if (pathname in clientFiles) {
      const [type, body] = clientFiles[pathname as keyof typeof clientFiles];
      return send(response, 200, type, body);
    }
    if (pathname === '/') {
      response.writeHead(302, { Location: `/${options.langs[0]}/` });
      return void response.end();
    }
    const download = /^\/([^/]+)\/[^/]+\.(pdf|epub)$/.exec(pathname);
    if (download && options.langs.includes(download[1]!)) {
      try {
        await options.download(download[1]!, download[2] as 'pdf' | 'epub');
      } catch (problem) {
        return send(response, 503, 'text/plain; charset=utf-8', `Could not build ${pathname}: ${problem instanceof Error ? problem.message : String(problem)}`);
      }
    }
    if (await page(request, response, pathname)) return;
    files(request, response, () => send(response, 404, 'text/plain; charset=utf-8', `No file ${pathname}`));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((problem: unknown) => send(response, 500, 'text/plain; charset=utf-8', String(problem)));
  });
  const sockets = new WebSocketServer({ server, path: '/__dev/ws' });
  sockets.on('connection', (socket: WebSocket) => {
    // A page opened while the manuscript is broken shows the errors at once.
    const errors = options.errors();
    if (errors) socket.send(JSON.stringify(errors));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    broadcast(message) {
      const text = JSON.stringify(message);
      for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(text);
    },
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
