import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Drives src/main/shell/index.ts (module side effects) against a mocked electron and core.
// Vitest cannot mock a module that does not exist yet, so the suite waits for ipc/handlers.ts.
const handlersWritten = existsSync(path.join(__dirname, '../../../src/main/ipc/handlers.ts'));

type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  let resolveReady: () => void = () => undefined;
  const window = {
    webContents: {},
    loadURL: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
    once: vi.fn(),
    on: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    restore: vi.fn(),
    isMinimized: vi.fn(() => true),
    isDestroyed: vi.fn(() => false),
  };
  const core = {
    dataDir: '',
    dbFile: '',
    close: vi.fn(),
    events: { on: vi.fn(() => () => undefined), emit: vi.fn() },
    // [backup] the automatic backup timer and the backup on quit
    services: { backups: { tick: vi.fn(() => Promise.resolve(null)), onQuit: vi.fn(() => Promise.resolve(null)) } },
  };
  const app = {
    isPackaged: false,
    lock: true,
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    setPath: vi.fn<(name: string, value: string) => void>(() => {
      calls.push('setPath');
    }),
    setAppUserModelId: vi.fn(),
    getPath: vi.fn<(name: string) => string>(() => '/home/u/.config/PartnerDesk'),
    getAppPath: vi.fn(() => '/project'),
    getVersion: vi.fn(() => '0.1.0'),
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return app.lock;
    }),
    on: vi.fn((name: string, listener: Listener) => appListeners.set(name, listener)),
    whenReady: vi.fn(() => {
      calls.push('whenReady');
      return new Promise<void>((resolve) => (resolveReady = resolve));
    }),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  return {
    calls,
    appListeners,
    ready: () => resolveReady(),
    window,
    core,
    app,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    dialog: { showErrorBox: vi.fn() },
    createSecureWindow: vi.fn<(config: Record<string, unknown>) => typeof window>(() => window),
    createCore: vi.fn<(config: Record<string, unknown>) => Promise<typeof core>>(() => Promise.resolve(core)),
    createHandlers: vi.fn(() => ({})),
    registerHandlers: vi.fn<(ipc: unknown, handlers: unknown, options: Record<string, unknown>) => () => void>(() =>
      vi.fn(),
    ),
  };
});

vi.mock('electron', () => ({
  app: h.app,
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  protocol: h.protocol,
  session: h.session,
  dialog: h.dialog,
  shell: { openExternal: vi.fn(), openPath: vi.fn(), showItemInFolder: vi.fn() },
  BrowserWindow: vi.fn(),
}));
vi.mock('../../../src/main/core', () => ({ createCore: h.createCore }));
vi.mock('../../../src/main/ipc/handlers', () => ({ createHandlers: h.createHandlers }));
vi.mock('../../../src/main/ipc/registerHandlers', () => ({ registerHandlers: h.registerHandlers }));
vi.mock('../../../src/main/shell/window', () => ({
  createSecureWindow: h.createSecureWindow,
  denyPopupsAndWebviews: vi.fn(),
}));

const savedEnv = { ...process.env };
const savedPlatform = process.platform;

async function boot(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/shell/index');
}

async function bootAndStart(): Promise<void> {
  await boot();
  h.ready();
  await vi.waitFor(() => expect(h.window.loadURL.mock.calls.length + h.app.exit.mock.calls.length).toBe(1));
}

beforeEach(() => {
  vi.clearAllMocks();
  h.calls.length = 0;
  h.appListeners.clear();
  h.app.isPackaged = false;
  h.app.lock = true;
  process.env = { ...savedEnv };
  delete process.env.ELECTRON_RENDERER_URL;
  delete process.env.PARTNERDESK_DATA_DIR;
  Object.assign(process, { resourcesPath: '/opt/PartnerDesk/resources' });
});

afterEach(() => {
  process.env = { ...savedEnv };
  Object.defineProperty(process, 'platform', { value: savedPlatform });
});

