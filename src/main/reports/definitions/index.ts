import type { ReportId } from '@shared/domain/report';
import type { ReportDefinition } from '../reportDefinition';
// [indicators] report imports (R1–R8)
// [registers] report imports (R10, R11, R12, R14, R17)

/** Every report by id; a test checks that all REPORT_IDS are present. */
export const REPORT_DEFINITIONS: Partial<Record<ReportId, ReportDefinition>> = {
  // [indicators] reports
  // [registers] reports
};
