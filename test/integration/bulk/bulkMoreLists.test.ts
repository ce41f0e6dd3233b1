import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_BULK_ENTITIES } from '@shared/domain/bulk';
import { createCore, type Core } from '../../../src/main/core';
import type { DomainError } from '../../../src/main/errors';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { makeTempDir } from '../../helpers/tempDir';

// Bulk actions of the programme tabs, a partner's contacts and contributions (issue 12):
// trash + restore as one batch, status where the record has one, export read back.

const clock = () => new Date('2026-11-28T02:00:00Z');

async function withCore(run: (core: Core, dir: string) => Promise<void>): Promise<void> {
  const dir = makeTempDir();
  const core = await createCore({ dataDir: path.join(dir, 'data'), clock, actor: 'test' });
  try {
    await run(core, dir);
  } finally {
    core.close();
  }
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`no sheet in ${file}`);
  return sheet;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number, cells: number): unknown[] =>
  Array.from({ length: cells }, (_, i) => sheet.getRow(n).getCell(i + 1).value);

async function partnerWithMajor(core: Core) {
  const s = core.services;
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '华辰智能装备有限公司', status: 'active' });
  const major = await s.reference.majors.create({ code: '460305', name: '工业机器人技术', level: 'higher_vocational' });
  return { partnerId: partner.id, majorId: major.id };
}

