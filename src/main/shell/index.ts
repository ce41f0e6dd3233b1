import path from 'node:path';
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { createCore, type Core } from '../core';
import { resolveDataDir } from '../db/dataDir';
import { createHandlers } from '../ipc/handlers';
import { registerHandlers } from '../ipc/registerHandlers';
import { APP_ORIGIN, devRendererOrigin } from '../security';
import { electronDesktop } from './desktop';
import { showStartupError } from './dialogs';
import { SCHEDULER_TICK_MS } from '../backup/backupScheduler';
import { offerBackupAfterQuarantine } from './restoreDialog';
import { createElectronPdfPrinter } from './pdfWindow';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { blockNonAppRequests, denyAllPermissions } from './session';
import { createSecureWindow, denyPopupsAndWebviews } from './window';

// Electron main entry (built to out/main/index.js). Only wiring lives here; policy is in
// ../security.ts and the application itself in ../core.ts, both runnable without Electron.

const APP_ID = 'cn.edu.partnerdesk.app';
const NATIVE_BINDING_FILE = 'better_sqlite3.node';

// Before `ready`, in this order: sandbox every renderer, make app:// a privileged scheme.
app.enableSandbox();
registerAppSchemeAsPrivileged();

// Windows: keep data in the local profile. A roaming profile is synced to a server at
// logon/logoff, which copies a live SQLite file and breaks it. Also set before the
// single-instance lock, which is keyed on the userData folder.
if (process.platform === 'win32' && process.env.LOCALAPPDATA) {
  app.setPath('userData', path.join(process.env.LOCALAPPDATA, 'PartnerDesk'));
  app.setAppUserModelId(APP_ID);
}

// Only honoured in development: a packaged app never loads a URL from the environment.
const devRendererUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const devOrigin = devRendererOrigin(devRendererUrl);
const trustedOrigin = devOrigin ?? APP_ORIGIN;

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let unregisterHandlers: (() => void) | null = null;
let backupTimer: NodeJS.Timeout | null = null;
let quitBackupDone = false;

function nativeBindingPath(): string {
  // Packaged: shipped by electron-builder extraResources. Dev: built by scripts/electron-native.mjs.
  return app.isPackaged
    ? path.join(process.resourcesPath, 'native', NATIVE_BINDING_FILE)
    : path.join(app.getAppPath(), '.electron-native', NATIVE_BINDING_FILE);
}

function log(message: string, error: unknown): void {
  console.error(`[partnerdesk] ${message}`, error);
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function shutdown(): void {
  if (backupTimer) clearInterval(backupTimer);
  backupTimer = null;
  unregisterHandlers?.();
  unregisterHandlers = null;
  try {
    core?.close();
  } catch (error) {
    log('closing the core failed', error);
  }
  core = null;
}

/** A restore staged from the /data page is applied by createCore at the next start. */
function relaunchForRestore(): void {
  app.relaunch();
  app.quit();
}

async function withBackupOffer(dataDir: string, open: () => Promise<Core>): Promise<Core> {
  try {
    return await open();
  } catch (error) {
    if (!offerBackupAfterQuarantine(error, dataDir, log)) throw error;
    return open();
  }
}

/** Automatic backups (issue 6): the first start of a day now, then every 15 minutes while changed. */
function startBackupSchedule(running: Core): void {
  const tick = (): void => {
    running.services.backups.tick().catch((error: unknown) => log('automatic backup failed', error));
  };
  tick();
  backupTimer = setInterval(tick, SCHEDULER_TICK_MS);
  backupTimer.unref();
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir({ env: process.env, defaultDir: app.getPath('userData') });
  try {
    denyAllPermissions(session.defaultSession);
    if (!devOrigin) blockNonAppRequests(session.defaultSession);
    handleAppProtocol(path.join(__dirname, '../renderer'));

    // A quarantined database (CORRUPT at start): offer the newest verified backup, then open again.
    core = await withBackupOffer(dataDir, () => createCore({
      dataDir,
      nativeBinding: nativeBindingPath(),
      appVersion: app.getVersion(),
      desktop: electronDesktop,
      pdfPrinter: createElectronPdfPrinter(),
      relaunch: relaunchForRestore,
    }));
    startBackupSchedule(core);
    unregisterHandlers = registerHandlers(ipcMain, createHandlers(core), {
      trustedOrigin,
      checkOutputs: !app.isPackaged,
      log,
    });

    mainWindow = createSecureWindow({
      preload: path.join(__dirname, '../preload/index.js'),
      allowedOrigin: trustedOrigin,
      options: { width: 1280, height: 800, minWidth: 960, minHeight: 600, title: 'PartnerDesk' },
      log,
    });
    // Progress of long work reaches the page the same way the harness delivers it.
    core.events.on((event, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    await mainWindow.loadURL(devOrigin && devRendererUrl ? devRendererUrl : `${APP_ORIGIN}/index.html`);
  } catch (error) {
    log('startup failed', error);
    showStartupError(error, { dataDir });
    shutdown();
    app.exit(1);
  }
}

if (!app.requestSingleInstanceLock()) {
  // Another PartnerDesk owns the database; it focuses its window (below) and we leave.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Any other webContents (e.g. a future PDF window) gets the popup/webview guards too.
  app.on('web-contents-created', (_event, contents) => denyPopupsAndWebviews(contents, log));
  // One window owns the database: closing it ends the app on every platform (incl. macOS),
  // so the database lock is released when the user thinks the app is closed.
  app.on('window-all-closed', () => app.quit());
  // Backup on quit (when anything changed since the last one), then quit for real.
  app.on('before-quit', (event) => {
    if (quitBackupDone || !core) return;
    event.preventDefault();
    quitBackupDone = true;
    core.services.backups
      .onQuit()
      .catch((error: unknown) => log('backup on quit failed', error))
      .finally(() => app.quit());
  });
  app.on('will-quit', shutdown);
  app.whenReady().then(start, (error: unknown) => {
    showStartupError(error);
    app.exit(1);
  });
}
