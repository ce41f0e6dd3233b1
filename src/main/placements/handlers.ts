import type { Handlers } from '../ipc/types';
import type { PlacementStatService } from './placementStatService';

type PlacementChannel = Extract<keyof Handlers, `placementStats:${string}`>;

export function createPlacementHandlers(placements: PlacementStatService): Pick<Handlers, PlacementChannel> {
  return {
    'placementStats:list': (input) => placements.list(input),
    'placementStats:create': (input) => placements.create(input),
    'placementStats:update': (input) => placements.update(input),
    'placementStats:delete': (input) => placements.delete(input.id),
    'placementStats:restore': (input) => placements.restore(input.id),
  };
}
