import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r17DataQuality } from '../../../src/main/reports/definitions/r17DataQuality';
import { usccCheckChar } from '@shared/domain/rules/uscc';
import { validUscc } from '../../helpers/testDb';
import { labels, pick, registerCore, runReport, school } from './registerTestContext';

// Planted problems, each exactly once; every other record is clean and must yield no row.
const BAD_CHECK_BODY = '91440300MA5ABCDE1';
const wrongCheck = BAD_CHECK_BODY + (usccCheckChar(BAD_CHECK_BODY) === '0' ? '1' : '0');

let core: Core;
let sections: Awaited<ReturnType<typeof runReport>>;

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  const unit = await s.reference.orgUnits.create({ name: '智能制造学院', kind: 'college' });
  const major = await s.reference.majors.create({ code: '460305', name: '工业机器人技术', level: 'higher_vocational', orgUnitId: unit.id });
  const badMajor = await s.reference.majors.create({ code: '460301', name: '机械制造及自动化', level: 'higher_vocational', orgUnitId: unit.id });
  // Imported data can bypass the form's format rule: plant a code the rule rejects.
  core.database.sqlite.prepare("update major set code = '46-A' where id = ?").run(badMajor.id);

  const clean = await s.partners.create({ kind: 'enterprise', fullName: '青岛金桥物流有限公司', uscc: validUscc(21) });
  await s.placementStats.create({ organisationId: clean.id, majorId: major.id, academicYear: 2026, interns: 12 });
  await s.partners.create({ kind: 'enterprise', fullName: '深圳市远航科技有限公司', uscc: validUscc(22) });
  await s.partners.create({ kind: 'enterprise', fullName: '深圳市远航科技（集团）有限公司', uscc: validUscc(23) });
  await s.partners.create({ kind: 'enterprise', fullName: '东莞新锐电子有限公司' });
  const noCodeWithFigures = await s.partners.create({ kind: 'enterprise', fullName: '广州无码物流有限公司' });
  await s.contributions.create({ organisationId: noCodeWithFigures.id, kind: 'donated_equipment', valueFen: 100_000, date: '2026-10-01' });
  await s.partners.create({ kind: 'enterprise', fullName: '佛山启明机械有限公司', uscc: wrongCheck, usccOverride: true });
  const trashedDup = await s.partners.create({ kind: 'enterprise', fullName: '青岛金桥物流集团有限公司' });
  await s.partners.delete(trashedDup.id);

  const parties = [school, { role: '乙' as const, partyType: 'enterprise' as const, organisationId: clean.id }];
  const active = async (agreementNo: string, dates: { startDate?: string; endDate?: string }) => {
    const a = await s.agreements.create({ agreementNo, title: '校企合作框架协议书', type: 'framework', parties, ...dates });
    await s.agreements.transition({ id: a.id, to: 'active' });
  };
  await active('ZL-001', { startDate: '2023-11-01', endDate: '2026-10-31' });
  await active('ZL-002', { endDate: '2028-01-01' });
  await active('ZL-003', { startDate: '2025-09-01', endDate: '2028-08-31' });
  await s.agreements.create({ agreementNo: 'ZL-004', title: '草稿协议', type: 'framework', parties });

  // Records R1 would put in 未分专业 (listed) next to ones that reach a major (not listed).
  const oneMajor = await s.agreements.create({ agreementNo: 'ZL-005', title: '机器人专业共建协议', type: 'framework', parties, majorIds: [major.id] });
  const teacher = await s.contacts.create({ organisationId: clean.id, name: '李工', isPartTimeTeacher: true });
  const teacher2 = await s.contacts.create({ organisationId: clean.id, name: '赵工', isPartTimeTeacher: true });
  await s.programmes.partTimeTeachers.create({ contactId: teacher.id, organisationId: clean.id, academicYear: 2025, hours: 32 });
  await s.programmes.partTimeTeachers.create({ contactId: teacher2.id, organisationId: clean.id, academicYear: 2026, hours: 16, majorId: major.id });
  await s.contributions.create({ organisationId: clean.id, kind: 'technical_service_income', valueFen: 500_000, date: '2026-10-02', majorId: major.id });
  await s.contributions.create({ organisationId: clean.id, agreementId: oneMajor.id, kind: 'quasi_donated_equipment', valueFen: 200_000, date: '2026-10-03' });
  await s.contributions.create({ organisationId: clean.id, kind: 'funds', valueFen: 300_000, date: '2026-10-04' });
  await s.courses.create({ kind: 'course', name: '智能仓储实务', organisationId: clean.id });
  await s.courses.create({ kind: 'textbook', name: '物流机器人应用', organisationId: clean.id, majorId: major.id });
  await s.programmes.orderClasses.create({ name: '金桥物流班', organisationId: clean.id, kind: 'industry', cohortYear: 2026, enrolled: 30 });
  await s.programmes.orderClasses.create({ name: '金桥储备班', organisationId: clean.id, kind: 'industry', cohortYear: 2026 });
  const trashedMajor = await s.reference.majors.create({ code: '530802', name: '现代物流管理', level: 'higher_vocational', orgUnitId: unit.id });
  await s.placementStats.create({ organisationId: clean.id, majorId: trashedMajor.id, academicYear: 2025, interns: 5 });
  // The trash refuses a major in use; a database from before that rule (or a restore) can still hold one.
  core.database.sqlite.prepare("update major set deleted_at = '2026-11-01T00:00:00.000Z' where id = ?").run(trashedMajor.id);
  sections = await runReport(core, r17DataQuality, { kind: 'academic', startYear: 2026 });
}, 60_000);
afterAll(() => core.close());

