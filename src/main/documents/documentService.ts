import type { z } from 'zod';
import { IdInput } from '@shared/domain/common';
import type { ProducedFile } from '@shared/domain/jobs';
import type { DocumentLang, TemplateBody } from '@shared/domain/document';
import {
  type AgreementClauses,
  ClauseQuery,
  ClauseResetInput,
  ClauseSaveInput,
  type DocumentFormat,
  DocumentGenerateInput,
  type DocumentPreview,
  DocumentPreviewInput,
  type GeneratedDocument,
  GeneratedListQuery,
} from '@shared/domain/documentIpc';
import type { AgreementDocumentModel } from '@shared/documents/documentModel';
import { DomainError, notFound } from '../errors';
import type { JobHandle, JobRegistry } from '../jobs/jobRegistry';
import { NO_JOB } from '../jobs/jobRegistry';
import type { ProducedFiles } from '../files/producedFiles';
import type { PdfPrinter } from '../pdf/pdfPrinter';
import type { Executor, ServiceContext } from '../services/context';
import { nowIso } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { isLiveEntity } from '../attachments/attachmentRepository';
import { builtInMirror } from './builtInSync';
import { insertAgreementClauses, listAgreementClauses, trashAgreementClauses } from './documentClauseRepository';
import { createDocumentFieldsService } from './documentFieldsService';
import { createDocumentTemplateService } from './documentTemplateService';
import { findLiveTemplate, type TemplateRecord } from './documentTemplateRepository';
import { listLiveGenerated } from './generatedDocumentRepository';
import { storeGeneratedDocument, toGeneratedDocument } from './generatedDocumentStore';
import { buildDocx, defaultTemplateFor, loadDocumentModel, mergeValues, missingFields, renderDocumentHtml } from './index';
import { saveGeneratedCopy } from './saveGeneratedCopy';

export interface DocumentServiceOptions {
  dataDir: string;
  jobs: JobRegistry;
  pdfPrinter?: PdfPrinter | undefined;
  /** Save dialog and the registry of files written for the user (另存为); none in the CLI. */
  files?: ProducedFiles | undefined;
}

/** One document ready to render: the agreement, the template and its effective wording. */
interface Prepared {
  model: AgreementDocumentModel;
  template: TemplateRecord;
  body: TemplateBody;
  overridden: boolean;
  values: ReturnType<typeof mergeValues>;
  lang: DocumentLang;
}

/** A rendered file: bytes plus what the renderer found missing. */
export interface RenderedFile {
  bytes: Buffer;
  missing: string[];
  /** `<协议名称>` (the version and extension are added when it is stored). */
  baseName: string;
  prepared: Prepared;
}

const MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Characters Windows and macOS refuse in file names, and control characters, become '_'. */
export function safeFilePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 80) || '_';
}

/**
 * Agreement documents: preview data, an agreement's own clause wording, and export to PDF
 * or DOCX stored as a versioned attachment of the agreement. Templates: `templates`.
 */