describe.skipIf(!handlersWritten)('shell/index.ts', () => {
  it('enables the sandbox and registers app:// before asking for ready', async () => {
    await boot();
    expect(h.calls.indexOf('enableSandbox')).toBe(0);
    expect(h.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.calls.indexOf('whenReady'));
    expect(h.calls.indexOf('requestSingleInstanceLock')).toBeLessThan(h.calls.indexOf('whenReady'));
  });

  it('quits without starting when another instance holds the lock', async () => {
    h.app.lock = false;
    await boot();
    expect(h.app.quit).toHaveBeenCalled();
    expect(h.app.whenReady).not.toHaveBeenCalled();
    expect(h.createCore).not.toHaveBeenCalled();
  });

  it('moves userData to %LOCALAPPDATA%\\PartnerDesk on Windows before taking the lock', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    process.env.LOCALAPPDATA = 'C:/Users/t/AppData/Local';
    await boot();
    expect(h.app.setPath).toHaveBeenCalledWith('userData', path.join('C:/Users/t/AppData/Local', 'PartnerDesk'));
    expect(h.calls.indexOf('setPath')).toBeLessThan(h.calls.indexOf('requestSingleInstanceLock'));
  });

  it('starts the core with the dev native binding and serves app://main in production mode', async () => {
    await bootAndStart();
    expect(h.createCore).toHaveBeenCalledWith({
      dataDir: path.resolve('/home/u/.config/PartnerDesk'),
      nativeBinding: path.join('/project', '.electron-native', 'better_sqlite3.node'),
      appVersion: '0.1.0',
      desktop: expect.objectContaining({ openFile: expect.any(Function), revealFile: expect.any(Function) }),
      pdfPrinter: expect.objectContaining({ print: expect.any(Function) }),
      relaunch: expect.any(Function),
    });
    const options = h.registerHandlers.mock.calls[0]?.[2];
    expect(options).toMatchObject({ trustedOrigin: 'app://main', checkOutputs: true });
    expect(h.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(h.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(h.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(h.window.loadURL).toHaveBeenCalledWith('app://main/index.html');
    expect(h.createSecureWindow.mock.calls[0]?.[0]).toMatchObject({ allowedOrigin: 'app://main' });
  });

  it('uses the packaged native binding and ignores ELECTRON_RENDERER_URL when packaged', async () => {
    h.app.isPackaged = true;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await bootAndStart();
    expect(h.createCore.mock.calls[0]?.[0]).toMatchObject({
      nativeBinding: path.join('/opt/PartnerDesk/resources', 'native', 'better_sqlite3.node'),
    });
    expect(h.registerHandlers.mock.calls[0]?.[2]).toMatchObject({ trustedOrigin: 'app://main', checkOutputs: false });
    expect(h.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(h.window.loadURL).toHaveBeenCalledWith('app://main/index.html');
  });

  it('trusts the dev server origin in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    process.env.PARTNERDESK_DATA_DIR = '/tmp/pd-data';
    await bootAndStart();
    expect(h.createCore.mock.calls[0]?.[0]).toMatchObject({ dataDir: path.resolve('/tmp/pd-data') });
    expect(h.registerHandlers.mock.calls[0]?.[2]).toMatchObject({ trustedOrigin: 'http://localhost:5173' });
    expect(h.window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(h.session.defaultSession.webRequest.onBeforeRequest).not.toHaveBeenCalled();
  });

  it('shows a clear error box and exits non-zero when the database is busy', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Imported after boot's resetModules, so it is the same class the shell sees.
    h.createCore.mockImplementationOnce(async () => {
      const errors = await import('../../../src/main/errors');
      throw new errors.DomainError('DB_BUSY', 'busy');
    });
    await bootAndStart();
    expect(h.dialog.showErrorBox).toHaveBeenCalledWith(
      expect.any(String),
      expect.stringContaining('数据库正被另一程序/用户使用'),
    );
    expect(h.app.exit).toHaveBeenCalledWith(1);
    expect(h.window.loadURL).not.toHaveBeenCalled();
    expect(consoleError).toHaveBeenCalledWith('[partnerdesk] startup failed', expect.anything());
    consoleError.mockRestore();
  });

  it('focuses the first window on a second instance and closes the core on quit', async () => {
    await bootAndStart();
    h.appListeners.get('second-instance')?.({}, [], '/');
    expect(h.window.restore).toHaveBeenCalled();
    expect(h.window.focus).toHaveBeenCalled();
    h.appListeners.get('will-quit')?.({});
    expect(h.core.close).toHaveBeenCalledTimes(1);
  });
});
