import type { IpcEventLike, IpcListener, IpcMainLike } from '../../../src/main/ipc/types';
import type { EventMessage, InvokeResponse } from './wire';

// The main-process half of the `electron` stand-in: just enough of `ipcMain` for the real
// registerHandlers, plus a `webContents.send` look-alike for main → renderer events. The
// HTTP server (../ipcEndpoints.ts) turns requests into `dispatch` calls and streams events.

export interface IpcMainStandIn {
  /** Handed to the real registerHandlers in place of Electron's ipcMain. */
  readonly ipcMain: IpcMainLike;
  /**
   * Calls the listener registered for `channel` the way Electron would, with a fake event
   * whose sender frame is `senderUrl` (null when the request carried no Origin).
   */
  dispatch(channel: string, senderUrl: string | null, args: readonly unknown[]): Promise<InvokeResponse>;
  /** What main uses to notify the page; mirrors `webContents.send(event, ...args)`. */
  readonly webContents: { send(event: string, ...args: unknown[]): void };
  /** The event stream endpoint listens here; returns an unsubscribe. */
  subscribe(listener: (message: EventMessage) => void): () => void;
  handledChannels(): string[];
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export function createIpcMainStandIn(): IpcMainStandIn {
  const listeners = new Map<string, IpcListener>();
  const subscribers = new Set<(message: EventMessage) => void>();

  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      // Electron throws here too; a double registration is a bug worth failing on.
      if (listeners.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      listeners.set(channel, listener);
    },
    removeHandler(channel) {
      listeners.delete(channel);
    },
  };

  async function dispatch(channel: string, senderUrl: string | null, args: readonly unknown[]): Promise<InvokeResponse> {
    const listener = listeners.get(channel);
    // Same wording as Electron, so renderer code sees the same rejection it would in the app.
    if (!listener) return { outcome: 'rejected', message: `No handler registered for '${channel}'` };
    const event: IpcEventLike = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
    try {
      const value = await listener(event, ...args);
      return { outcome: 'resolved', value };
    } catch (error) {
      // Electron forwards only the message of a thrown error, never the error object.
      return { outcome: 'rejected', message: `Error invoking remote method '${channel}': ${describeError(error)}` };
    }
  }

  return {
    ipcMain,
    dispatch,
    webContents: {
      send(event, ...args) {
        const message: EventMessage = { event, args };
        for (const subscriber of subscribers) subscriber(message);
      },
    },
    subscribe(listener) {
      subscribers.add(listener);
      return () => {
        subscribers.delete(listener);
      };
    },
    handledChannels: () => [...listeners.keys()],
  };
}
