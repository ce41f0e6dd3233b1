import { z } from 'zod';
import type { Channel } from './channels';
import { crudContract } from './contracts/crud';
import { Done, IdInput } from '../domain/common';
import { RecordNames, RecordNamesQuery } from '../domain/recordNames';
import { Partner, PartnerDraft, PartnerPage, PartnerPatch, PartnerQuery } from '../domain/partner';
import { Contact, ContactDraft, ContactPage, ContactPatch, ContactQuery } from '../domain/contact';
import {
  Agreement,
  AgreementDraft,
  AgreementPage,
  AgreementPatch,
  AgreementQuery,
  AgreementRenewal,
  AgreementTransition,
} from '../domain/agreement';
import { Interaction, InteractionDraft, InteractionPage, InteractionPatch, InteractionQuery } from '../domain/interaction';
import { Course, CourseDraft, CoursePage, CoursePatch, CourseQuery } from '../domain/course';
import {
  Contribution,
  ContributionDraft,
  ContributionPage,
  ContributionPatch,
  ContributionQuery,
  FundingSource,
  FundingSourceDraft,
  FundingSourcePatch,
  FundingSourceQuery,
  FundingTxn,
  FundingTxnDraft,
  FundingTxnPage,
  FundingTxnPatch,
  FundingTxnQuery,
} from '../domain/funding';
import {
  Major,
  MajorDraft,
  MajorPatch,
  OrgUnit,
  OrgUnitDraft,
  OrgUnitPatch,
  ReferenceListQuery,
  Staff,
  StaffDraft,
  StaffPatch,
} from '../domain/reference';
import { Settings, SettingsPatch } from '../domain/settings';
import { AppInfo, AuditEntry, AuditQuery, SampleSeedInput, SeedCounts, TrashPage, TrashQuery } from '../domain/system';

// [sample-clear] [bulk] contract imports (issue 12)
import { SampleClearInput, SampleClearResult, SampleStatus } from '../domain/sampleData';
import { BulkExportInput, BulkIdsInput, BulkResult, BulkSetOwnerInput, BulkSetStatusInput } from '../domain/bulk';
// [jobs] contract imports
import { FileActionOutput, FileIdInput, JobCancelInput, JobCancelOutput } from '../domain/jobs';
// [reports] contract imports
import { ReportDescriptor, ReportExportInput, ReportPreview, ReportRequest } from '../domain/report';
import { ProducedFile } from '../domain/jobs';
// [documents] contract imports
import {
  AgreementClauses,
  ClauseQuery,
  ClauseResetInput,
  ClauseSaveInput,
  DocumentGenerateInput,
  DocumentPreview,
  DocumentPreviewInput,
  GeneratedDocument,
  GeneratedListQuery,
  TemplateCopyInput,
  TemplateDetail,
  TemplateGetInput,
  TemplateIdInput,
  TemplateListQuery,
  TemplateSaveInput,
  TemplateSummary,
} from '../domain/documentIpc';
import { DocumentFieldsInput } from '../documents/documentFields';
// [import] contract imports
import {
  ImportAnalysis,
  ImportAnalysisIdInput,
  ImportAnalyzeInput,
  ImportCommitInput,
  ImportMappingsQuery,
  ImportResult,
  ImportSaveMappingInput,
  ImportTemplateInput,
  SavedImportMapping,
} from '../domain/importing';
// [backup] contract imports
import { BackupCreateOutput, BackupCreateToInput, BackupCreateToOutput, BackupInspection, BackupList, ExportAllInput, InspectSource, RestoreOutcome, RestoreSource } from '../domain/backup';
// [placements] contract imports
import { PlacementStat, PlacementStatDraft, PlacementStatList, PlacementStatPatch, PlacementStatQuery } from '../domain/placementStat';
// [search] contract imports
import { MergeCounts, PartnerMergeInput, PartnerMergePreviewInput, PartnerMerges, PartnerMergesQuery, UndoMergeInput } from '../domain/merge';
import { DuplicateCheck, DuplicateMatches, SearchQuery, SearchResult } from '../domain/search';
// [reminders] contract imports
import {
  FollowUpDone,
  FollowUpDoneResult,
  ReminderList,
  ReminderQuery,
  ReminderRef,
  ReminderSnooze,
  ReminderState,
} from '../domain/reminders';
import { DashboardInput, DashboardSummary } from '../domain/dashboard';
// [agreementsUi] contract imports
import {
  AgreementChain,
  AgreementLinks,
  Attachment,
  AttachmentListQuery,
  AttachmentOpenResult,
  AttachmentUpload,
  SignedScanInput,
} from '../domain/attachment';
// [programmes] contract imports
import { PROGRAMME_CONTRACT } from '../domain/programmeContract';
// [admin] contract imports
import { TrashPurgeInput } from '../domain/system';
// [capture] contract imports
import {
  CaptureDefaults,
  CaptureInput,
  CaptureResult,
  FollowUpDoneInput,
  FollowUpsDueQuery,
  InteractionEntryPage,
  InteractionTimelineQuery,
} from '../domain/capture';
const partners = crudContract({ query: PartnerQuery, page: PartnerPage, entity: Partner, draft: PartnerDraft, patch: PartnerPatch });
const contacts = crudContract({ query: ContactQuery, page: ContactPage, entity: Contact, draft: ContactDraft, patch: ContactPatch });
const agreements = crudContract({
  query: AgreementQuery,
  page: AgreementPage,
  entity: Agreement,
  draft: AgreementDraft,
  patch: AgreementPatch,
});
const interactions = crudContract({
  query: InteractionQuery,
  page: InteractionPage,
  entity: Interaction,
  draft: InteractionDraft,
  patch: InteractionPatch,
});
const courses = crudContract({ query: CourseQuery, page: CoursePage, entity: Course, draft: CourseDraft, patch: CoursePatch });
const fundingTxns = crudContract({
  query: FundingTxnQuery,
  page: FundingTxnPage,
  entity: FundingTxn,
  draft: FundingTxnDraft,
  patch: FundingTxnPatch,
});
const contributions = crudContract({
  query: ContributionQuery,
  page: ContributionPage,
  entity: Contribution,
  draft: ContributionDraft,
  patch: ContributionPatch,
});

