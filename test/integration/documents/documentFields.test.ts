import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentPageInputs, fieldPlace } from '@shared/documents/fieldPlaces';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { builtInTemplates } from '../../../src/main/documents';
import { createDocumentService } from '../../../src/main/documents/documentService';
import { DomainError } from '../../../src/main/errors';
import { createProducedFiles } from '../../../src/main/files/producedFiles';
import { createJobRegistry } from '../../../src/main/jobs/jobRegistry';
import { createContactService } from '../../../src/main/partners/contactService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';
import { recordingPrinter } from './serviceHelpers';

// Issue 12: every merge field of every built-in template has a place to be filled in. An
// agreement whose records are complete and whose 文书填写项 are filled through the service
// the document page calls prints with no blank, in every template.

/** What an officer would type for each field the document page asks for. */
const TYPED: Record<string, string> = {
  签署地点: '广州市',
  基地名称: '智能制造校外实习基地',
  挂牌名称: '示例职业技术学院实习基地',
  每年接收人数: '30',
  订单班冠名: '𠮷珺订单班',
  培养人数: '200',
  就业承诺比例: '90%',
  实习起止: '2027年3月1日至2027年8月31日',
  实习岗位: '装配技术员',
  '实习报酬(元/月)': '3000',
  保险: '学生实习责任保险（中国人保）',
  经费来源: '企业自筹',
  丙方学号: '2024010203',
  丙方专业: '机电一体化技术',
  丙方班级: '机电2401班',
  丙方监护人: '陈大明',
};

interface Setup {
  t: TestDb;
  dataDir: string;
  documents: ReturnType<typeof createDocumentService>;
  contacts: ReturnType<typeof createContactService>;
  agreementId: string;
  mainContactId: string;
  otherContactId: string;
  strangerContactId: string;
  revealed: string[];
  saveTo: { file: string | null };
  files: ReturnType<typeof createProducedFiles>;
}

let s: Setup | undefined;
afterEach(() => {
  s?.t.close();
  s = undefined;
});

async function setup(): Promise<Setup> {
  const t = await createTestDb({ now: steppingClock('2026-11-28T02:00:00.000Z') });
  const dataDir = path.join(t.dir, 'data');
  const revealed: string[] = [];
  const saveTo = { file: null as string | null };
  const files = createProducedFiles({
    desktop: {
      openFile: () => Promise.resolve(),
      revealFile: (file) => void revealed.push(file),
      chooseSavePath: () => Promise.resolve(saveTo.file),
    },
  });
  const documents = createDocumentService(t.ctx, { dataDir, jobs: createJobRegistry(() => undefined), pdfPrinter: recordingPrinter().printer, files });
  await createSettingsService(t.ctx).update({
    college: { fullName: '示例职业技术学院', legalRepresentative: '张校长', address: '广州市天河区', uscc: '12440000455858271M', contactPerson: '李老师', contactPhone: '020-38291234' },
  });
  const partners = createPartnerService(t.ctx);
  const contacts = createContactService(t.ctx);
  const partner = await partners.create({ kind: 'enterprise', fullName: '𠮷珺智能制造有限公司', uscc: '914403001922038216', legalRepresentative: '王总', address: '深圳市南山区科技园' });
  const other = await contacts.create({ organisationId: partner.id, name: '王工', mobile: '13912345678' });
  const main = await contacts.create({ organisationId: partner.id, name: '张明', mobile: '13812345678', isPrimary: true });
  const stranger = await partners.create({ kind: 'enterprise', fullName: '另一家公司' });
  const strangerContact = await contacts.create({ organisationId: stranger.id, name: '赵六', isPrimary: true });
  const unit = await createReferenceService(t.ctx).orgUnits.create({ name: '智能制造学院', kind: 'college' });
  const major = await createReferenceService(t.ctx).majors.create({ code: '460301', name: '机电一体化技术', level: 'higher_vocational', orgUnitId: unit.id });
  const agreement = await createAgreementService(t.ctx).create({
    agreementNo: 'XQ-2026-001',
    title: '智能制造校企合作协议',
    type: 'framework',
    orgUnitId: unit.id,
    majorIds: [major.id],
    signDate: '2026-11-20',
    startDate: '2027-01-01',
    endDate: '2029-12-31',
    amountFen: 50_000_000,
    copiesTotal: 3,
    copiesEach: 1,
    parties: [
      { role: '甲', partyType: 'school' },
      { role: '乙', partyType: 'enterprise', organisationId: partner.id },
      { role: '丙', partyType: 'student', displayName: '陈小红' },
    ],
  });
  return { t, dataDir, documents, contacts, agreementId: agreement.id, mainContactId: main.id, otherContactId: other.id, strangerContactId: strangerContact.id, revealed, saveTo, files };
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => null, (error: unknown) => error);
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

