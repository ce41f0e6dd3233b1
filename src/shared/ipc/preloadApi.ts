import type { AppEvent, Channel } from './channels';
import type { Result } from './result';

/** What the preload exposes as `window.partnerdesk`. Nothing else crosses the bridge. */
export interface PreloadApi {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  on(event: AppEvent, listener: (payload: unknown) => void): () => void;
}

export const PRELOAD_GLOBAL = 'partnerdesk' as const;
