import type { AppEvent } from '@shared/ipc/channels';

export type AppEventListener = (event: AppEvent, payload: unknown) => void;

/**
 * Main → renderer notifications, owned by the core so every way in sees the same events:
 * the shell forwards them with webContents.send, the harness over its event stream, the CLI
 * prints progress to stderr.
 */
export interface AppEvents {
  on(listener: AppEventListener): () => void;
  emit(event: AppEvent, payload: unknown): void;
}

export function createAppEvents(): AppEvents {
  const listeners = new Set<AppEventListener>();
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event, payload) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch {
          // A broken listener (closed window) must not break the work that reports progress.
        }
      }
    },
  };
}
