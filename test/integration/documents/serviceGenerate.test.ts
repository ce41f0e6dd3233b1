import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { auditActions, type DocumentSetup, ENTERPRISE, recordingPrinter, SCHOOL, setupDocuments } from './serviceHelpers';

let s: DocumentSetup | undefined;
afterEach(() => {
  s?.t.close();
  s = undefined;
});

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => null, (error: unknown) => error);
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

const count = (d: DocumentSetup, table: string): unknown => d.t.app.sqlite.prepare(`select count(*) from ${table}`).pluck().get();

describe('document preview and export', () => {
  it('previews the model, the merge values and the missing fields', async () => {
    s = await setupDocuments();
    const p = await s.documents.preview({ agreementId: s.agreementId, lang: 'zh-CN' });
    expect(p.template).toMatchObject({ id: 'builtin-framework-zh', builtIn: true });
    expect(p.model.parties.map((x) => x.name)).toEqual([SCHOOL, ENTERPRISE]);
    expect(Object.values(p.values)).toContain(ENTERPRISE);
    // The sample agreement has no dates or amounts: the document lists what it lacks.
    expect(p.missing.length).toBeGreaterThan(0);
    expect(p.missing.every((name) => p.values[name] === null || p.values[name] === undefined)).toBe(true);
    expect((await s.documents.preview({ agreementId: s.agreementId, lang: 'en-US' })).template.kind).toBe('mou_en');
  });

  it('refuses to export with missing values unless confirmed, and changes nothing', async () => {
    const { printer, printed } = recordingPrinter();
    s = await setupDocuments(printer);
    const e = await rejection(s.documents.generate({ agreementId: s.agreementId, lang: 'zh-CN', format: 'pdf', jobId: 'job-doc-missing' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]).toMatchObject({ path: ['allowMissing'], message: 'document.missingValues' });
    expect((e.details?.['missing'] as string[]).length).toBeGreaterThan(0);
    expect(printed).toHaveLength(0);
    expect(count(s, 'attachment')).toBe(0);
    expect(count(s, 'generated_document')).toBe(0);
  });

  it('stores PDF and DOCX as versioned attachments of the agreement', async () => {
    const { printer, printed } = recordingPrinter();
    s = await setupDocuments(printer);
    const base = { agreementId: s.agreementId, lang: 'zh-CN' as const, allowMissing: true };
    const pdf1 = await s.documents.generate({ ...base, format: 'pdf', jobId: 'job-doc-pdf-1' });
    const pdf2 = await s.documents.generate({ ...base, format: 'pdf', jobId: 'job-doc-pdf-2' });
    const docx1 = await s.documents.generate({ ...base, format: 'docx', jobId: 'job-doc-docx-1' });

    expect(printed).toHaveLength(2);
    expect(printed[0]).toContain(ENTERPRISE);
    expect([pdf1.version, pdf2.version, docx1.version]).toEqual([1, 2, 1]);
    expect(pdf2.attachment).toMatchObject({ entityType: 'agreement', entityId: s.agreementId, kind: 'generated_document', mime: 'application/pdf' });
    // Named <协议名称>_v<N>: neither the agreement number nor the template name (issue 12).
    expect(pdf2.attachment.originalName).toBe('校企合作框架协议_v2.pdf');
    expect(docx1.attachment.originalName).toBe('校企合作框架协议_v1.docx');
    expect(pdf1).toMatchObject({ templateId: 'builtin-framework-zh', templateVersion: 1, lang: 'zh-CN', format: 'pdf' });
    expect(pdf1.missing.length).toBeGreaterThan(0);

    const docxRow = s.t.app.sqlite.prepare('select stored_name from attachment where id = ?').pluck().get(docx1.attachment.id) as string;
    const docx = s.readStored(docxRow);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml', 'latin1'))).toBe(true);

    const listed = await s.documents.generated({ agreementId: s.agreementId });
    expect(listed.map((g) => `${g.format}${g.version}`)).toEqual(['docx1', 'pdf2', 'pdf1']);

    // A trashed file leaves the list, and its number is not given out again.
    s.t.app.sqlite.prepare('update attachment set deleted_at = updated_at where id = ?').run(pdf2.attachment.id);
    expect((await s.documents.generated({ agreementId: s.agreementId })).map((g) => g.id)).toEqual([docx1.id, pdf1.id]);
    expect((await s.documents.generate({ ...base, format: 'pdf', jobId: 'job-doc-pdf-3' })).version).toBe(3);
    expect(auditActions(s.t, 'generated_document')).toEqual(['insert', 'insert', 'insert', 'insert']);
  });

  it('records the user template version a document was made from', async () => {
    const { printer } = recordingPrinter();
    s = await setupDocuments(printer);
    const copy = await s.documents.templates.copy({ id: 'builtin-framework-zh', name: '我的框架协议' });
    await s.documents.templates.save({ id: copy.id, body: { ...copy.body, title: '校企深度合作协议书' } });
    const g = await s.documents.generate({ agreementId: s.agreementId, templateId: copy.id, lang: 'zh-CN', format: 'pdf', jobId: 'job-doc-user', allowMissing: true });
    expect(g).toMatchObject({ templateId: copy.id, templateVersion: 2, templateName: '我的框架协议' });
    expect(g.attachment.originalName).toBe('校企合作框架协议_v1.pdf');
  });

  it('cancels a PDF export in progress and stores nothing', async () => {
    const { printer, whenPrinting } = recordingPrinter({ hold: true });
    s = await setupDocuments(printer);
    const running = s.documents.generate({ agreementId: s.agreementId, lang: 'zh-CN', format: 'pdf', jobId: 'job-doc-cancel', allowMissing: true });
    await whenPrinting;
    expect(s.jobs.cancel('job-doc-cancel')).toBe(true);
    expect((await rejection(running)).code).toBe('CANCELLED');
    expect(count(s, 'attachment')).toBe(0);
    expect(count(s, 'generated_document')).toBe(0);
    expect(s.jobs.runningIds()).toEqual([]);
  });
});
