import type { Handlers } from '../ipc/types';
import type { ReportService } from './reportService';

/** Reports: the picker's list, the in-app preview and the export (a job with progress and cancel). */
export function createReportHandlers(s: { reports: ReportService }): Pick<Handlers, 'reports:list' | 'reports:preview' | 'reports:export'> {
  return {
    'reports:list': async () => s.reports.list(),
    'reports:preview': (input) => s.reports.preview(input),
    'reports:export': (input) => s.reports.export(input),
  };
}
