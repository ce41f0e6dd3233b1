import type { ReportId } from '@shared/domain/report';
import type { ReportDefinition } from '../reportDefinition';
// [indicators] report imports (R1–R8)
import { r1MajorCooperation } from './r1MajorCooperation';
import { r2OdsCooperation } from './r2OdsCooperation';
import { r3JointCourses } from './r3JointCourses';
import { r4EnterpriseVisits } from './r4EnterpriseVisits';
import { r5ExternalBases } from './r5ExternalBases';
import { r6InternalBaseEquipment } from './r6InternalBaseEquipment';
import { r7AnnualSummary } from './r7AnnualSummary';
import { r8EnterpriseYearMaterial } from './r8EnterpriseYearMaterial';
// [registers] report imports (R10, R11, R12, R14, R17)
import { r10AgreementLedger } from './r10AgreementLedger';
import { r11ExpiryWarnings } from './r11ExpiryWarnings';
import { r12PartnerDirectory } from './r12PartnerDirectory';
import { r14FundingLedger } from './r14FundingLedger';
import { r17DataQuality } from './r17DataQuality';

/** Every report by id; a test checks that all REPORT_IDS are present. */
export const REPORT_DEFINITIONS: Partial<Record<ReportId, ReportDefinition>> = {
  // [indicators] reports
  R1: r1MajorCooperation,
  R2: r2OdsCooperation,
  R3: r3JointCourses,
  R4: r4EnterpriseVisits,
  R5: r5ExternalBases,
  R6: r6InternalBaseEquipment,
  R7: r7AnnualSummary,
  R8: r8EnterpriseYearMaterial,
  // [registers] reports
  R10: r10AgreementLedger,
  R11: r11ExpiryWarnings,
  R12: r12PartnerDirectory,
  R14: r14FundingLedger,
  R17: r17DataQuality,
};
