import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { IpcMainLike } from '../../src/main/ipc/types';
import { createIpcMainStandIn, type IpcMainStandIn } from './electronStandIn/main';
import { createIpcEndpoints } from './ipcEndpoints';
import { createStaticFileHandler } from './staticFiles';

// ONE HTTP server on 127.0.0.1 for both the built renderer and the IPC endpoints, so the
// page and its IPC share an origin and the production CSP (`connect-src 'self'`) holds
// unchanged. Knows nothing about the core: `wire` registers whatever handlers the caller
// wants on the stand-in ipcMain (server.ts passes the real registerHandlers).

export interface LoopbackServerOptions {
  rendererDir: string;
  token: string;
  /** 0 picks a free port; a restart passes the previous one to keep the page's origin. */
  port?: number;
  /** Called once the origin is known, before any request is answered; returns an unregister. */
  wire(ipcMain: IpcMainLike, trustedOrigin: string): () => void;
}

export interface LoopbackServer {
  /** e.g. http://127.0.0.1:43121 (no trailing slash): also the trusted IPC origin. */
  url: string;
  standIn: IpcMainStandIn;
  stop(): Promise<void>;
}

export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  if (!fs.existsSync(path.join(options.rendererDir, 'index.html'))) {
    throw new Error(`No built renderer at ${options.rendererDir}: run \`npx electron-vite build\` first`);
  }
  const standIn = createIpcMainStandIn();
  const endpoints = createIpcEndpoints(standIn, options.token);
  const serveStatic = createStaticFileHandler(options.rendererDir);
  let ready = false;

  const server = http.createServer((req, res) => {
    const respond = async (): Promise<void> => {
      if (!ready) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('harness starting');
        return;
      }
      if (await endpoints.handle(req, res)) return;
      await serveStatic(req, res);
    };
    respond().catch((error: unknown) => {
      process.stderr.write(`[harness] request ${req.method ?? '?'} ${req.url ?? '?'} failed: ${String(error)}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  let unregister: () => void;
  try {
    unregister = options.wire(standIn.ipcMain, url);
  } catch (error) {
    server.close();
    throw error;
  }
  ready = true;

  return {
    url,
    standIn,
    async stop() {
      ready = false;
      unregister();
      endpoints.closeStreams();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets from Chromium would otherwise hold the port (and a restart) open.
      server.closeAllConnections();
      await closed;
    },
  };
}