describe('R17 数据质量报告', () => {
  it('has one section with the problem columns', () => {
    expect(sections).toHaveLength(1);
    expect(labels(sections[0])).toEqual(['问题类别', '记录类型', '记录', '问题', '处理建议']);
  });

  it('finds exactly the planted problems and nothing about the clean records', () => {
    expect(pick(sections[0], ['category', 'recordType', 'record'])).toEqual([
      ['疑似重复单位', '合作单位', '深圳市远航科技有限公司；深圳市远航科技（集团）有限公司'],
      ['缺少统一社会信用代码', '合作单位', '东莞新锐电子有限公司'],
      ['统一社会信用代码有误', '合作单位', '佛山启明机械有限公司'],
      ['缺少统一社会信用代码', '合作单位', '广州无码物流有限公司'],
      ['协议过期仍生效', '合作协议', 'ZL-001 校企合作框架协议书'],
      ['R1/R2 必填项缺失', '合作协议', 'ZL-002 校企合作框架协议书'],
      ['R1/R2 必填项缺失', '专业', '46-A 机械制造及自动化'],
      ['R1 未分专业', '企业投入', '广州无码物流有限公司 捐赠设备 2026-10-01'],
      ['R1 未分专业', '共同开发课程', '智能仓储实务（青岛金桥物流有限公司）'],
      ['R1 未分专业', '订单班', '金桥物流班（青岛金桥物流有限公司）'],
      ['R1 未分专业', '兼职教师', '李工（青岛金桥物流有限公司，2025-2026学年）'],
      ['R1 未分专业', '合作数据', '青岛金桥物流有限公司 2025-2026学年 合作数据'],
    ]);
  });

  it('says what is wrong and points at the records', () => {
    const rows = sections[0]?.rows ?? [];
    expect(rows[1]?.cells.problem).toBe('未填写统一社会信用代码');
    expect(rows[3]?.cells.problem).toBe('未填写统一社会信用代码，但已有专业产学合作数据，R1/R2 上报时无法关联');
    expect(rows[2]?.cells.problem).toBe(`统一社会信用代码校验位不正确（按 GB 32100 应为 ${usccCheckChar(BAD_CHECK_BODY)}）；已人工确认保留`);
    expect(rows[4]?.cells.problem).toBe('终止日期 2026-10-31 已过，状态仍为“生效”');
    expect(rows[0]?.sources?.record?.map((r) => r.table)).toEqual(['organisation', 'organisation']);
    expect(rows.every((r) => typeof r.cells.action === 'string' && r.cells.action.length > 0)).toBe(true);
    const unassigned = rows.filter((r) => r.cells.category === 'R1 未分专业');
    expect(unassigned.map((r) => r.cells.problem)).toEqual([
      '未关联专业：计入“未分专业”，不上报 ODS',
      '未关联专业：计入“未分专业”，不上报 ODS',
      '未关联专业：计入“未分专业”，不上报 ODS',
      '未关联专业：计入“未分专业”，不上报 ODS',
      '所选专业已删除：计入“未分专业”，不上报 ODS',
    ]);
    expect(unassigned.map((r) => r.sources?.record?.[0]?.table)).toEqual([
      'contribution', 'joint_course', 'order_class', 'part_time_teacher', 'placement_stat',
    ]);
  });
});