const mergeJson = (d: Setup): unknown => d.t.app.sqlite.prepare('select merge_values_json from agreement where id = ?').pluck().get(d.agreementId);

describe('document fields: every blank has a place', () => {
  it('prints every built-in template with no missing field once the page inputs are filled', async () => {
    s = await setup();
    const templates = builtInTemplates();
    expect(templates).toHaveLength(6);
    for (const template of templates) {
      const input = { agreementId: s.agreementId, templateId: template.id, lang: template.lang };
      const before = await s.documents.preview(input);
      // With the records complete, what is still missing is exactly what the page asks for.
      const { typed } = documentPageInputs(before);
      for (const field of before.missing) expect(fieldPlace(before.model, field), `${template.id} ${field}`).toEqual({ kind: 'document', field });
      for (const field of typed) expect(TYPED[field], `${template.id} asks for ${field}`).toBeDefined();
      await s.documents.fields.save({ agreementId: s.agreementId, values: Object.fromEntries(typed.map((f) => [f, TYPED[f] ?? ''])) });
      const after = await s.documents.preview(input);
      expect(after.missing, template.id).toEqual([]);
    }
  });

  it("names the partner's main contact by default, the chosen one once chosen, and the college contact from settings", async () => {
    s = await setup();
    const input = { agreementId: s.agreementId, lang: 'zh-CN' as const };
    let p = await s.documents.preview(input);
    expect(p.template.id).toBe('builtin-framework-zh');
    expect([p.values['乙方联系人'], p.values['乙方电话']]).toEqual(['张明', '13812345678']);
    expect([p.values['甲方联系人'], p.values['甲方电话']]).toEqual(['李老师', '020-38291234']);
    expect(p.model.parties.find((x) => x.role === '乙')?.contactId).toBe(s.mainContactId);

    await s.documents.fields.save({ agreementId: s.agreementId, contacts: { 乙: s.otherContactId } });
    p = await s.documents.preview(input);
    expect([p.values['乙方联系人'], p.values['乙方电话']]).toEqual(['王工', '13912345678']);

    // A chosen contact that went to the trash falls back to the main contact.
    await s.contacts.delete(s.otherContactId);
    p = await s.documents.preview(input);
    expect(p.values['乙方联系人']).toBe('张明');

    await s.documents.fields.save({ agreementId: s.agreementId, contacts: { 乙: null } });
    expect(mergeJson(s)).toBe('{}');
  });

  it('refuses bad input with a field message and changes nothing', async () => {
    s = await setup();
    await s.documents.fields.save({ agreementId: s.agreementId, values: { 培养人数: '200' } });
    const before = mergeJson(s);
    const cases: [unknown, (string | number)[], string][] = [
      [{ values: { 培养人数: '两百' } }, ['values', '培养人数'], 'documentField.wholeNumber'],
      [{ values: { '实习报酬(元/月)': '3千' } }, ['values', '实习报酬(元/月)'], 'documentField.amount'],
      [{ values: { 乙方电话: '12345' } }, ['values', '乙方电话'], 'phone.invalid'],
      [{ values: { 随便写: 'x' } }, ['values', '随便写'], 'documentField.unknown'],
      [{ contacts: { 乙: s.strangerContactId } }, ['contacts', '乙'], 'documentField.contactNotOfParty'],
      [{ contacts: { 丙: s.mainContactId } }, ['contacts', '丙'], 'documentField.contactNotOfParty'],
    ];
    for (const [patch, pathExpected, message] of cases) {
      const e = await rejection(s.documents.fields.save({ agreementId: s.agreementId, ...(patch as object) }));
      expect(e.code).toBe('VALIDATION');
      expect(e.issues?.[0]).toMatchObject({ path: pathExpected, message });
    }
    expect(mergeJson(s)).toBe(before);
    const gone = await rejection(s.documents.fields.save({ agreementId: '00000000-0000-4000-8000-000000000000', values: { 培养人数: '1' } }));
    expect(gone.code).toBe('NOT_FOUND');
  });

  it("carries the typed fields, the chosen contact and the agreement's own clauses into a renewal", async () => {
    s = await setup();
    await s.documents.fields.save({ agreementId: s.agreementId, values: { 培养人数: '200', 签署地点: '广州市' }, contacts: { 乙: s.otherContactId } });
    const clauses = [{ heading: '第一条', body: '双方共建智能制造实训中心。' }];
    await s.documents.saveClauses({ agreementId: s.agreementId, templateId: 'builtin-framework-zh', clauses });
    const agreements = createAgreementService(s.t.ctx);
    await agreements.transition({ id: s.agreementId, to: 'active' });
    const renewal = await agreements.renew({ agreementId: s.agreementId, agreementNo: 'XQ-2029-001', newEndDate: '2032-12-31' });
    const p = await s.documents.preview({ agreementId: renewal.id, lang: 'zh-CN' });
    expect([p.values['培养人数'], p.values['签署地点'], p.values['乙方联系人']]).toEqual(['200', '广州市', '王工']);
    const own = await s.documents.clauses({ agreementId: renewal.id, templateId: 'builtin-framework-zh', lang: 'zh-CN' });
    expect(own).toMatchObject({ overridden: true, clauses });
    // The old agreement keeps its own.
    expect((await s.documents.clauses({ agreementId: s.agreementId, templateId: 'builtin-framework-zh', lang: 'zh-CN' })).clauses).toEqual(clauses);
  });

  it('clears a value with an empty string and keeps the ones not sent', async () => {
    s = await setup();
    await s.documents.fields.save({ agreementId: s.agreementId, values: { 培养人数: ' 200 ', 每年接收人数: '30' } });
    await s.documents.fields.save({ agreementId: s.agreementId, values: { 培养人数: '' } });
    expect(JSON.parse(String(mergeJson(s)))).toEqual({ 每年接收人数: '30' });
  });

  it('names files <协议名称>_v<N> and saves a copy elsewhere that can be shown in its folder', async () => {
    s = await setup();
    const base = { agreementId: s.agreementId, lang: 'zh-CN' as const, allowMissing: true };
    const pdf1 = await s.documents.generate({ ...base, format: 'pdf', jobId: 'job-fields-pdf-1' });
    const pdf2 = await s.documents.generate({ ...base, format: 'pdf', jobId: 'job-fields-pdf-2' });
    const docx = await s.documents.generate({ ...base, format: 'docx', jobId: 'job-fields-docx-1' });
    expect([pdf1, pdf2, docx].map((g) => g.attachment.originalName)).toEqual(['智能制造校企合作协议_v1.pdf', '智能制造校企合作协议_v2.pdf', '智能制造校企合作协议_v1.docx']);

    // Dialog closed: nothing written.
    expect(await s.documents.saveAs({ id: docx.id })).toBeNull();

    const folder = path.join(s.t.dir, 'U盘');
    fs.mkdirSync(folder);
    s.saveTo.file = path.join(folder, docx.attachment.originalName);
    const copy = await s.documents.saveAs({ id: docx.id });
    expect(copy).toMatchObject({ fileName: '智能制造校企合作协议_v1.docx', folder });
    const stored = s.t.app.sqlite.prepare('select stored_name from attachment where id = ?').pluck().get(docx.attachment.id) as string;
    expect(fs.readFileSync(s.saveTo.file)).toEqual(fs.readFileSync(path.join(s.dataDir, 'attachments', stored)));
    expect(fs.readdirSync(folder)).toEqual(['智能制造校企合作协议_v1.docx']);

    // The extension is added when the name typed in the dialog lacks it.
    s.saveTo.file = path.join(folder, '给企业的版本');
    expect((await s.documents.saveAs({ id: pdf2.id }))?.fileName).toBe('给企业的版本.pdf');

    // 在文件夹中显示 finds the copy by its id.
    expect(copy && s.files.reveal(copy.fileId)).toEqual({ action: 'revealed' });
    expect(s.revealed).toEqual([path.join(folder, '智能制造校企合作协议_v1.docx')]);
    expect((await rejection(s.documents.saveAs({ id: '00000000-0000-4000-8000-000000000000' }))).code).toBe('NOT_FOUND');
  });
});
