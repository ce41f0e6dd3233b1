import type { z } from 'zod';
import type { TemplateBody } from '@shared/domain/document';
import {
  type TemplateDetail,
  TemplateCopyInput,
  TemplateGetInput,
  TemplateIdInput,
  TemplateListQuery,
  TemplateSaveInput,
  type TemplateSummary,
} from '@shared/domain/documentIpc';
import { notFound } from '../errors';
import { newId } from '../ids';
import { nowIso, type ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { defaultTemplateFor, loadDocumentModel } from './index';
import {
  bodyJsonOf,
  findLiveTemplate,
  findVersionBody,
  insertTemplate,
  listLiveTemplates,
  listVersions,
  saveNewVersion,
  softDeleteTemplate,
  type TemplateRecord,
} from './documentTemplateRepository';

const summaryOf = (t: TemplateRecord): TemplateSummary => ({
  id: t.id,
  kind: t.kind,
  lang: t.lang,
  name: t.name,
  version: t.version,
  builtIn: t.builtIn,
  updatedAt: t.updatedAt,
});

/** The name a copy gets unless the user typed one, in the template's own language. */
const copyName = (t: TemplateRecord): string => (t.lang === 'en-US' ? `${t.name} (copy)` : `${t.name}（副本）`);

/**
 * Templates: built-in ones (mirrored from code, read-only) and the user's own, which start
 * as a copy and get a new version on every save. `ready` mirrors the built-ins first.
 */
export function createDocumentTemplateService(ctx: ServiceContext, ready: () => Promise<void>) {
  async function requireLive(id: string): Promise<TemplateRecord> {
    await ready();
    const t = await findLiveTemplate(ctx.db, id);
    if (!t) throw notFound('documentTemplate', id);
    return t;
  }

  function requireUserTemplate(t: TemplateRecord): void {
    if (t.builtIn) throw fieldError('id', 'document.builtInReadOnly');
  }

  async function detail(t: TemplateRecord, version?: number): Promise<TemplateDetail> {
    const versions = await listVersions(ctx.db, t.id);
    let body: TemplateBody = t.body;
    if (version !== undefined && version !== t.version) {
      const old = await findVersionBody(ctx.db, t.id, version);
      if (!old) throw notFound('documentTemplateVersion', `${t.id}:${version}`);
      body = old.body;
    }
    return { ...summaryOf(t), body, versions, shownVersion: version ?? t.version };
  }

  return {
    async list(query: z.input<typeof TemplateListQuery> = {}): Promise<TemplateSummary[]> {
      const q = parseInput(TemplateListQuery, query);
      await ready();
      let kind = q.kind;
      if (q.agreementId) {
        const model = await loadDocumentModel(ctx.db, q.agreementId);
        if (!model) throw notFound('agreement', q.agreementId);
        kind = defaultTemplateFor(model.type, q.lang ?? 'zh-CN', model.parties).kind;
      }
      const rows = await listLiveTemplates(ctx.db, { ...(kind ? { kind } : {}), ...(q.lang ? { lang: q.lang } : {}) });
      return rows.map(summaryOf);
    },

    async get(input: z.input<typeof TemplateGetInput>): Promise<TemplateDetail> {
      const { id, version } = parseInput(TemplateGetInput, input);
      return detail(await requireLive(id), version);
    },

    /** "Copy to my templates": a user template at version 1 with the source's current wording. */
    async copy(input: z.input<typeof TemplateCopyInput>): Promise<TemplateDetail> {
      const { id, name } = parseInput(TemplateCopyInput, input);
      const source = await requireLive(id);
      const newTemplateId = newId();
      await ctx.db.transaction().execute((trx) =>
        insertTemplate(trx, {
          id: newTemplateId,
          kind: source.kind,
          lang: source.lang,
          name: name ?? copyName(source),
          builtIn: false,
          bodyJson: source.bodyJson,
          stamp: nowIso(ctx),
        }),
      );
      return detail(await requireLive(newTemplateId));
    },

    /** Saves a new version of a user template; the same wording again saves nothing. */
    async save(input: z.input<typeof TemplateSaveInput>): Promise<TemplateDetail> {
      const s = parseInput(TemplateSaveInput, input);
      await ready();
      const stamp = nowIso(ctx);
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findLiveTemplate(trx, s.id);
        if (!current) throw notFound('documentTemplate', s.id);
        requireUserTemplate(current);
        const name = s.name ?? current.name;
        const bodyJson = bodyJsonOf(s.body);
        if (bodyJson === current.bodyJson && name === current.name) return;
        await saveNewVersion(trx, { templateId: s.id, version: current.version + 1, name, bodyJson, stamp });
      });
      return detail(await requireLive(s.id));
    },

    /** To the trash; documents made with it keep naming it. Built-in templates cannot go. */
    async delete(input: z.input<typeof TemplateIdInput>): Promise<{ ok: true }> {
      const { id } = parseInput(TemplateIdInput, input);
      await ready();
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findLiveTemplate(trx, id);
        if (!current) throw notFound('documentTemplate', id);
        requireUserTemplate(current);
        await softDeleteTemplate(trx, id, nowIso(ctx));
      });
      return { ok: true };
    },
  };
}

export type DocumentTemplateService = ReturnType<typeof createDocumentTemplateService>;
