import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../../src/shared/ipc/channels';
import type { PreloadApi } from '../../../src/shared/ipc/preloadApi';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, input: unknown) => Promise<unknown>>(() => Promise.resolve({ ok: true, value: 'pong' })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let api: PreloadApi;

beforeAll(async () => {
  await import('../../../src/main/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, PreloadApi];
  expect(name).toBe('partnerdesk');
  api = exposed;
});

describe('preload bridge', () => {
  it('exposes exactly invoke and on, frozen, and nothing of ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it.each([
    ['not:a-channel'],
    ['__proto__'],
    ['constructor'],
    ['ELECTRON_BROWSER_WINDOW_ALERT'],
    [''],
    ['partners:list '],
    ['PARTNERS:LIST'],
  ])('rejects the unknown channel %j without touching IPC', async (channel) => {
    electron.ipcRenderer.invoke.mockClear();
    await expect(api.invoke(channel as never, {})).rejects.toThrow(/Unknown IPC channel/);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('rejects non-string channels with a rejected promise, not a throw', async () => {
    for (const channel of [null, undefined, 42, { toString: () => 'partners:list' }]) {
      const result = api.invoke(channel as never, {});
      expect(result).toBeInstanceOf(Promise);
      await expect(result).rejects.toBeInstanceOf(Error);
    }
  });

  it('forwards every contract channel with its input', async () => {
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear();
      await expect(api.invoke(channel, { q: 1 })).resolves.toEqual({ ok: true, value: 'pong' });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, { q: 1 });
    }
  });

  it('on() refuses events outside EVENTS', () => {
    expect(() => api.on('partners:list' as never, () => undefined)).toThrow(/Unknown app event/);
    expect(() => api.on('progress', 'not a function' as never)).toThrow(TypeError);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('on() strips the IPC event and extra arguments, and unsubscribes', () => {
    const event = EVENTS[0];
    const received: unknown[][] = [];
    const unsubscribe = api.on(event, (...args: unknown[]) => received.push(args));
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [registeredEvent, wrapped] = electron.ipcRenderer.on.mock.calls[0] as [string, Listener];
    expect(registeredEvent).toBe(event);

    const ipcEvent = { sender: electron.ipcRenderer, senderFrame: {}, ports: [] };
    wrapped(ipcEvent, { done: 1, total: 2 }, 'extra');
    expect(received).toEqual([[{ done: 1, total: 2 }]]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(event, wrapped);
  });
});
