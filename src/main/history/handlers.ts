import type { Handlers } from '../ipc/types';
import type { AuditService } from './auditService';
import type { TrashService } from './trashService';

export function createHistoryHandlers(services: {
  trash: TrashService;
  audit: AuditService;
}): Pick<Handlers, 'trash:list' | 'audit:history'> {
  return {
    'trash:list': (input) => services.trash.list(input),
    'audit:history': (input) => services.audit.history(input.tableName, input.rowId),
  };
}
