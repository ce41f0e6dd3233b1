import type { z } from 'zod';
import type { Channel } from '@shared/ipc/channels';
import type { contract } from '@shared/ipc/contract';

/** The slice of Electron's ipcMain that registration needs; the harness supplies a stand-in. */
export interface IpcEventLike {
  senderFrame: { url: string } | null | undefined;
}
export type IpcListener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;
export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void;
  removeHandler(channel: string): void;
}

export type ChannelInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.input<(typeof contract)[C]['output']>;

export interface HandlerContext {
  channel: Channel;
}

/** One handler per channel: a missing one fails to compile. */
export type Handlers = {
  [C in Channel]: (input: ChannelInput<C>, ctx: HandlerContext) => Promise<ChannelOutput<C>>;
};
