import type { Handlers } from '../ipc/types';
import type { AuditService } from './auditService';
import type { TrashService } from './trashService';

export function createHistoryHandlers(services: {
  trash: TrashService;
  audit: AuditService;
}): Pick<Handlers, 'trash:list' | 'audit:history' | 'audit:names'> {
  return {
    'trash:list': (input) => services.trash.list(input),
    'audit:history': (input) => services.audit.history(input.tableName, input.rowId),
    'audit:names': (input) => services.audit.names(input),
  };
}

/** trash:purge, registered at the admin marker of the handler map. */
export function createTrashPurgeHandlers(trash: TrashService): Pick<Handlers, 'trash:purge'> {
  return {
    'trash:purge': (input) => trash.purge(input),
  };
}
