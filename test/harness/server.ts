import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createCore } from '../../src/main/core';
import { createHandlers } from '../../src/main/ipc/handlers';
import { registerHandlers } from '../../src/main/ipc/registerHandlers';
import { buildPreload } from './buildPreload';
import { startLoopbackServer } from './loopbackServer';

// The e2e harness: the REAL core on a data folder, the REAL registerHandlers on the
// stand-in ipcMain, and the built renderer, all behind one loopback origin. What Electron
// would add (window, app:// protocol, native dialogs) is the thin shell, tested elsewhere.

export const DEFAULT_RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');

export interface HarnessOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** ISO date-time the core's clock starts at; it then advances in real time. */
  now?: string;
  /** Per-run secret for the IPC endpoints; generated when absent. */
  token?: string;
  rendererDir?: string;
}

export interface Harness {
  url: string;
  token: string;
  dataDir: string;
  /** The real preload bundled against the browser stand-in, for addInitScript. */
  preloadScript: string;
  /** main → renderer notification, as `webContents.send(event, ...args)`. */
  sendEvent(event: string, ...args: unknown[]): void;
  /** Stops serving, unregisters the handlers and closes the database. */
  stop(): Promise<void>;
}

/**
 * A clock that starts at `iso` and keeps ticking, so "today" is fixed for date rules while
 * timestamps still increase (a frozen clock would give every row the same time).
 */
export function clockStartingAt(iso: string): () => Date {
  const start = Date.parse(iso);
  if (Number.isNaN(start)) throw new Error(`--now is not a date: ${iso}`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}

function logToStderr(message: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[harness] ${message}: ${detail}\n`);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const preloadScript = await buildPreload();
  const core = await createCore({
    dataDir: options.dataDir,
    ...(options.now ? { clock: clockStartingAt(options.now) } : {}),
  });
  try {
    const server = await startLoopbackServer({
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      token,
      port: options.port ?? 0,
      wire: (ipcMain, trustedOrigin) =>
        registerHandlers(ipcMain, createHandlers(core), { trustedOrigin, checkOutputs: true, log: logToStderr }),
    });
    return {
      url: server.url,
      token,
      dataDir: core.dataDir,
      preloadScript,
      sendEvent: (event, ...args) => server.standIn.webContents.send(event, ...args),
      async stop() {
        try {
          await server.stop();
        } finally {
          core.close();
        }
      },
    };
  } catch (error) {
    core.close();
    throw error;
  }
}
