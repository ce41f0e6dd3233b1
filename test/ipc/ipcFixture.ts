import fs from 'node:fs';
import path from 'node:path';
import type { Channel } from '@shared/ipc/channels';
import type { ChannelIn } from '@shared/ipc/contract';
import { createCore, type Core } from '../../src/main/core';
import { createHandlers } from '../../src/main/ipc/handlers';
import { registerHandlers } from '../../src/main/ipc/registerHandlers';
import type { IpcEventLike, IpcListener } from '../../src/main/ipc/types';
import { makeTempDir } from '../helpers/tempDir';
import { type ProgrammeIpcIds, seedProgrammeIpcRecords } from '../integration/programmes/programmeIpcRecords';

export const ORIGIN = 'app://main';
export const trustedEvent: IpcEventLike = { senderFrame: { url: `${ORIGIN}/index.html#/partners` } };

/** A stand-in ipcMain that records listeners, so tests call the real registration. */
export function fakeIpcMain() {
  const listeners = new Map<string, IpcListener>();
  return {
    listeners,
    handle(channel: string, listener: IpcListener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler(channel: string) {
      listeners.delete(channel);
    },
  };
}

export interface IpcFixture {
  core: Core;
  invoke(channel: Channel, input: unknown, event?: IpcEventLike): Promise<unknown>;
  ids: {
    partnerId: string;
    /** [search] a second live partner (to merge) and one past merge into partnerId (to undo). */
    partnerId2: string;
    mergeId: string;
    trashedPartnerId: string;
    contactId: string;
    trashedContactId: string;
    agreementId: string;
    activeAgreementId: string;
    trashedAgreementId: string;
    interactionId: string;
    followUpInteractionId: string;
    trashedInteractionId: string;
    courseId: string;
    trashedCourseId: string;
    sourceId: string;
    emptySourceId: string;
    trashedSourceId: string;
    txnId: string;
    trashedTxnId: string;
    contributionId: string;
    trashedContributionId: string;
    orgUnitId: string;
    majorId: string;
    staffId: string;
    programmes: ProgrammeIpcIds;
    /** A small PDF attached to agreementId ([agreementsUi]). */
    attachmentId: string;
    // [admin] fixture ids
    emptyOrgUnitId: string;
    trashedOrgUnitId: string;
    trashedMajorId: string;
    trashedStaffId: string;
    // [jobs] fixture ids
    /** A file the core registered as produced (exports open it by id). */
    producedFileId: string;
    // [reports] fixture ids
    // [documents] fixture ids
    /** A user template (a copy of the built-in framework agreement). */
    documentTemplateId: string;
    /** A DOCX generated for agreementId (documents:saveAs). */
    generatedDocumentId: string;
    // [import] fixture ids
    /** An analysed one-row partner CSV (import:commit, import:errorReport). */
    importAnalysisId: string;
    // [backup] fixture ids
    /** A verified backup in the core's backups folder. */
    backupFileName: string;
    // [placements] fixture ids: own partner and major, so other channels' deletes leave them alone
    placements: { partnerId: string; majorId: string; statId: string; trashedStatId: string };
  };
}

/** A core with one of everything (live and trashed); `empty` skips the records (for sample:seed). */
export async function createIpcFixture(opts: { empty?: boolean } = {}): Promise<IpcFixture> {
  const core = await createCore({ dataDir: makeTempDir(), clock: () => new Date('2026-11-28T02:00:00Z'), actor: 'ipc-test' });
  const ipcMain = fakeIpcMain();
  registerHandlers(ipcMain, createHandlers(core), { trustedOrigin: ORIGIN, checkOutputs: true, log: () => undefined });
  const invoke: IpcFixture['invoke'] = async (channel, input, event = trustedEvent) => {
    const listener = ipcMain.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, input);
  };
  if (opts.empty) return { core, invoke, ids: {} as IpcFixture['ids'] };
  const s = core.services;
  const orgUnit = await s.reference.orgUnits.create({ name: '信息工程学院', kind: 'college' });
  const major = await s.reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational', orgUnitId: orgUnit.id });
  const staff = await s.reference.staff.create({ name: '王老师', staffNo: 'T001' });
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: '914403001922038216' });
  const trashedPartner = await s.partners.create({ kind: 'enterprise', fullName: '北京百度网讯科技有限公司' });
  // [search] fixture records: a duplicate to merge, and one already merged into partner
  const partner2 = await s.partners.create({ kind: 'enterprise', fullName: '华为技术(深圳)有限公司' });
  const mergedAway = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司深圳分公司' });
  await s.merge.merge({ survivorId: partner.id, mergedId: mergedAway.id });
  const [pastMerge] = await s.merge.mergesInto({ partnerId: partner.id });
  const contact = await s.contacts.create({ organisationId: partner.id, name: '李经理', mobile: '13812345678' });
  const trashedContact = await s.contacts.create({ organisationId: partner.id, name: '张主管' });
  const parties = [
    { role: '甲' as const, partyType: 'school' as const, displayName: '示例职业技术学院' },
    { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partner.id },
  ];
  const agreement = await s.agreements.create({ title: '框架协议', type: 'framework', parties });
  const active = await s.agreements.create({ title: '实习基地协议', type: 'internship_base', parties, startDate: '2024-01-01', endDate: '2027-01-31' });
  await s.agreements.transition({ id: active.id, to: 'active' });
  const trashedAgreement = await s.agreements.create({ title: '旧协议', type: 'other', parties });
  const interaction = await s.interactions.create({ organisationId: partner.id, kind: 'visit', date: '2026-11-01' });
  const followUpInteraction = await s.interactions.create({ organisationId: partner.id, kind: 'call', date: '2026-11-02', followUpDate: '2026-11-20' });
  const trashedInteraction = await s.interactions.create({ organisationId: partner.id, kind: 'call', date: '2026-10-01' });
  const course = await s.courses.create({ kind: 'course', name: '企业级 Java 开发', organisationId: partner.id });
  const trashedCourse = await s.courses.create({ kind: 'textbook', name: '旧教材', organisationId: partner.id });
  const source = await s.fundingSources.create({ kind: 'fiscal_special', name: '专项资金' });
  const trashedSource = await s.fundingSources.create({ kind: 'other', name: '旧来源' });
  const emptySource = await s.fundingSources.create({ kind: 'social_donation', name: '校友捐赠' });
  const txn = await s.fundingTxns.create({ sourceId: source.id, direction: 'in', amountFen: 100_000, date: '2026-10-10' });
  const trashedTxn = await s.fundingTxns.create({ sourceId: source.id, direction: 'out', amountFen: 5_000, date: '2026-10-11' });
  const contribution = await s.contributions.create({ organisationId: partner.id, kind: 'donated_equipment', valueFen: 500_000, date: '2026-09-01' });
  const trashedContribution = await s.contributions.create({ organisationId: partner.id, kind: 'premises', date: '2026-09-02' });
  const programmes = await seedProgrammeIpcRecords(s);
  // [admin] fixture records: an unused unit and trashed reference rows
  const emptyOrgUnit = await s.reference.orgUnits.create({ name: '继续教育学院', kind: 'college' });
  const trashedOrgUnit = await s.reference.orgUnits.create({ name: '已撤销学院', kind: 'college' });
  const trashedMajor = await s.reference.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' });
  const trashedStaff = await s.reference.staff.create({ name: '离职教师', staffNo: 'T999' });
  await s.reference.orgUnits.delete(trashedOrgUnit.id);
  await s.reference.majors.delete(trashedMajor.id);
  await s.reference.staff.delete(trashedStaff.id);
  await s.partners.delete(trashedPartner.id);
  await s.contacts.delete(trashedContact.id);
  await s.agreements.delete(trashedAgreement.id);
  await s.interactions.delete(trashedInteraction.id);
  await s.courses.delete(trashedCourse.id);
  await s.fundingSources.delete(trashedSource.id);
  await s.fundingTxns.delete(trashedTxn.id);
  await s.contributions.delete(trashedContribution.id);
  const attachment = await s.attachments.upload({
    entityType: 'agreement',
    entityId: agreement.id,
    kind: 'signed_scan',
    fileName: '协议扫描件.pdf',
    dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  });
  // [jobs] fixture records
  const producedPath = path.join(core.dataDir, 'exports', '台账.csv');
  fs.mkdirSync(path.dirname(producedPath), { recursive: true });
  fs.writeFileSync(producedPath, '\uFEFF编号\n');
  const produced = s.files.register(producedPath);
  // [reports] fixture records
  // [documents] fixture records
  const documentTemplate = await s.documents.templates.copy({ id: 'builtin-framework-zh' });
  const generatedDocument = await s.documents.generate({ agreementId: agreement.id, lang: 'zh-CN', format: 'docx', jobId: 'job-ipc-fixture-docx', allowMissing: true });
  // [import] fixture records
  const importCsv = Buffer.from('单位名称,统一社会信用代码\n北京百度网讯科技有限公司,91110000802100433B\n', 'utf8');
  const importAnalysis = await s.imports.analyze({ fileName: '名单.csv', dataBase64: importCsv.toString('base64'), entity: 'partners' });
  // [backup] fixture records
  const backup = (await s.backups.create('manual')).backup;
  // [placements] fixture records
  const placementPartner = await s.partners.create({ kind: 'enterprise', fullName: '深圳市大疆创新科技有限公司' });
  const placementMajor = await s.reference.majors.create({ code: '460303', name: '电气自动化技术', level: 'higher_vocational' });
  const placementRow = { organisationId: placementPartner.id, majorId: placementMajor.id };
  const placementStat = await s.placementStats.create({ ...placementRow, academicYear: 2025, orderTrainees: 20, interns: 8 });
  const trashedPlacementStat = await s.placementStats.create({ ...placementRow, academicYear: 2024, interns: 5 });
  await s.placementStats.delete(trashedPlacementStat.id);
  const placements = {
    partnerId: placementPartner.id,
    majorId: placementMajor.id,
    statId: placementStat.id,
    trashedStatId: trashedPlacementStat.id,
  };
  return {
    core,
    invoke,
    ids: {
      // [import] fixture id values
      importAnalysisId: importAnalysis.analysisId,
      producedFileId: produced.fileId,
      // [documents] fixture id values
      documentTemplateId: documentTemplate.id,
      generatedDocumentId: generatedDocument.id,
      // [placements] fixture id entries
      placements,
      partnerId: partner.id,
      partnerId2: partner2.id,
      mergeId: pastMerge?.id ?? '',
      trashedPartnerId: trashedPartner.id,
      contactId: contact.id,
      trashedContactId: trashedContact.id,
      agreementId: agreement.id,
      activeAgreementId: active.id,
      trashedAgreementId: trashedAgreement.id,
      interactionId: interaction.id,
      followUpInteractionId: followUpInteraction.id,
      trashedInteractionId: trashedInteraction.id,
      courseId: course.id,
      trashedCourseId: trashedCourse.id,
      sourceId: source.id,
      emptySourceId: emptySource.id,
      trashedSourceId: trashedSource.id,
      txnId: txn.id,
      trashedTxnId: trashedTxn.id,
      contributionId: contribution.id,
      trashedContributionId: trashedContribution.id,
      orgUnitId: orgUnit.id,
      majorId: major.id,
      staffId: staff.id,
      programmes,
      attachmentId: attachment.id,
      emptyOrgUnitId: emptyOrgUnit.id,
      trashedOrgUnitId: trashedOrgUnit.id,
      trashedMajorId: trashedMajor.id,
      trashedStaffId: trashedStaff.id,
      backupFileName: backup.fileName,
    },
  };
}

export type ValidInputs = { [C in Channel]: (ids: IpcFixture['ids']) => ChannelIn<C> };
