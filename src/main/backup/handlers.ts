import type { Handlers } from '../ipc/types';
import type { BackupService } from './backupService';
import type { FullExportService } from './exportService';

/** Backups, restore and the full export. */
export function createBackupHandlers(s: {
  backups: BackupService;
  fullExport: FullExportService;
}): Pick<
  Handlers,
  'backups:list' | 'backups:create' | 'backups:createTo' | 'backups:inspect' | 'backups:restore' | 'data:exportAll'
> {
  return {
    'backups:list': async () => s.backups.list(),
    'backups:create': () => s.backups.create('manual'),
    'backups:createTo': (input) => s.backups.createTo(input ?? {}),
    'backups:inspect': (input) => s.backups.inspect(input),
    'backups:restore': (input) => s.backups.restore(input),
    'data:exportAll': (input) => s.fullExport.exportAll(input),
  };
}
