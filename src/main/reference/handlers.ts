import type { Handlers } from '../ipc/types';
import type { ReferenceService } from './referenceService';

type ReferenceChannels =
  | 'orgUnits:list'
  | 'orgUnits:create'
  | 'orgUnits:update'
  | 'majors:list'
  | 'majors:create'
  | 'majors:update'
  | 'staff:list'
  | 'staff:create'
  | 'staff:update';

export function createReferenceHandlers(reference: ReferenceService): Pick<Handlers, ReferenceChannels> {
  return {
    'orgUnits:list': (input) => reference.orgUnits.list(input),
    'orgUnits:create': (input) => reference.orgUnits.create(input),
    'orgUnits:update': (input) => reference.orgUnits.update(input),
    'majors:list': (input) => reference.majors.list(input),
    'majors:create': (input) => reference.majors.create(input),
    'majors:update': (input) => reference.majors.update(input),
    'staff:list': (input) => reference.staff.list(input),
    'staff:create': (input) => reference.staff.create(input),
    'staff:update': (input) => reference.staff.update(input),
  };
}
