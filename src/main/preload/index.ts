import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isAppEvent, isChannel, type AppEvent, type Channel } from '../../shared/ipc/channels';
import type { PRELOAD_GLOBAL, PreloadApi } from '../../shared/ipc/preloadApi';
import type { Result } from '../../shared/ipc/result';

// Runs sandboxed: it may import only 'electron' and the zero-import channels list (bundled
// in). Other shared files are type-only imports. The renderer gets exactly two functions;
// ipcRenderer itself, or any pass-through to it, never crosses the bridge.

const GLOBAL_NAME: typeof PRELOAD_GLOBAL = 'partnerdesk';

const api: PreloadApi = {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
    // Checked here too (main checks again): a compromised renderer cannot reach Electron's
    // internal or future channels through this function.
    if (!isChannel(channel)) {
      return Promise.reject(new Error(`Unknown IPC channel: ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>;
  },

  on(event: AppEvent, listener: (payload: unknown) => void): () => void {
    if (!isAppEvent(event)) throw new Error(`Unknown app event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IpcRendererEvent carries `sender` (the ipcRenderer); it is dropped, as are extra args.
    const forward = (_ipcEvent: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld(GLOBAL_NAME, Object.freeze(api));
