import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DesktopPort } from '../../src/main/files/desktopPort';
import { createCore } from '../../src/main/core';
import { createChromiumPdfPrinter } from '../../src/main/pdf/chromiumPdfPrinter';
import { createHandlers } from '../../src/main/ipc/handlers';
import { registerHandlers } from '../../src/main/ipc/registerHandlers';
import { buildPreload } from './buildPreload';
import { startLoopbackServer } from './loopbackServer';

// The e2e harness: the REAL core on a data folder, the REAL registerHandlers on the
// stand-in ipcMain, and the built renderer, all behind one loopback origin. What Electron
// would add (window, app:// protocol, native dialogs) is the thin shell, tested elsewhere.

// PD_RENDERER_DIR lets parallel work test its own copy of a build instead of out/renderer.
export const DEFAULT_RENDERER_DIR = process.env.PD_RENDERER_DIR
  ? path.resolve(process.env.PD_RENDERER_DIR)
  : path.resolve(__dirname, '../../out/renderer');

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

/**
 * Where the harness's desktop stand-in records what the app asked to open: one JSON line
 * `{ action: 'openFile' | 'revealFile', file }` per request, in the data folder, so a
 * test (in another process) can read it. The loopback server is not extended for this.
 */
export const OPENED_LOG_FILE = '.harness-opened.jsonl';

export interface OpenedRecord {
  action: 'openFile' | 'revealFile' | 'chooseSavePath' | 'chooseFolder';
  file: string;
}

/** Where the harness's save dialog puts files ("the user picked this folder"). */
export const HARNESS_SAVE_DIR = 'harness-saved';
/** What the harness's folder picker answers (a USB stick in real life). */
export const HARNESS_PICKED_FOLDER = 'harness-picked-folder';

export function readOpenedLog(dataDir: string): OpenedRecord[] {
  const file = path.join(dataDir, OPENED_LOG_FILE);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as OpenedRecord);
}

/** Records instead of opening: the harness has no desktop, and a test must not launch programs. */
function recordingDesktop(dataDir: string): DesktopPort {
  const record = (entry: OpenedRecord): void => fs.appendFileSync(path.join(dataDir, OPENED_LOG_FILE), `${JSON.stringify(entry)}\n`);
  return {
    openFile: (file) => {
      record({ action: 'openFile', file });
      return Promise.resolve();
    },
    revealFile: (file) => record({ action: 'revealFile', file }),
    chooseSavePath: (options) => {
      const file = path.join(dataDir, HARNESS_SAVE_DIR, options.defaultName);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      record({ action: 'chooseSavePath', file });
      return Promise.resolve(file);
    },
    chooseFolder: () => {
      const folder = path.join(dataDir, HARNESS_PICKED_FOLDER);
      fs.mkdirSync(folder, { recursive: true });
      record({ action: 'chooseFolder', file: folder });
      return Promise.resolve(folder);
    },
  };
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const preloadScript = await buildPreload();
  const pdfPrinter = createChromiumPdfPrinter();
  const core = await createCore({
    dataDir: options.dataDir,
    desktop: recordingDesktop(options.dataDir),
    pdfPrinter,
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
    core.events.on((event, payload) => server.standIn.webContents.send(event, payload));
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
          await pdfPrinter.close?.();
        }
      },
    };
  } catch (error) {
    core.close();
    throw error;
  }
}
