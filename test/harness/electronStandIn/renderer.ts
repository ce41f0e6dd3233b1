import {
  EVENTS_PATH,
  INVOKE_PATH,
  TOKEN_GLOBAL,
  TOKEN_HEADER,
  TOKEN_QUERY,
  encodeArgs,
  isEventMessage,
  type InvokeResponse,
} from './wire';

// The browser half of the `electron` stand-in. buildPreload.ts aliases `electron` to this
// file, so the REAL preload runs unchanged in Chromium: its ipcRenderer.invoke becomes a
// same-origin POST (allowed by the production CSP's `connect-src 'self'`), its
// ipcRenderer.on an EventSource. Checked with the node tsconfig (no DOM lib), hence the
// small structural types for the few browser globals used.

interface MessageEventLike {
  data: unknown;
}
interface EventSourceLike {
  onmessage: ((message: MessageEventLike) => void) | null;
  close(): void;
}
interface BrowserGlobals {
  fetch: typeof fetch;
  EventSource: new (url: string) => EventSourceLike;
  [TOKEN_GLOBAL]?: { token?: unknown };
}

const browser = globalThis as unknown as BrowserGlobals;

// Captured before any page script runs, so the page can neither read the token (the
// preload's world is isolated in Electron) nor swap fetch underneath the bridge.
const injectedToken = browser[TOKEN_GLOBAL]?.token;
const token = typeof injectedToken === 'string' ? injectedToken : null;
delete browser[TOKEN_GLOBAL];
const nativeFetch = browser.fetch.bind(globalThis);
const NativeEventSource = browser.EventSource;

/** What Electron hands to `ipcRenderer.on` listeners; the real preload must not pass it on. */
export interface IpcRendererEvent {
  sender: IpcRendererStandIn;
  ports: never[];
}
type RendererListener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the preload uses. */
export interface IpcRendererStandIn {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, listener: RendererListener): IpcRendererStandIn;
  removeListener(event: string, listener: RendererListener): IpcRendererStandIn;
  off(event: string, listener: RendererListener): IpcRendererStandIn;
}

const listenersByEvent = new Map<string, RendererListener[]>();
let eventSource: EventSourceLike | null = null;

function deliver(data: unknown): void {
  let message: unknown;
  try {
    message = JSON.parse(String(data));
  } catch {
    return;
  }
  if (!isEventMessage(message)) return;
  // Copy first: a listener may unsubscribe while we iterate, as with Node's EventEmitter.
  for (const listener of [...(listenersByEvent.get(message.event) ?? [])]) {
    listener({ sender: ipcRenderer, ports: [] }, ...message.args);
  }
}

/** One stream per page, opened on the first subscription and closed after the last. */
function syncEventSource(): void {
  const wanted = [...listenersByEvent.values()].some((list) => list.length > 0);
  if (wanted && !eventSource && token !== null) {
    eventSource = new NativeEventSource(`${EVENTS_PATH}?${TOKEN_QUERY}=${encodeURIComponent(token)}`);
    eventSource.onmessage = (message) => deliver(message.data);
  } else if (!wanted && eventSource) {
    eventSource.close();
    eventSource = null;
  }
}

export const ipcRenderer: IpcRendererStandIn = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    if (token === null) throw new Error(`Error invoking remote method '${channel}': no harness token in the page`);
    const response = await nativeFetch(INVOKE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ channel, args: encodeArgs(args) }),
    });
    if (!response.ok) {
      throw new Error(`Error invoking remote method '${channel}': harness refused the call (HTTP ${response.status})`);
    }
    const result = (await response.json()) as InvokeResponse;
    if (result.outcome === 'rejected') throw new Error(result.message);
    return result.value;
  },

  on(event: string, listener: RendererListener): IpcRendererStandIn {
    listenersByEvent.set(event, [...(listenersByEvent.get(event) ?? []), listener]);
    syncEventSource();
    return ipcRenderer;
  },

  removeListener(event: string, listener: RendererListener): IpcRendererStandIn {
    const list = listenersByEvent.get(event) ?? [];
    // Like EventEmitter: remove the most recently added registration of this function.
    const index = list.lastIndexOf(listener);
    if (index >= 0) listenersByEvent.set(event, [...list.slice(0, index), ...list.slice(index + 1)]);
    syncEventSource();
    return ipcRenderer;
  },

  off(event: string, listener: RendererListener): IpcRendererStandIn {
    return ipcRenderer.removeListener(event, listener);
  },
};

export const contextBridge = {
  /**
   * Electron copies the API into the page's world; functions become proxies. Here the copy
   * is one level deep with wrapped functions, defined read-only and frozen on `window`.
   */
  exposeInMainWorld(key: string, api: Record<string, unknown>): void {
    if (Object.prototype.hasOwnProperty.call(globalThis, key)) {
      throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    }
    const copy: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(api)) {
      copy[name] =
        typeof value === 'function' ? (...args: unknown[]): unknown => (value as (...a: unknown[]) => unknown)(...args) : value;
    }
    Object.defineProperty(globalThis, key, {
      value: Object.freeze(copy),
      enumerable: true,
      writable: false,
      configurable: false,
    });
  },
};
