import { z } from 'zod';
import { Id, IsoTimestamp } from './common';
import { DocumentClause, DocumentKind, DocumentLang, TemplateBody } from './document';
import { AGREEMENT_TYPES, PARTY_ROLES, PARTY_TYPES } from './enums';
import { Attachment } from './attachment';
import { JobId } from './jobs';
import type { AgreementDocumentModel } from '../documents/documentModel';

// IPC shapes of the document service (issue 5): templates with versions, an agreement's
// own clause wording, the preview data and the export. The preview carries everything the
// renderer needs to show the same print template the PDF and DOCX are made from.

/** A user template's uuid, or a built-in's stable id such as 'builtin-framework-zh'. */
export const TemplateId = z.union([Id, z.string().regex(/^builtin-[a-z0-9_-]{1,60}$/)]);
export type TemplateId = z.infer<typeof TemplateId>;

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export const DocumentFormat = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const TemplateSummary = z.object({
  id: TemplateId,
  kind: DocumentKind,
  lang: DocumentLang,
  name: z.string(),
  version: z.int().min(1),
  builtIn: z.boolean(),
  updatedAt: IsoTimestamp,
});
export type TemplateSummary = z.output<typeof TemplateSummary>;

export const TemplateVersionInfo = z.object({ version: z.int().min(1), name: z.string(), createdAt: IsoTimestamp });
export type TemplateVersionInfo = z.output<typeof TemplateVersionInfo>;

export const TemplateDetail = TemplateSummary.extend({
  body: TemplateBody,
  /** Newest first. */
  versions: z.array(TemplateVersionInfo),
  /** The version whose body is shown (the current one unless an older one was asked for). */
  shownVersion: z.int().min(1),
});
export type TemplateDetail = z.output<typeof TemplateDetail>;

export const TemplateListQuery = z.object({
  kind: DocumentKind.optional(),
  lang: DocumentLang.optional(),
  /** Only templates that fit this agreement (its default kind in `lang`). */
  agreementId: Id.optional(),
});
export type TemplateListQuery = z.input<typeof TemplateListQuery>;

export const TemplateGetInput = z.object({ id: TemplateId, version: z.int().min(1).optional() });
export const TemplateIdInput = z.object({ id: TemplateId });

export const TemplateCopyInput = z.object({
  id: TemplateId,
  name: z.string().trim().min(1, { message: 'required' }).max(200).optional(),
});
export type TemplateCopyInput = z.input<typeof TemplateCopyInput>;

export const TemplateSaveInput = z.object({
  /** Any template id, so a built-in one is refused with document.builtInReadOnly. */
  id: TemplateId,
  name: z.string().trim().min(1, { message: 'required' }).max(200).optional(),
  body: TemplateBody,
});
export type TemplateSaveInput = z.input<typeof TemplateSaveInput>;

const AgreementTemplate = {
  agreementId: Id,
  /** Without it, the built-in template for the agreement's type in `lang`. */
  templateId: TemplateId.optional(),
  lang: DocumentLang,
};

export const ClauseQuery = z.object(AgreementTemplate);
export type ClauseQuery = z.input<typeof ClauseQuery>;

export const ClauseSaveInput = z.object({
  agreementId: Id,
  templateId: TemplateId,
  clauses: z.array(DocumentClause).min(1).max(200),
});
export type ClauseSaveInput = z.input<typeof ClauseSaveInput>;

export const ClauseResetInput = z.object({ agreementId: Id, templateId: TemplateId });

export const AgreementClauses = z.object({
  templateId: TemplateId,
  /** True when the agreement has its own wording; false when the template's clauses apply. */
  overridden: z.boolean(),
  clauses: z.array(DocumentClause),
});
export type AgreementClauses = z.output<typeof AgreementClauses>;

const nullableText = z.string().nullable();
export const DocumentPartySchema = z.object({
  role: z.enum(PARTY_ROLES),
  partyType: z.enum(PARTY_TYPES),
  organisationId: nullableText,
  name: nullableText,
  uscc: nullableText,
  legalRepresentative: nullableText,
  address: nullableText,
  signatory: nullableText,
  contactId: nullableText,
  contactName: nullableText,
  contactPhone: nullableText,
  studentNo: nullableText,
  major: nullableText,
  className: nullableText,
});

export const AgreementDocumentModelSchema = z.object({
  agreementId: Id,
  agreementNo: nullableText,
  title: z.string(),
  type: z.enum(AGREEMENT_TYPES),
  signDate: nullableText,
  startDate: nullableText,
  endDate: nullableText,
  amountFen: z.int().nullable(),
  copiesTotal: z.int().nullable(),
  copiesEach: z.int().nullable(),
  orgUnitName: nullableText,
  majors: z.array(z.string()),
  parties: z.array(DocumentPartySchema),
  college: z.object({ fullName: nullableText, legalRepresentative: nullableText, address: nullableText, uscc: nullableText, contactPerson: nullableText, contactPhone: nullableText }),
  manualValues: z.record(z.string(), z.string()),
});
// The schema must describe the core's model exactly, in both directions.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const modelSchemaMatches: SameShape<z.output<typeof AgreementDocumentModelSchema>, AgreementDocumentModel> = true;

export const DocumentPreviewInput = z.object(AgreementTemplate);
export type DocumentPreviewInput = z.input<typeof DocumentPreviewInput>;

export const DocumentPreview = z.object({
  template: TemplateSummary,
  /** The template's body with the agreement's own clause wording applied. */
  body: TemplateBody,
  clausesOverridden: z.boolean(),
  values: z.record(z.string(), z.string().nullable()),
  model: AgreementDocumentModelSchema,
  lang: DocumentLang,
  /** Merge fields the document uses that have no value, in order of first use. */
  missing: z.array(z.string()),
});
export type DocumentPreview = z.output<typeof DocumentPreview>;

export const DocumentGenerateInput = z.object({
  ...AgreementTemplate,
  format: DocumentFormat,
  jobId: JobId,
  /** Must be true to export while merge values are missing (never silently blank). */
  allowMissing: z.boolean().default(false),
});
export type DocumentGenerateInput = z.input<typeof DocumentGenerateInput>;

export const GeneratedDocument = z.object({
  id: Id,
  agreementId: Id,
  templateId: TemplateId.nullable(),
  templateVersion: z.int().min(1).nullable(),
  templateName: z.string(),
  lang: DocumentLang,
  format: DocumentFormat,
  version: z.int().min(1),
  missing: z.array(z.string()),
  createdAt: IsoTimestamp,
  attachment: Attachment,
});
export type GeneratedDocument = z.output<typeof GeneratedDocument>;

export const GeneratedListQuery = z.object({ agreementId: Id });
