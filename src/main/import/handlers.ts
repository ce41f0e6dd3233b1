import type { Handlers } from '../ipc/types';
import type { JobRegistry } from '../jobs/jobRegistry';
import type { ImportService } from './importService';

type ImportChannels = 'import:analyze' | 'import:commit' | 'import:errorReport' | 'import:template' | 'import:mappings' | 'import:saveMapping';

/**
 * The import wizard's channels: analyse (no writes; a job when the input has a jobId, as the
 * wizard sends), commit (always a job), error report, template, saved mappings.
 */
export function createImportHandlers(s: { imports: ImportService; jobs: JobRegistry }): Pick<Handlers, ImportChannels> {
  return {
    'import:analyze': (input) => s.imports.analyze(input),
    'import:commit': (input) => s.imports.commit(input),
    'import:errorReport': (input) => s.imports.errorReport(input),
    'import:template': (input) => s.imports.template(input),
    'import:mappings': (input) => s.imports.mappings(input),
    'import:saveMapping': (input) => s.imports.saveMapping(input),
  };
}
