import type { Handlers } from '../ipc/types';
import type { SampleDataService } from './sampleDataService';

export function createSampleDataHandlers(services: { sampleData: SampleDataService }): Pick<Handlers, 'sample:status' | 'sample:clear'> {
  return {
    'sample:status': () => services.sampleData.status(),
    'sample:clear': () => services.sampleData.clear(),
  };
}
