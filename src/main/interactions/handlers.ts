import type { Handlers } from '../ipc/types';
import type { InteractionService } from './interactionService';

type InteractionChannels =
  | 'interactions:list'
  | 'interactions:get'
  | 'interactions:create'
  | 'interactions:update'
  | 'interactions:delete'
  | 'interactions:restore';

export function createInteractionHandlers(interactions: InteractionService): Pick<Handlers, InteractionChannels> {
  return {
    'interactions:list': (input) => interactions.list(input),
    'interactions:get': (input) => interactions.get(input.id),
    'interactions:create': (input) => interactions.create(input),
    'interactions:update': (input) => interactions.update(input),
    'interactions:delete': (input) => interactions.delete(input.id),
    'interactions:restore': (input) => interactions.restore(input.id),
  };
}