export function createDocumentService(ctx: ServiceContext, options: DocumentServiceOptions) {
  const ready = builtInMirror(ctx);
  const templates = createDocumentTemplateService(ctx, ready);
  const fields = createDocumentFieldsService(ctx);

  async function requireModel(db: Executor, agreementId: string): Promise<AgreementDocumentModel> {
    const model = await loadDocumentModel(db, agreementId);
    if (!model) throw notFound('agreement', agreementId);
    return model;
  }

  /** The template asked for, or the built-in one for the agreement's type in `lang`. */
  async function resolveTemplate(db: Executor, model: AgreementDocumentModel, templateId: string | undefined, lang: DocumentLang): Promise<TemplateRecord> {
    await ready();
    const id = templateId ?? defaultTemplateFor(model.type, lang, model.parties).id;
    const template = await findLiveTemplate(db, id);
    if (!template) throw notFound('documentTemplate', id);
    return template;
  }

  async function prepare(input: { agreementId: string; templateId?: string | undefined; lang: DocumentLang }): Promise<Prepared> {
    const model = await requireModel(ctx.db, input.agreementId);
    const template = await resolveTemplate(ctx.db, model, input.templateId, input.lang);
    const own = await listAgreementClauses(ctx.db, model.agreementId, template.id);
    const body = own.length > 0 ? { ...template.body, clauses: own } : template.body;
    return { model, template, body, overridden: own.length > 0, values: mergeValues(model, input.lang), lang: input.lang };
  }

  async function clausesOf(agreementId: string, template: TemplateRecord): Promise<AgreementClauses> {
    const own = await listAgreementClauses(ctx.db, agreementId, template.id);
    return { templateId: template.id, overridden: own.length > 0, clauses: own.length > 0 ? own : template.body.clauses };
  }

  /** Renders without storing (the CLI writes the bytes where it was told). */
  async function render(
    input: { agreementId: string; templateId?: string | undefined; lang: DocumentLang; format: DocumentFormat },
    job: JobHandle = NO_JOB,
  ): Promise<RenderedFile> {
    job.progress('preparing', 0, 3);
    const prepared = await prepare(input);
    const doc = { body: prepared.body, values: prepared.values, model: prepared.model, lang: prepared.lang };
    job.throwIfCancelled();
    job.progress('rendering', 1, 3);
    let bytes: Buffer;
    let missing: string[];
    if (input.format === 'pdf') {
      const printer = options.pdfPrinter;
      if (!printer) throw new DomainError('INTERNAL', 'no PDF printer is connected');
      const rendered = renderDocumentHtml(doc);
      missing = rendered.missing;
      try {
        bytes = await printer.print(rendered.html, { signal: job.signal });
      } catch (error) {
        // Whatever a printer throws once the user cancelled is the cancel.
        job.throwIfCancelled();
        throw error;
      }
    } else {
      missing = missingFields(doc);
      bytes = await buildDocx(doc);
    }
    job.throwIfCancelled();
    // Named after the agreement only: the template's name would repeat the title (issue 12).
    const baseName = safeFilePart(prepared.model.title);
    return { bytes, missing, baseName, prepared };
  }

  return {
    templates,
    fields,
    render,

    async preview(input: z.input<typeof DocumentPreviewInput>): Promise<DocumentPreview> {
      const p = await prepare(parseInput(DocumentPreviewInput, input));
      const { bodyJson: _json, body: _body, deleted: _deleted, ...template } = p.template;
      return {
        template,
        body: p.body,
        clausesOverridden: p.overridden,
        values: p.values,
        model: p.model,
        lang: p.lang,
        missing: missingFields({ body: p.body, values: p.values, model: p.model, lang: p.lang }),
      };
    },

    async clauses(input: z.input<typeof ClauseQuery>): Promise<AgreementClauses> {
      const q = parseInput(ClauseQuery, input);
      const model = await requireModel(ctx.db, q.agreementId);
      return clausesOf(q.agreementId, await resolveTemplate(ctx.db, model, q.templateId, q.lang));
    },

    /** The agreement's own wording of the template's clauses, replacing any earlier one. */
    async saveClauses(input: z.input<typeof ClauseSaveInput>): Promise<AgreementClauses> {
      const s = parseInput(ClauseSaveInput, input);
      await ready();
      const stamp = nowIso(ctx);
      const template = await ctx.db.transaction().execute(async (trx) => {
        if (!(await isLiveEntity(trx, 'agreement', s.agreementId))) throw notFound('agreement', s.agreementId);
        const t = await findLiveTemplate(trx, s.templateId);
        if (!t) throw notFound('documentTemplate', s.templateId);
        await trashAgreementClauses(trx, s.agreementId, t.id, stamp);
        await insertAgreementClauses(trx, { agreementId: s.agreementId, templateId: t.id, clauses: s.clauses, stamp });
        return t;
      });
      return clausesOf(s.agreementId, template);
    },

    /** Back to the template's clauses (the agreement's wording goes to the trash). */
    async resetClauses(input: z.input<typeof ClauseResetInput>): Promise<AgreementClauses> {
      const s = parseInput(ClauseResetInput, input);
      await ready();
      const template = await ctx.db.transaction().execute(async (trx) => {
        if (!(await isLiveEntity(trx, 'agreement', s.agreementId))) throw notFound('agreement', s.agreementId);
        const t = await findLiveTemplate(trx, s.templateId);
        if (!t) throw notFound('documentTemplate', s.templateId);
        await trashAgreementClauses(trx, s.agreementId, t.id, nowIso(ctx));
        return t;
      });
      return clausesOf(s.agreementId, template);
    },

    /**
     * Renders the document and keeps it as a versioned attachment of the agreement. With
     * merge values missing it refuses (VALIDATION document.missingValues, details.missing)
     * unless the caller confirmed with allowMissing.
     */
    async generate(input: z.input<typeof DocumentGenerateInput>): Promise<GeneratedDocument> {
      const g = parseInput(DocumentGenerateInput, input);
      return options.jobs.run(g.jobId, async (job) => {
        if (!g.allowMissing) {
          const p = await prepare(g);
          const missing = missingFields({ body: p.body, values: p.values, model: p.model, lang: p.lang });
          if (missing.length > 0) throw fieldError('allowMissing', 'document.missingValues', { missing });
        }
        const file = await render(g, job);
        job.progress('writing', 2, 3);
        const stored = await storeGeneratedDocument(ctx, options.dataDir, {
          agreementId: g.agreementId,
          template: file.prepared.template,
          lang: g.lang,
          format: g.format,
          mime: MIME[g.format],
          bytes: file.bytes,
          baseName: file.baseName,
          missing: file.missing,
        });
        job.progress('done', 3, 3);
        return stored;
      });
    },

    /** 另存为: a copy of a generated document where the officer chooses; null when the dialog was closed. */
    async saveAs(input: z.input<typeof IdInput>): Promise<ProducedFile | null> {
      const { id } = parseInput(IdInput, input);
      return saveGeneratedCopy(ctx.db, { dataDir: options.dataDir, files: options.files }, id);
    },

    /** Generated versions whose file is not in the trash, newest first. */
    async generated(input: z.input<typeof GeneratedListQuery>): Promise<GeneratedDocument[]> {
      const { agreementId } = parseInput(GeneratedListQuery, input);
      const rows = await listLiveGenerated(ctx.db, agreementId);
      return Promise.all(rows.map((r) => toGeneratedDocument(ctx.db, r)));
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
