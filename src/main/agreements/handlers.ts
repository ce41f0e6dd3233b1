import type { Handlers } from '../ipc/types';
import type { AgreementService } from './agreementService';

type AgreementChannels =
  | 'agreements:list'
  | 'agreements:get'
  | 'agreements:create'
  | 'agreements:update'
  | 'agreements:delete'
  | 'agreements:restore'
  | 'agreements:transition'
  | 'agreements:renew';

export function createAgreementHandlers(agreements: AgreementService): Pick<Handlers, AgreementChannels> {
  return {
    'agreements:list': (input) => agreements.list(input),
    'agreements:get': (input) => agreements.get(input.id),
    'agreements:create': (input) => agreements.create(input),
    'agreements:update': (input) => agreements.update(input),
    'agreements:delete': (input) => agreements.delete(input.id),
    'agreements:restore': (input) => agreements.restore(input.id),
    'agreements:transition': (input) => agreements.transition(input),
    'agreements:renew': (input) => agreements.renew(input),
  };
}
