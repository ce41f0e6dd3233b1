import { DomainError } from '../errors';
import type { Handlers } from '../ipc/types';

// Placeholder until the report service lands (issue 4); replaced, not extended.
export function createReportHandlers(): Pick<Handlers, 'reports:list' | 'reports:preview' | 'reports:export'> {
  const notYet = (): Promise<never> => Promise.reject(new DomainError('INTERNAL', 'reports not built yet'));
  return {
    'reports:list': async () => [],
    'reports:preview': notYet,
    'reports:export': notYet,
  };
}
