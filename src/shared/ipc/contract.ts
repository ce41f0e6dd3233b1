import { z } from 'zod';
import type { Channel } from './channels';
import { crudContract } from './contracts/crud';
import { Done, IdInput } from '../domain/common';
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

// [jobs] contract imports
import { FileActionOutput, FileIdInput, JobCancelInput, JobCancelOutput } from '../domain/jobs';
// [reports] contract imports
import { ReportDescriptor, ReportExportInput, ReportPreview, ReportRequest } from '../domain/report';
import { ProducedFile } from '../domain/jobs';
// [documents] contract imports
// [import] contract imports
// [backup] contract imports
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
  // [import] contract entries
  // [backup] contract entries
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelIn<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOut<C extends Channel> = z.output<Contract[C]['output']>;
