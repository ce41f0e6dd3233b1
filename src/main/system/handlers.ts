import type { Handlers } from '../ipc/types';
import type { SeedService } from './seedService';
import type { SystemInfoSource } from '../services';

export function createSystemHandlers(services: { system: SystemInfoSource; seed: SeedService }): Pick<Handlers, 'app:info' | 'sample:seed'> {
  return {
    'app:info': async () => services.system.info(),
    'sample:seed': (input) => services.seed.sample(input),
  };
}
