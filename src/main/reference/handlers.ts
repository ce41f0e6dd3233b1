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
  | 'staff:update'
  | 'orgUnits:delete'
  | 'orgUnits:restore'
  | 'majors:delete'
  | 'majors:restore'
  | 'staff:delete'
  | 'staff:restore';

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
    'orgUnits:delete': (input) => reference.orgUnits.delete(input.id),
    'orgUnits:restore': (input) => reference.orgUnits.restore(input.id),
    'majors:delete': (input) => reference.majors.delete(input.id),
    'majors:restore': (input) => reference.majors.restore(input.id),
    'staff:delete': (input) => reference.staff.delete(input.id),
    'staff:restore': (input) => reference.staff.restore(input.id),
  };
}
