import { beforeEach, describe, expect, it, vi } from 'vitest';

// The app's PDF printer against a mocked electron: what the window may do, what the
// session serves and blocks, and that the window is destroyed whatever happens.

type RequestHandler = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>;

const h = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    beforeRequest: undefined as RequestHandler | undefined,
    protocolHandlers: new Map<string, ProtocolHandler>(),
    partitions: [] as string[],
    printResult: (): Promise<Uint8Array> => Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake')),
    loadResult: (): Promise<void> => Promise.resolve(),
    served: [] as string[],
    devtoolsCalls: [] as { method: string; params: Record<string, unknown> }[],
  };
  class FakeWindow {
    destroyed = false;
    options: Record<string, unknown>;
    loadedUrl = '';
    printOptions: Record<string, unknown> | undefined;
    webContents = {
      debugger: {
        attach: vi.fn(),
        detach: vi.fn(),
        sendCommand: vi.fn(async (method: string, params: Record<string, unknown>) => {
          state.devtoolsCalls.push({ method, params });
          return { result: { value: true } };
        }),
      },
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      printToPDF: vi.fn(async (options: Record<string, unknown>) => {
        this.printOptions = options;
        return state.printResult();
      }),
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      const handler = state.protocolHandlers.get('https');
      const response = await handler?.({ url });
      state.served.push((await response?.text()) ?? '');
      return state.loadResult();
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  const fakeSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: {
      onBeforeRequest: vi.fn((handler: RequestHandler) => {
        state.beforeRequest = handler;
      }),
    },
    protocol: {
      handle: vi.fn((scheme: string, handler: ProtocolHandler) => state.protocolHandlers.set(scheme, handler)),
    },
  };
  return { state, FakeWindow, fakeSession };
});

vi.mock('electron', () => ({
  app: { isPackaged: true },
  shell: { openExternal: vi.fn() },
  BrowserWindow: h.FakeWindow,
  session: {
    fromPartition: vi.fn((partition: string) => {
      h.state.partitions.push(partition);
      return h.fakeSession;
    }),
  },
}));

const { createElectronPdfPrinter, PDF_ORIGIN, PDF_PARTITION } = await import('../../../src/main/shell/pdfWindow');

function lastWindow(): InstanceType<typeof h.FakeWindow> {
  const window = h.state.windows.at(-1);
  if (!window) throw new Error('no window');
  return window;
}

function decision(url: string): boolean | undefined {
  let cancel: boolean | undefined;
  h.state.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
  return cancel;
}

beforeEach(() => {
  h.state.printResult = () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
  h.state.loadResult = () => Promise.resolve();
});

describe('createElectronPdfPrinter', () => {
  it('prints in a hidden, JavaScript-off, sandboxed window of an in-memory partition without preload', async () => {
    const pdf = await createElectronPdfPrinter().print('<p>报表</p>', { landscape: true });
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    const window = lastWindow();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(window.options.show).toBe(false);
    expect(prefs).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: PDF_PARTITION,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('preload');
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
    expect(h.state.partitions).toEqual([PDF_PARTITION]);
    expect(window.printOptions).toEqual({ preferCSSPageSize: true, printBackground: true, landscape: true });
    expect(window.destroyed).toBe(true);
  });

  it('waits for the embedded fonts through DevTools before printing, then detaches', async () => {
    h.state.devtoolsCalls.length = 0;
    await createElectronPdfPrinter().print('<p>报表</p>');
    const contents = lastWindow().webContents;
    expect(h.state.devtoolsCalls).toEqual([
      { method: 'Runtime.evaluate', params: { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true } },
    ]);
    expect(contents.debugger.detach).toHaveBeenCalledTimes(1);
    expect(contents.debugger.sendCommand.mock.invocationCallOrder[0]).toBeLessThan(contents.printToPDF.mock.invocationCallOrder[0] ?? 0);
  });

  it('serves the document from memory at its own URL, and nothing else', async () => {
    await createElectronPdfPrinter().print('<p>协议台账</p>');
    const window = lastWindow();
    expect(window.loadedUrl.startsWith(`${PDF_ORIGIN}/`)).toBe(true);
    expect(h.state.served.at(-1)).toBe('<p>协议台账</p>');
    // After the print the document is forgotten: its URL is no longer served or allowed.
    const handler = h.state.protocolHandlers.get('https');
    expect((await handler?.({ url: window.loadedUrl }))?.status).toBe(404);
    expect(decision(window.loadedUrl)).toBe(true);
  });

  it('cancels every request except the document being printed and data: URLs', async () => {
    let during: Record<string, boolean | undefined> = {};
    h.state.loadResult = async () => {
      const url = lastWindow().loadedUrl;
      during = {
        document: decision(url),
        data: decision('data:font/woff2;base64,AAAA'),
        other: decision(`${PDF_ORIGIN}/other.html`),
        web: decision('https://example.com/x.png'),
        file: decision('file:///etc/passwd'),
        app: decision('app://main/index.html'),
      };
    };
    await createElectronPdfPrinter().print('<p>x</p>');
    expect(during).toEqual({ document: false, data: false, other: true, web: true, file: true, app: true });
    expect(h.fakeSession.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('destroys the window when printing fails', async () => {
    h.state.printResult = () => Promise.reject(new Error('printing failed'));
    await expect(createElectronPdfPrinter().print('<p>x</p>')).rejects.toThrow('printing failed');
    expect(lastWindow().destroyed).toBe(true);
  });

  it('turns an abort into CANCELLED and destroys the window', async () => {
    const controller = new AbortController();
    h.state.loadResult = async () => {
      controller.abort();
    };
    await expect(createElectronPdfPrinter().print('<p>x</p>', { signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(lastWindow().destroyed).toBe(true);
    const before = h.state.windows.length;
    await expect(createElectronPdfPrinter().print('<p>x</p>', { signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(h.state.windows.length).toBe(before);
  });
});
