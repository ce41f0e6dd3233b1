import { expectTypeOf, test } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import type { contract } from '@shared/ipc/contract';
import type { createHandlers } from '../../src/main/ipc/handlers';
import type { Handlers } from '../../src/main/ipc/types';

test('the channel list equals the contract keys', () => {
  expectTypeOf<Channel>().toEqualTypeOf<keyof typeof contract>();
});

test('the handler map has exactly one handler per channel', () => {
  expectTypeOf<keyof Handlers>().toEqualTypeOf<Channel>();
  expectTypeOf<ReturnType<typeof createHandlers>>().toEqualTypeOf<Handlers>();
});
