import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { auditActions, type DocumentSetup, setupDocuments } from './serviceHelpers';

let s: DocumentSetup | undefined;
afterEach(() => {
  s?.t.close();
  s = undefined;
});

const FRAMEWORK = 'builtin-framework-zh';

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => null, (error: unknown) => error);
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

describe('document templates', () => {
  it('lists the built-in templates, read-only, by kind and language', async () => {
    s = await setupDocuments();
    const all = await s.documents.templates.list();
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.every((t) => t.builtIn && t.version === 1)).toBe(true);
    expect((await s.documents.templates.list({ kind: 'framework', lang: 'zh-CN' })).map((t) => t.id)).toEqual([FRAMEWORK]);
    expect((await s.documents.templates.list({ lang: 'en-US' })).map((t) => t.kind)).toEqual(['mou_en']);
    expect((await s.documents.templates.list({ agreementId: s.agreementId, lang: 'zh-CN' })).map((t) => t.id)).toEqual([FRAMEWORK]);
    // Listing again mirrors nothing new.
    const versionRows = s.t.app.sqlite.prepare('select count(*) from document_template_version').pluck().get();
    await s.documents.templates.list();
    expect(s.t.app.sqlite.prepare('select count(*) from document_template_version').pluck().get()).toBe(versionRows);

    const builtIn = await rejection(s.documents.templates.save({ id: FRAMEWORK, body: { title: 'x', clauses: [{ heading: 'a', body: 'b' }] } }));
    expect(builtIn.code).toBe('VALIDATION');
    expect(builtIn.issues?.[0]?.message).toBe('document.builtInReadOnly');
    expect((await rejection(s.documents.templates.delete({ id: FRAMEWORK }))).issues?.[0]?.message).toBe('document.builtInReadOnly');
  });

  it('copies a built-in to a user template, saves versions, keeps old ones readable', async () => {
    s = await setupDocuments();
    const source = await s.documents.templates.get({ id: FRAMEWORK });
    const copy = await s.documents.templates.copy({ id: FRAMEWORK });
    expect(copy).toMatchObject({ builtIn: false, version: 1, kind: 'framework', lang: 'zh-CN', name: `${source.name}（副本）` });
    expect(copy.body).toEqual(source.body);

    const edited = { ...copy.body, clauses: [...copy.body.clauses, { heading: '保密', body: '双方对合作中知悉的**商业秘密**负有保密义务。' }] };
    const v2 = await s.documents.templates.save({ id: copy.id, name: '我的框架协议', body: edited });
    expect(v2).toMatchObject({ version: 2, name: '我的框架协议', shownVersion: 2 });
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    // Saving the same wording again is not a new version.
    expect((await s.documents.templates.save({ id: copy.id, body: edited })).version).toBe(2);

    const old = await s.documents.templates.get({ id: copy.id, version: 1 });
    expect(old.body).toEqual(source.body);
    expect(old.shownVersion).toBe(1);
    expect((await rejection(s.documents.templates.get({ id: copy.id, version: 7 }))).code).toBe('NOT_FOUND');
    // The built-in did not change.
    expect((await s.documents.templates.get({ id: FRAMEWORK })).body).toEqual(source.body);
    expect(auditActions(s.t, 'document_template_version').filter((a) => a === 'insert').length).toBeGreaterThanOrEqual(8);
  });

  it('deletes a user template to the trash', async () => {
    s = await setupDocuments();
    const copy = await s.documents.templates.copy({ id: FRAMEWORK, name: '临时模板' });
    expect((await s.documents.templates.list({ kind: 'framework' })).map((t) => t.name)).toContain('临时模板');
    await s.documents.templates.delete({ id: copy.id });
    expect((await s.documents.templates.list({ kind: 'framework' })).map((t) => t.id)).toEqual([FRAMEWORK]);
    expect((await rejection(s.documents.templates.get({ id: copy.id }))).code).toBe('NOT_FOUND');
    expect((await rejection(s.documents.templates.delete({ id: copy.id }))).code).toBe('NOT_FOUND');
    expect(auditActions(s.t, 'document_template').slice(-2)).toEqual(['insert', 'trash']);
  });
});

describe("an agreement's own clause wording", () => {
  it('overrides the template clauses in the preview and resets to the template', async () => {
    s = await setupDocuments();
    const base = await s.documents.clauses({ agreementId: s.agreementId, lang: 'zh-CN' });
    expect(base).toMatchObject({ templateId: FRAMEWORK, overridden: false });
    const template = await s.documents.templates.get({ id: FRAMEWORK });
    expect(base.clauses).toEqual(template.body.clauses);

    const clauses = [
      { heading: '合作内容', body: '1. 共建**智能制造**实训基地\n2. 联合培养 50 名学生' },
      { heading: '其他', body: '未尽事宜另行协商。' },
    ];
    const saved = await s.documents.saveClauses({ agreementId: s.agreementId, templateId: FRAMEWORK, clauses });
    expect(saved).toEqual({ templateId: FRAMEWORK, overridden: true, clauses });
    const preview = await s.documents.preview({ agreementId: s.agreementId, lang: 'zh-CN' });
    expect(preview.clausesOverridden).toBe(true);
    expect(preview.body.clauses).toEqual(clauses);
    expect(preview.body.title).toBe(template.body.title);

    // Saving again replaces, never appends.
    await s.documents.saveClauses({ agreementId: s.agreementId, templateId: FRAMEWORK, clauses: clauses.slice(1) });
    expect((await s.documents.clauses({ agreementId: s.agreementId, lang: 'zh-CN' })).clauses).toEqual(clauses.slice(1));

    const reset = await s.documents.resetClauses({ agreementId: s.agreementId, templateId: FRAMEWORK });
    expect(reset).toEqual({ templateId: FRAMEWORK, overridden: false, clauses: template.body.clauses });
    expect((await s.documents.preview({ agreementId: s.agreementId, lang: 'zh-CN' })).body.clauses).toEqual(template.body.clauses);
    expect(auditActions(s.t, 'document_clause')).toEqual(['insert', 'insert', 'trash', 'trash', 'insert', 'trash']);
  });

  it('refuses an unknown agreement or template', async () => {
    s = await setupDocuments();
    const clauses = [{ heading: 'a', body: 'b' }];
    const missingAgreement = '01900000-0000-7000-8000-00000000abcd';
    expect((await rejection(s.documents.saveClauses({ agreementId: missingAgreement, templateId: FRAMEWORK, clauses }))).code).toBe('NOT_FOUND');
    expect((await rejection(s.documents.saveClauses({ agreementId: s.agreementId, templateId: missingAgreement, clauses }))).code).toBe('NOT_FOUND');
    expect((await rejection(s.documents.preview({ agreementId: missingAgreement, lang: 'zh-CN' }))).code).toBe('NOT_FOUND');
  });
});