describe('bulk actions on the programme lists', () => {
  it('trashes two internship bases as one batch, restores them, changes their status, exports them', async () => {
    await withCore(async (core, dir) => {
      const s = core.services;
      const { partnerId, majorId } = await partnerWithMajor(core);
      const bases = s.programmes.internshipBases;
      const a = await bases.create({ name: '华辰校外实训基地', kind: 'external', organisationId: partnerId, capacity: 40, fundPerStudentFen: 150_00, majorIds: [majorId] });
      const b = await bases.create({ name: '=华辰二号基地', kind: 'external', organisationId: partnerId });
      const c = await bases.create({ name: '校内实训中心', kind: 'internal' });

      const result = await s.bulk.trash({ entity: 'internshipBase', ids: [a.id, b.id] });
      expect(result).toEqual({ done: [a.id, b.id], failed: [] });
      expect((await bases.list({})).items.map((r) => r.id)).toEqual([c.id]);
      const back = await s.bulk.restore({ entity: 'internshipBase', ids: result.done });
      expect(back.done).toHaveLength(2);
      expect((await bases.list({})).total).toBe(3);

      // A status the base does not have is refused before any row changes.
      const refused = (await s.bulk.setStatus({ entity: 'internshipBase', ids: [a.id], status: 'signing' }).catch((e: unknown) => e)) as DomainError;
      expect(refused.code).toBe('VALIDATION');
      expect((await s.bulk.setStatus({ entity: 'internshipBase', ids: [a.id, b.id], status: 'closed' })).done).toHaveLength(2);
      expect((await bases.list({ status: 'closed' })).total).toBe(2);

      const file = path.join(dir, 'bases.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'internshipBase', ids: [a.id, b.id] }, file, NO_JOB)).toBe(2);
      const sheet = await sheetOf(file);
      expect(sheet.name).toBe('实习基地');
      expect(rowValues(sheet, 1, 7)).toEqual(['基地名称', '合作单位', '面向专业', '类型', '可容纳人数', '专项实习经费（元/生）', '状态']);
      expect(rowValues(sheet, 2, 7)).toEqual(['华辰校外实训基地', '华辰智能装备有限公司', '工业机器人技术', '校外实习基地', 40, 150, '已停用']);
      // Text that starts like a formula stays text; figures left empty stay blank.
      expect(sheet.getRow(3).getCell(1).value).toBe("'=华辰二号基地");
      expect(sheet.getRow(3).getCell(5).value).toBeNull();

      // The filtered list: the tab's own query (status filter).
      const filtered = path.join(dir, 'closed.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'internshipBase', query: { status: 'active' } }, filtered, NO_JOB)).toBe(1);
      expect((await sheetOf(filtered)).getRow(2).getCell(1).value).toBe('校内实训中心');
    });
  });

  it('gives every programme tab an adapter: no status but the base, no owner unit at all', async () => {
    await withCore(async (core) => {
      const s = core.services;
      const { partnerId, majorId } = await partnerWithMajor(core);
      const order = await s.programmes.orderClasses.create({ name: '华辰订单班', organisationId: partnerId, majorId, kind: 'industry', cohortYear: 2025 });
      const error = (await s.bulk.setStatus({ entity: 'orderClass', ids: [order.id], status: 'active' }).catch((e: unknown) => e)) as DomainError;
      expect(error.code).toBe('VALIDATION');
      const owner = (await s.bulk.setOwner({ entity: 'orderClass', ids: [order.id], orgUnitId: null }).catch((e: unknown) => e)) as DomainError;
      expect(owner.code).toBe('VALIDATION');
      expect(await s.bulk.trash({ entity: 'orderClass', ids: [order.id] })).toEqual({ done: [order.id], failed: [] });
      expect((await s.programmes.orderClasses.list({})).total).toBe(0);
      expect((await s.bulk.restore({ entity: 'orderClass', ids: [order.id] })).done).toEqual([order.id]);
      // Restoring one that is no longer in the trash is reported per row, not thrown.
      expect((await s.bulk.restore({ entity: 'orderClass', ids: [order.id] })).failed).toEqual([{ id: order.id, code: 'NOT_FOUND' }]);
      expect(Object.values(PROGRAMME_BULK_ENTITIES)).toHaveLength(8);
    });
  });

  it("exports part-time teachers with the teacher's name and the academic year as on screen", async () => {
    await withCore(async (core, dir) => {
      const s = core.services;
      const { partnerId, majorId } = await partnerWithMajor(core);
      const teacher = await s.contacts.create({ organisationId: partnerId, name: '周立', isPartTimeTeacher: true });
      const record = await s.programmes.partTimeTeachers.create({ contactId: teacher.id, organisationId: partnerId, academicYear: 2025, hours: 64, payFen: 6400_00, majorId });
      const file = path.join(dir, 'teachers.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'partTimeTeacher', query: {} }, file, NO_JOB)).toBe(1);
      const sheet = await sheetOf(file);
      expect(sheet.name).toBe('企业兼职教师');
      expect(rowValues(sheet, 2, 7)).toEqual(['周立', '华辰智能装备有限公司', '工业机器人技术', '2025-2026', null, 64, 6400]);
      expect((await s.bulk.trash({ entity: 'partTimeTeacher', ids: [record.id] })).done).toEqual([record.id]);
    });
  });
});

describe('bulk actions on contacts and contributions', () => {
  it("trashes and restores a partner's contacts and exports them with phones in full", async () => {
    await withCore(async (core, dir) => {
      const s = core.services;
      const { partnerId } = await partnerWithMajor(core);
      const wang = await s.contacts.create({ organisationId: partnerId, name: '王敏', title: '人事经理', mobile: '13812345678', phone: '0755-12345678' });
      const li = await s.contacts.create({ organisationId: partnerId, name: '李强' });
      const result = await s.bulk.trash({ entity: 'contact', ids: [wang.id, li.id] });
      expect(result.done).toHaveLength(2);
      expect((await s.contacts.list({ organisationId: partnerId })).total).toBe(0);
      expect((await s.bulk.restore({ entity: 'contact', ids: result.done })).done).toHaveLength(2);
      expect((await s.contacts.list({ organisationId: partnerId })).total).toBe(2);
      // A contact has no status to change.
      const error = (await s.bulk.setStatus({ entity: 'contact', ids: [li.id], status: 'active' }).catch((e: unknown) => e)) as DomainError;
      expect(error.code).toBe('VALIDATION');

      const file = path.join(dir, 'contacts.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'contact', query: { organisationId: partnerId, q: '王' } }, file, NO_JOB)).toBe(1);
      const sheet = await sheetOf(file);
      expect(sheet.name).toBe('联系人');
      // The masking of lists on screen does not apply to a deliberate export: the number is whole.
      expect(rowValues(sheet, 2, 5)).toEqual(['王敏', '人事经理', null, '138 1234 5678', '0755-12345678']);
    });
  });

  it("exports contributions with the partner's and the major's names, money as a number", async () => {
    await withCore(async (core, dir) => {
      const s = core.services;
      const { partnerId, majorId } = await partnerWithMajor(core);
      const gift = await s.contributions.create({ organisationId: partnerId, kind: 'donated_equipment', items: '六轴机器人 2 台', valueFen: 580_000_00, date: '2026-04-01', majorId });
      const days = await s.contributions.create({ organisationId: partnerId, kind: 'employee_training', traineePersonDays: 120, date: '2026-05-10' });
      const file = path.join(dir, 'contributions.xlsx');
      expect(await s.bulk.exportToFile({ entity: 'contribution', ids: [gift.id, days.id] }, file, NO_JOB)).toBe(2);
      const sheet = await sheetOf(file);
      expect(sheet.name).toBe('企业投入');
      expect(rowValues(sheet, 2, 7)).toEqual(['2026-04-01', '华辰智能装备有限公司', '捐赠设备', '六轴机器人 2 台', '工业机器人技术', 580000, null]);
      expect(rowValues(sheet, 3, 7)).toEqual(['2026-05-10', '华辰智能装备有限公司', '职工培训', null, null, null, 120]);

      expect((await s.bulk.trash({ entity: 'contribution', ids: [gift.id, days.id] })).done).toHaveLength(2);
      expect((await s.contributions.list({})).total).toBe(0);
      expect((await s.bulk.restore({ entity: 'contribution', ids: [gift.id, days.id] })).done).toHaveLength(2);
      expect((await s.contributions.list({})).total).toBe(2);
    });
  });
});
