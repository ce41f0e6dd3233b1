import type { Handlers } from '../ipc/types';
import type { BulkService } from './bulkService';

export function createBulkHandlers(services: { bulk: BulkService }): Pick<
  Handlers,
  'bulk:trash' | 'bulk:restore' | 'bulk:setStatus' | 'bulk:setOwner' | 'bulk:export'
> {
  return {
    'bulk:trash': (input) => services.bulk.trash(input),
    'bulk:restore': (input) => services.bulk.restore(input),
    'bulk:setStatus': (input) => services.bulk.setStatus(input),
    'bulk:setOwner': (input) => services.bulk.setOwner(input),
    'bulk:export': (input) => services.bulk.export(input),
  };
}
