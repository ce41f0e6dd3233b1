import type { Core } from '../core';
import { createAgreementHandlers } from '../agreements/handlers';
import { createCourseHandlers } from '../courses/handlers';
import { createFundingHandlers } from '../funding/handlers';
import { createHistoryHandlers } from '../history/handlers';
import { createInteractionHandlers } from '../interactions/handlers';
import { createPartnerHandlers } from '../partners/handlers';
import { createReferenceHandlers } from '../reference/handlers';
import { createSettingsHandlers } from '../settings/handlers';
import { createSystemHandlers } from '../system/handlers';
// [search] handler imports
import { createMergeHandlers } from '../merge/handlers';
import { createSearchHandlers } from '../search/handlers';
// [reminders] handler imports
import { createReminderHandlers } from '../reminders/handlers';
import { createDashboardHandlers } from '../dashboard/handlers';
// [agreementsUi] handler imports
import { createAttachmentHandlers } from '../attachments/handlers';
// [programmes] handler imports
import { createProgrammeHandlers } from '../programmes/handlers';
// [admin] handler imports
import { createTrashPurgeHandlers } from '../history/handlers';
// [capture] handler imports
import { createCaptureHandlers } from '../capture/handlers';
// [jobs] handler imports
import { createJobHandlers } from '../jobs/handlers';
// [reports] handler imports
import { createReportHandlers } from '../reports/handlers';
// [documents] handler imports
import { createDocumentHandlers } from '../documents/handlers';
// [import] handler imports
import { createImportHandlers } from '../import/handlers';
// [backup] handler imports
import { createBackupHandlers } from '../backup/handlers';
// [placements] handler imports
import { createPlacementHandlers } from '../placements/handlers';
// [sample-clear] [bulk] handler imports (issue 12)
import { createSampleDataHandlers } from '../sampleData/handlers';
import { createBulkHandlers } from '../bulk/handlers';
import type { Handlers } from './types';

/**
 * The one handler map: each capability contributes its slice. The `Handlers` type makes a
 * missing channel a compile error; test/ipc checks at run time that none is registered twice.
 */
export function createHandlers(core: Pick<Core, 'services'>): Handlers {
  const s = core.services;
  return {
    ...createSystemHandlers(s),
    ...createSettingsHandlers(s.settings),
    ...createReferenceHandlers(s.reference),
    ...createPartnerHandlers(s),
    ...createAgreementHandlers(s.agreements),
    ...createInteractionHandlers(s.interactions),
    ...createCourseHandlers(s.courses),
    ...createFundingHandlers({ sources: s.fundingSources, txns: s.fundingTxns, contributions: s.contributions }),
    ...createHistoryHandlers(s),
    // [search] handlers
    ...createMergeHandlers(s.merge),
    ...createSearchHandlers(s.search),
    // [reminders] handlers
    ...createReminderHandlers(s.reminders),
    ...createDashboardHandlers(s.dashboard),
    // [agreementsUi] handlers
    ...createAttachmentHandlers(s),
    // [programmes] handlers
    ...createProgrammeHandlers(s.programmes),
    // [admin] handlers
    ...createTrashPurgeHandlers(s.trash),
    // [capture] handlers
    ...createCaptureHandlers({ capture: s.capture, interactions: s.interactions }),
    // [jobs] handlers
    ...createJobHandlers(s),
    // [reports] handlers
    ...createReportHandlers(s),
    // [documents] handlers
    ...createDocumentHandlers(s.documents),
    // [import] handlers
    ...createImportHandlers(s),
    // [backup] handlers
    ...createBackupHandlers(s),
    // [placements] handlers
    ...createPlacementHandlers(s.placementStats),
    // [sample-clear] [bulk] handlers
    ...createSampleDataHandlers(s),
    ...createBulkHandlers(s),
  };
}
