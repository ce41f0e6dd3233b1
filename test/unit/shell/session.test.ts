import { describe, expect, it, vi } from 'vitest';

// session.ts imports only types from electron; the mock guards against a value import sneaking in.
vi.mock('electron', () => ({}));

const { blockNonAppRequests, denyAllPermissions } = await import('../../../src/main/shell/session');

type Handler = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Handler | undefined> = {};
  let requestFilter: { urls: string[] } | undefined;
  const session = {
    setPermissionRequestHandler: (handler: Handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: Handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: Handler) => (handlers.device = handler),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, handler: Handler) => {
        requestFilter = filter;
        handlers.beforeRequest = handler;
      },
    },
  };
  return { session, handlers, filter: () => requestFilter };
}

const PERMISSIONS = [
  'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal',
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection',
  'window-management', 'local-fonts', 'storage-access', 'fileSystem', 'keyboardLock', 'unknown',
];

describe('denyAllPermissions', () => {
  const { session, handlers } = fakeSession();
  denyAllPermissions(session as never);

  it('sets request, check and device handlers', () => {
    expect(handlers.request).toBeTypeOf('function');
    expect(handlers.check).toBeTypeOf('function');
    expect(handlers.device).toBeTypeOf('function');
  });

  it.each(PERMISSIONS)('denies the %s prompt and check, even for the app origin', (permission) => {
    const callback = vi.fn();
    handlers.request?.({}, permission, callback, { requestingUrl: 'app://main/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(handlers.check?.({}, permission, 'app://main', {})).toBe(false);
    expect(handlers.check?.(null, permission, 'https://evil.example', {})).toBe(false);
  });

  it('denies HID/USB/serial devices', () => {
    for (const deviceType of ['hid', 'usb', 'serial']) {
      expect(handlers.device?.({ deviceType, origin: 'app://main', device: {} })).toBe(false);
    }
  });
});

describe('blockNonAppRequests', () => {
  it('cancels every network and file request', () => {
    const { session, handlers, filter } = fakeSession();
    blockNonAppRequests(session as never);
    expect(filter()?.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*']),
    );
    const callback = vi.fn();
    handlers.beforeRequest?.({ url: 'https://evil.example/beacon' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