/** Channel → input and output schemas. The main process validates both sides against it. */
export const contract = {
  'app:info': { input: z.undefined().or(z.object({})), output: AppInfo },
  'settings:get': { input: z.undefined().or(z.object({})), output: Settings },
  'settings:update': { input: SettingsPatch, output: Settings },
  'sample:seed': { input: SampleSeedInput, output: SeedCounts },
  // [sample-clear] issue 12
  'sample:status': { input: SampleClearInput, output: SampleStatus },
  'sample:clear': { input: SampleClearInput, output: SampleClearResult },
  // [bulk] issue 12
  'bulk:trash': { input: BulkIdsInput, output: BulkResult },
  'bulk:restore': { input: BulkIdsInput, output: BulkResult },
  'bulk:setStatus': { input: BulkSetStatusInput, output: BulkResult },
  'bulk:setOwner': { input: BulkSetOwnerInput, output: BulkResult },
  'bulk:export': { input: BulkExportInput, output: ProducedFile.nullable() },

  'orgUnits:list': { input: ReferenceListQuery, output: z.array(OrgUnit) },
  'orgUnits:create': { input: OrgUnitDraft, output: OrgUnit },
  'orgUnits:update': { input: OrgUnitPatch, output: OrgUnit },
  'majors:list': { input: ReferenceListQuery, output: z.array(Major) },
  'majors:create': { input: MajorDraft, output: Major },
  'majors:update': { input: MajorPatch, output: Major },
  'staff:list': { input: ReferenceListQuery, output: z.array(Staff) },
  'staff:create': { input: StaffDraft, output: Staff },
  'staff:update': { input: StaffPatch, output: Staff },

  'partners:list': partners.list,
  'partners:get': partners.get,
  'partners:create': partners.create,
  'partners:update': partners.update,
  'partners:delete': partners.delete,
  'partners:restore': partners.restore,

  'contacts:list': contacts.list,
  'contacts:get': contacts.get,
  'contacts:create': contacts.create,
  'contacts:update': contacts.update,
  'contacts:delete': contacts.delete,
  'contacts:restore': contacts.restore,

  'agreements:list': agreements.list,
  'agreements:get': agreements.get,
  'agreements:create': agreements.create,
  'agreements:update': agreements.update,
  'agreements:delete': agreements.delete,
  'agreements:restore': agreements.restore,
  'agreements:transition': { input: AgreementTransition, output: Agreement },
  'agreements:renew': { input: AgreementRenewal, output: Agreement },

  'interactions:list': interactions.list,
  'interactions:get': interactions.get,
  'interactions:create': interactions.create,
  'interactions:update': interactions.update,
  'interactions:delete': interactions.delete,
  'interactions:restore': interactions.restore,

  'courses:list': courses.list,
  'courses:get': courses.get,
  'courses:create': courses.create,
  'courses:update': courses.update,
  'courses:delete': courses.delete,
  'courses:restore': courses.restore,

  'fundingSources:list': { input: FundingSourceQuery, output: z.array(FundingSource) },
  'fundingSources:create': { input: FundingSourceDraft, output: FundingSource },
  'fundingSources:update': { input: FundingSourcePatch, output: FundingSource },
  'fundingSources:delete': { input: IdInput, output: Done },
  'fundingSources:restore': { input: IdInput, output: FundingSource },

  'fundingTxns:list': fundingTxns.list,
  'fundingTxns:get': fundingTxns.get,
  'fundingTxns:create': fundingTxns.create,
  'fundingTxns:update': fundingTxns.update,
  'fundingTxns:delete': fundingTxns.delete,
  'fundingTxns:restore': fundingTxns.restore,

  'contributions:list': contributions.list,
  'contributions:create': contributions.create,
  'contributions:update': contributions.update,
  'contributions:delete': contributions.delete,
  'contributions:restore': contributions.restore,

  'trash:list': { input: TrashQuery, output: TrashPage },
  'audit:history': { input: AuditQuery, output: z.array(AuditEntry) },
  'audit:names': { input: RecordNamesQuery, output: RecordNames },
  // [search] contract entries
  'partners:merge': { input: PartnerMergeInput, output: Partner },
  'partners:mergePreview': { input: PartnerMergePreviewInput, output: MergeCounts },
  'partners:merges': { input: PartnerMergesQuery, output: PartnerMerges },
  'partners:undoMerge': { input: UndoMergeInput, output: Partner },
  'search:global': { input: SearchQuery, output: SearchResult },
  'partners:checkDuplicate': { input: DuplicateCheck, output: DuplicateMatches },
  // [reminders] contract entries
  'reminders:list': { input: ReminderQuery, output: ReminderList },
  'reminders:dismiss': { input: ReminderRef, output: ReminderState },
  'reminders:snooze': { input: ReminderSnooze, output: ReminderState },
  'reminders:followUpDone': { input: FollowUpDone, output: FollowUpDoneResult },
  'dashboard:summary': { input: DashboardInput, output: DashboardSummary },
  // [agreementsUi] contract entries
  'agreements:links': { input: IdInput, output: AgreementLinks },
  'agreements:chain': { input: IdInput, output: AgreementChain },
  'agreements:setSignedScan': { input: SignedScanInput, output: Done },
  'attachments:upload': { input: AttachmentUpload, output: Attachment },
  'attachments:list': { input: AttachmentListQuery, output: z.array(Attachment) },
  'attachments:delete': { input: IdInput, output: Done },
  'attachments:open': { input: IdInput, output: AttachmentOpenResult },
  // [programmes] contract entries
  ...PROGRAMME_CONTRACT,
  // [admin] contract entries
  'orgUnits:delete': { input: IdInput, output: Done },
  'orgUnits:restore': { input: IdInput, output: OrgUnit },
  'majors:delete': { input: IdInput, output: Done },
  'majors:restore': { input: IdInput, output: Major },
  'staff:delete': { input: IdInput, output: Done },
  'staff:restore': { input: IdInput, output: Staff },
  'trash:purge': { input: TrashPurgeInput, output: Done },
  // [capture] contract entries
  'capture:save': { input: CaptureInput, output: CaptureResult },
  'capture:defaults': { input: z.undefined().or(z.object({})), output: CaptureDefaults },
  'interactions:timeline': { input: InteractionTimelineQuery, output: InteractionEntryPage },
  'interactions:followUpsDue': { input: FollowUpsDueQuery, output: InteractionEntryPage },
  'interactions:setFollowUpDone': { input: FollowUpDoneInput, output: Interaction },
  // [jobs] contract entries
  'jobs:cancel': { input: JobCancelInput, output: JobCancelOutput },
  'files:open': { input: FileIdInput, output: FileActionOutput },
  'files:reveal': { input: FileIdInput, output: FileActionOutput },
  // [reports] contract entries
  'reports:list': { input: z.undefined().or(z.object({})), output: z.array(ReportDescriptor) },
  'reports:preview': { input: ReportRequest, output: ReportPreview },
  /** null when the user closed the save dialog. */
  'reports:export': { input: ReportExportInput, output: ProducedFile.nullable() },
  // [documents] contract entries
  'documents:templates': { input: TemplateListQuery, output: z.array(TemplateSummary) },
  'documents:template': { input: TemplateGetInput, output: TemplateDetail },
  'documents:copyTemplate': { input: TemplateCopyInput, output: TemplateDetail },
  'documents:saveTemplate': { input: TemplateSaveInput, output: TemplateDetail },
  'documents:deleteTemplate': { input: TemplateIdInput, output: Done },
  'documents:clauses': { input: ClauseQuery, output: AgreementClauses },
  'documents:saveClauses': { input: ClauseSaveInput, output: AgreementClauses },
  'documents:resetClauses': { input: ClauseResetInput, output: AgreementClauses },
  'documents:preview': { input: DocumentPreviewInput, output: DocumentPreview },
  // Long: PDF printing runs as job `jobId` (progress events, jobs:cancel).
  'documents:generate': { input: DocumentGenerateInput, output: GeneratedDocument },
  'documents:generated': { input: GeneratedListQuery, output: z.array(GeneratedDocument) },
  'documents:saveFields': { input: DocumentFieldsInput, output: Done },
  'documents:saveAs': { input: IdInput, output: ProducedFile.nullable() },
  // [import] contract entries
  'import:analyze': { input: ImportAnalyzeInput, output: ImportAnalysis },
  /** Runs as a job (progress: validating, importing); nothing is written when all-or-nothing finds an error. */
  'import:commit': { input: ImportCommitInput, output: ImportResult },
  /** null when the user closed the save dialog. */
  'import:errorReport': { input: ImportAnalysisIdInput, output: ProducedFile.nullable() },
  'import:template': { input: ImportTemplateInput, output: ProducedFile.nullable() },
  'import:mappings': { input: ImportMappingsQuery, output: z.array(SavedImportMapping) },
  'import:saveMapping': { input: ImportSaveMappingInput, output: SavedImportMapping },
  // [backup] contract entries
  'backups:list': { input: z.undefined().or(z.object({})), output: BackupList },
  'backups:create': { input: z.undefined().or(z.object({})), output: BackupCreateOutput },
  /** null when the user closed the folder picker. Runs as job `jobId`; copies the referenced attachments too. */
  'backups:createTo': { input: BackupCreateToInput, output: BackupCreateToOutput },
  /** `{ source: 'folder' }` opens the core's folder picker (CANCELLED when closed). */
  'backups:inspect': { input: InspectSource, output: BackupInspection },
  'backups:restore': { input: RestoreSource, output: RestoreOutcome },
  /** null when the user closed the save dialog. */
  'data:exportAll': { input: ExportAllInput, output: ProducedFile.nullable() },
  // [placements] contract entries
  'placementStats:list': { input: PlacementStatQuery, output: PlacementStatList },
  'placementStats:create': { input: PlacementStatDraft, output: PlacementStat },
  'placementStats:update': { input: PlacementStatPatch, output: PlacementStat },
  'placementStats:delete': { input: IdInput, output: Done },
  'placementStats:restore': { input: IdInput, output: PlacementStat },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelIn<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOut<C extends Channel> = z.output<Contract[C]['output']>;
