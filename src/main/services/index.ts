import type { z } from 'zod';
import type { AppInfo } from '@shared/domain/system';
import { createAgreementService } from '../agreements/agreementService';
import { createCourseService } from '../courses/courseService';
import { createContributionService } from '../funding/contributionService';
import { createFundingSourceService } from '../funding/fundingSourceService';
import { createFundingTxnService } from '../funding/fundingTxnService';
import { createAuditService } from '../history/auditService';
import { createTrashService } from '../history/trashService';
import { createInteractionService } from '../interactions/interactionService';
import { createContactService } from '../partners/contactService';
import { createPartnerService } from '../partners/partnerService';
import { createReferenceService } from '../reference/referenceService';
import { createSettingsService } from '../settings/settingsService';
import { createSeedService } from '../system/seedService';
// [search] service imports
import { createMergeService } from '../merge/mergeService';
import { createSearchService } from '../search/searchService';
// [reminders] service imports
import { createReminderService } from '../reminders/reminderService';
import { createDashboardService } from '../dashboard/dashboardService';
// [agreementsUi] service imports
import { createAgreementRelationsService } from '../agreements/agreementRelationsService';
import { createAttachmentService } from '../attachments/attachmentService';
// [programmes] service imports
import { createProgrammeServices } from '../programmes/programmeServices';
// [admin] service imports
// [capture] service imports
import { createCaptureService } from '../capture/captureService';
// [reports] service imports
import { createReportService } from '../reports/reportService';
// [documents] service imports
import { createDocumentService } from '../documents/documentService';
// [import] service imports
import { createImportService } from '../import/importService';
// [backup] service imports
import { createBackupService } from '../backup/backupService';
import { createFullExportService } from '../backup/exportService';
import { latestVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { nativeBindingOf } from '../db/openDatabase';
// [placements] service imports
import { createProgrammeSampleTargets } from '../seed/sampleProgrammeTargets';
import { createPlacementStatService } from '../placements/placementStatService';
import type { ServiceContext } from './context';
// [sample-clear] [bulk] service imports (issue 12)
import { createSampleDataService } from '../sampleData/sampleDataService';
import { createBulkService } from '../bulk/bulkService';
import { todayOf } from './context';
import type { DesktopPort } from '../files/desktopPort';
import { createProducedFiles } from '../files/producedFiles';
import { createAppEvents, type AppEvents } from '../jobs/appEvents';
import { createJobRegistry } from '../jobs/jobRegistry';
import type { PdfPrinter } from '../pdf/pdfPrinter';

export interface SystemInfoSource {
  info: () => z.input<typeof AppInfo>;
}

/** What the core gets from outside: the desktop, a PDF printer and the event channel. */
export interface CorePorts {
  desktop?: DesktopPort;
  pdfPrinter?: PdfPrinter;
  events?: AppEvents;
}

/** Every service of the core, built once per database. The IPC handlers and the CLI use these. */
export function createServices(ctx: ServiceContext, system: SystemInfoSource, ports: CorePorts = {}) {
  const events = ports.events ?? createAppEvents();
  const jobs = createJobRegistry((progress) => events.emit('progress', progress));
  const files = createProducedFiles(ports.desktop ? { desktop: ports.desktop } : {});
  const pdfPrinter = ports.pdfPrinter;
  const settings = createSettingsService(ctx);
  const reference = createReferenceService(ctx);
  const partners = createPartnerService(ctx);
  const contacts = createContactService(ctx);
  const agreements = createAgreementService(ctx);
  const interactions = createInteractionService(ctx);
  const courses = createCourseService(ctx);
  const fundingSources = createFundingSourceService(ctx);
  const fundingTxns = createFundingTxnService(ctx);
  const contributions = createContributionService(ctx);
  const seed = createSeedService(ctx, {
    updateSettings: (patch) => settings.update(patch),
    createOrgUnit: (d) => reference.orgUnits.create(d),
    createMajor: (d) => reference.majors.create(d),
    createStaff: (d) => reference.staff.create(d),
    createPartner: (d) => partners.create(d),
    createContact: (d) => contacts.create(d),
    createAgreement: (d) => agreements.create(d),
    transitionAgreement: (i) => agreements.transition(i),
    renewAgreement: (i) => agreements.renew(i),
    createInteraction: (d) => interactions.create(d),
    createCourse: (d) => courses.create(d),
    createFundingSource: (d) => fundingSources.create(d),
    createFundingTxn: (d) => fundingTxns.create(d),
    createContribution: (d) => contributions.create(d),
    // [placements] sample programme and placement targets
    ...createProgrammeSampleTargets(ctx),
  });
  // [search] services
  // [reminders] services
  const reminders = createReminderService(ctx, { interactions });
  const dashboard = createDashboardService(ctx, { reminders });
  // [agreementsUi] services
  // The desktop port (opening files) is connected by createCore once the services exist.
  const attachments = createAttachmentService(ctx, { dataDir: system.info().dataDir });
  const agreementRelations = createAgreementRelationsService(ctx);
  // [programmes] services
  const programmes = createProgrammeServices(ctx);
  // [admin] services
  // [capture] services
  // [reports] services
  const reports = createReportService(ctx, { settings, jobs, files, pdfPrinter });
  // [documents] services
  const documents = createDocumentService(ctx, { dataDir: system.info().dataDir, jobs, pdfPrinter, files });
  // [import] services
  // A verified backup before each bulk import (backups is created below; called only later).
  const imports = createImportService(ctx, {
    jobs,
    files,
    backupBeforeImport: async () => (await backups.beforeRisky('pre-import')).fileName,
  });
  // [backup] services
  const nativeBinding = nativeBindingOf(ctx.sqlite);
  const backups = createBackupService({
    sqlite: ctx.sqlite,
    dataDir: system.info().dataDir,
    now: ctx.now,
    files,
    jobs,
    latestVersion: latestVersion(MIGRATIONS),
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
  const fullExport = createFullExportService({ sqlite: ctx.sqlite, now: ctx.now, files, jobs });
  // [placements] services
  const placementStats = createPlacementStatService(ctx);
  // [sample-clear] 清除示例数据: a verified backup first (restoring it is the undo)
  const sampleData = createSampleDataService(ctx, { backupBeforeClear: async () => (await backups.beforeRisky('pre-delete')).fileName });
  // [bulk] list bulk actions through each entity's own service
  const bulk = createBulkService(
    { partners, agreements, courses, fundingTxns, contacts, contributions, programmes, reference },
    { jobs, files, language: async () => (await settings.get()).language, today: () => todayOf(ctx) },
  );
  return {
    system,
    events,
    jobs,
    files,
    pdfPrinter,
    settings,
    reference,
    partners,
    contacts,
    agreements,
    interactions,
    courses,
    fundingSources,
    fundingTxns,
    contributions,
    trash: createTrashService(ctx),
    audit: createAuditService(ctx),
    // [search] service entries
    merge: createMergeService(ctx),
    search: createSearchService(ctx),
    // [reminders] service entries
    reminders,
    dashboard,
    // [agreementsUi] service entries
    attachments,
    agreementRelations,
    // [programmes] service entries
    programmes,
    // [admin] service entries
    // [capture] service entries
    capture: createCaptureService(ctx),
    // [reports] service entries
    reports,
    // [documents] service entries
    documents,
    // [import] service entries
    imports,
    // [backup] service entries
    backups,
    fullExport,
    // [placements] service entries
    placementStats,
    seed,
    // [sample-clear] [bulk] service entries
    sampleData,
    bulk,
  };
}

export type Services = ReturnType<typeof createServices>;
