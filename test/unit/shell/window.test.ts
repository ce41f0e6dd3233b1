import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: Listener | null = null;
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler;
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
  }
  return {
    FakeBrowserWindow,
    FakeWebContents,
    app: { isPackaged: true },
    openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeBrowserWindow,
  shell: { openExternal: electron.openExternal },
}));

const { createSecureWindow, denyPopupsAndWebviews } = await import('../../../src/main/shell/window');
const { APP_ORIGIN, SECURE_WEB_PREFERENCES } = await import('../../../src/main/security');

type FakeWindow = InstanceType<typeof electron.FakeBrowserWindow>;

function navigationEvent(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}

function makeWindow(options: Record<string, unknown> = {}): FakeWindow {
  const window = createSecureWindow({
    preload: '/app/out/preload/index.js',
    allowedOrigin: APP_ORIGIN,
    options,
  }) as unknown as FakeWindow;
  return window;
}

beforeEach(() => {
  electron.FakeBrowserWindow.instances = [];
  electron.openExternal.mockClear();
  electron.app.isPackaged = true;
});

describe('createSecureWindow', () => {
  it('cannot be weakened by caller webPreferences', () => {
    const window = makeWindow({
      width: 800,
      title: 'x',
      webPreferences: {
        nodeIntegration: true,
        nodeIntegrationInWorker: true,
        nodeIntegrationInSubFrames: true,
        sandbox: false,
        contextIsolation: false,
        webSecurity: false,
        allowRunningInsecureContent: true,
        experimentalFeatures: true,
        webviewTag: true,
        navigateOnDragDrop: true,
        devTools: true,
        preload: '/tmp/evil.js',
        enableBlinkFeatures: 'CSSPseudoHas',
        additionalArguments: ['--inspect'],
        plugins: true,
        zoomFactor: 1.25,
      },
    });
    expect(electron.FakeBrowserWindow.instances).toHaveLength(1);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: '/app/out/preload/index.js', devTools: false });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('plugins');
    // Harmless caller choices survive.
    expect(prefs.zoomFactor).toBe(1.25);
    expect(window.options).toMatchObject({ width: 800, title: 'x', show: false });
  });

  it('allows DevTools only when the app is not packaged', () => {
    electron.app.isPackaged = false;
    const prefs = makeWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s is prevented for foreign URLs', (name) => {
    const window = makeWindow();
    for (const url of ['https://evil.example/', 'app://evil/', 'file:///C:/', 'javascript:alert(1)', 'data:,x']) {
      const event = navigationEvent(url);
      window.webContents.emit(name, event);
      expect(event.preventDefault).toHaveBeenCalledTimes(1);
    }
    const own = navigationEvent('app://main/index.html#/partners');
    window.webContents.emit(name, own);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open; only safe links reach the system browser', () => {
    const handler = makeWindow().webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    const urls = ['https://example.com/', 'http://example.com/', 'file:///etc/passwd', 'app://main/', 'ms-msdt:x'];
    for (const url of urls) expect(handler?.({ url, frameName: '', features: '' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('logs instead of throwing when openExternal fails', async () => {
    const log = vi.fn();
    const contents = new electron.FakeWebContents();
    electron.openExternal.mockRejectedValueOnce(new Error('no browser'));
    denyPopupsAndWebviews(contents as never, log);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('openExternal failed', expect.any(Error)));
  });

  it('prevents <webview> attachment', () => {
    const window = makeWindow();
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil' });
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});
