import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createProgrammeServices } from '../../../src/main/programmes/programmeServices';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { onCampusPracticeEquipment } from '../../../src/main/reports/data/indicatorAnnual';
import { r5ExternalBases } from '../../../src/main/reports/definitions/r5ExternalBases';
import { r6InternalBaseEquipment } from '../../../src/main/reports/definitions/r6InternalBaseEquipment';
import { writeReportXlsx } from '../../../src/main/reports/render/xlsxWriter';
import type { ReportDefinition } from '../../../src/main/reports/reportDefinition';
import { DEFAULT_ACADEMIC_YEAR, periodRange } from '../../../src/shared/domain/rules/academicYear';
import { makeTempDir } from '../../helpers/tempDir';
import { createTestDb, steppingClock, validUscc, type TestDb } from '../../helpers/testDb';
import { reportTestContext, runReport } from './reportTestContext';

// The full 校内实践基地 table (R6) and the 校外实践基地 extras (R5), 学年 2025 (2025-09-01 ..
// 2026-08-31), on a fixture of their own. Every expected value is worked out by hand below.
//
// 校内 bases:
//   智能制造实训中心 (internal, no partner): 批准 2023-06-15, 支持部门 教务处, 工位 80, majors
//     510201 计算机应用技术 + 510203 软件技术. 2025 figures: 4 projects, 1250.5 m², 200 天,
//     设备总值 1,234,567.89 元 = 123.456789 万元 → 123.46; 新增 49,999.99 元 = 4.999999 → 5.00;
//     自主研制 typed 0 → 0.00 (not blank); 150 / 12 台套; 校内 36000 人时, 社会 typed 0 → 0;
//     耗材 12,345.00 元 = 1.2345 → 1.23; 维护 8,050.00 元 = 0.805 → 0.81 (half away from zero);
//     managers 2 / 5. No contribution went to it → 捐赠 / 准捐赠 blank.
//   华星云计算实训室 (internal_joint, P1, agreement A, plaque 华星-学院云计算联合实验室, 工位 40,
//     major 510201): 2025 figures only 设备总值 500,000 元 → 50.00, the rest blank.
//     捐赠 = k1 12,345,678 分 (agreement A) + k2 2,000,000 分 (去向 = its plaque) = 14,345,678 分
//     = 14.345678 万元 → 14.35; 准捐赠 = k3 5,000,000 分 → 5.00. Not counted: k4 (2025-08-31, last
//     学年) and k5 (去向 another room).
//   旧电工实训室 (internal, closed, no figures): not listed. The external bases are R5's only.
// 校外 bases (R5):
//   华星未定专业基地 (P1, no major, undated) → listed; refused by the upload (缺少面向专业).
//   华星软件实习基地 (P1 在岗职工 5200, 建立 2025-10-08, 510201 + 510203, no figures).
//   恒达汽车校外实习基地 (P2, 在岗职工 not known, 建立 2024-03-01, 460702, 2025: 3 projects, 120 人次).
//   华星明年基地 (P1, 建立 2026-09-01, after the 学年, no figures) → not listed.

let t: TestDb;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb({ now: steppingClock('2026-09-10T02:00:00.000Z') });
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const agreements = createAgreementService(t.ctx);
  const contributions = createContributionService(t.ctx);
  const p = createProgrammeServices(t.ctx);
  const unit = (await ref.orgUnits.create({ name: '智能制造学院', kind: 'college' })).id;
  const major = async (code: string, name: string) => (await ref.majors.create({ code, name, level: 'higher_vocational', orgUnitId: unit })).id;
  const m1 = await major('510201', '计算机应用技术');
  const m2 = await major('510203', '软件技术');
  const m3 = await major('460702', '汽车检测与维修技术');
  const partner = async (fullName: string, n: number, employeeCount: number | null) =>
    (await partners.create({ kind: 'enterprise', fullName, uscc: validUscc(n), status: 'active', employeeCount })).id;
  const p1 = await partner('深圳华星科技有限公司', 1, 5200);
  const p2 = await partner('广州恒达汽车服务有限公司', 2, null);
  const a = await agreements.create({
    title: '华星共建实训室协议', type: 'training_base', majorIds: [m1], startDate: '2025-01-01', endDate: null,
    parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId: p1 }],
  });
  await agreements.transition({ id: a.id, to: 'active' });

  const own = await p.internshipBases.create({
    name: '智能制造实训中心', kind: 'internal', approvalDate: '2023-06-15', supportingDepartment: '教务处', capacity: 80, majorIds: [m2, m1],
  });
  ids['own'] = own.id;
  ids['ownStat'] = (
    await p.baseYearStats.upsert({
      baseId: own.id, academicYear: 2025, projectCount: 4, projectNames: '数控加工、工业机器人编程、PLC控制、智能产线运维', buildingAreaM2: 1250.5,
      usageDays: 200, equipmentTotalFen: 123_456_789, equipmentNewFen: 4_999_999, selfDevelopedEquipmentFen: 0, equipmentCount: 150,
      largeEquipmentCount: 12, internalPersonHours: 36_000, socialPersonHours: 0, consumablesFen: 1_234_500, maintenanceFen: 805_000,
      fullTimeManagers: 2, partTimeManagers: 5,
    })
  ).id;
  const joint = await p.internshipBases.create({
    name: '华星云计算实训室', kind: 'internal_joint', organisationId: p1, agreementId: a.id, plaqueName: '华星-学院云计算联合实验室', capacity: 40, majorIds: [m1],
  });
  ids['joint'] = joint.id;
  ids['jointStat'] = (await p.baseYearStats.upsert({ baseId: joint.id, academicYear: 2025, equipmentTotalFen: 50_000_000 })).id;
  await p.internshipBases.create({ name: '旧电工实训室', kind: 'internal', status: 'closed' });

  const give = async (d: Parameters<typeof contributions.create>[0]) => (await contributions.create(d)).id;
  ids['k1'] = await give({ organisationId: p1, agreementId: a.id, kind: 'donated_equipment', items: '服务器 10 台', valueFen: 12_345_678, date: '2025-11-20' });
  ids['k2'] = await give({ organisationId: p1, kind: 'donated_equipment', items: '实训台', valueFen: 2_000_000, date: '2026-03-01', target: '华星-学院云计算联合实验室' });
  ids['k3'] = await give({ organisationId: p1, agreementId: a.id, kind: 'quasi_donated_equipment', items: '软件授权', valueFen: 5_000_000, date: '2026-04-01' });
  await give({ organisationId: p1, agreementId: a.id, kind: 'donated_equipment', valueFen: 9_999, date: '2025-08-31' });
  await give({ organisationId: p1, kind: 'donated_equipment', valueFen: 7_000_000, date: '2026-05-01', target: '别的实训室' });

  await p.internshipBases.create({ name: '华星未定专业基地', kind: 'external', organisationId: p1 });
  await p.internshipBases.create({ name: '华星软件实习基地', kind: 'external', organisationId: p1, establishedDate: '2025-10-08', majorIds: [m1, m2] });
  const hengda = await p.internshipBases.create({
    name: '恒达汽车校外实习基地', kind: 'external', organisationId: p2, establishedDate: '2024-03-01', hasHousing: true, fundPerStudentFen: 50_000, majorIds: [m3],
  });
  ids['hengdaStat'] = (await p.baseYearStats.upsert({ baseId: hengda.id, academicYear: 2025, projectCount: 3, studentVisits: 120 })).id;
  await p.internshipBases.create({ name: '华星明年基地', kind: 'external', organisationId: p1, establishedDate: '2026-09-01', majorIds: [m1] });
});
afterAll(() => t.close());

function upload(definition: ReportDefinition) {
  const period = { kind: 'academic' as const, startYear: 2025 };
  if (!definition.buildUpload) throw new Error('no upload layout');
  return definition.buildUpload(reportTestContext(t), { period, range: periodRange(period, DEFAULT_ACADEMIC_YEAR), filters: {} }, NO_JOB);
}

const OWN_CELLS = {
  name: '智能制造实训中心', majors: '计算机应用技术、软件技术', projectCount: 4, projectNames: '数控加工、工业机器人编程、PLC控制、智能产线运维',
  approvalDate: '2023-06-15', supportingDepartment: '教务处', buildingAreaM2: 1250.5, usageDays: 200, totalEquipmentFen: 123_456_789,
  newEquipmentFen: 4_999_999, selfDevelopedFen: 0, donatedFen: null, quasiDonatedFen: null, equipmentCount: 150, largeEquipmentCount: 12,
  workstations: 80, internalPersonHours: 36_000, socialPersonHours: 0, consumablesFen: 1_234_500, maintenanceFen: 805_000,
  fullTimeManagers: 2, partTimeManagers: 5,
};
const JOINT_CELLS = {
  name: '华星云计算实训室', majors: '计算机应用技术', projectCount: null, projectNames: null, approvalDate: null, supportingDepartment: null,
  buildingAreaM2: null, usageDays: null, totalEquipmentFen: 50_000_000, newEquipmentFen: null, selfDevelopedFen: null, donatedFen: 14_345_678,
  quasiDonatedFen: 5_000_000, equipmentCount: null, largeEquipmentCount: null, workstations: 40, internalPersonHours: null,
  socialPersonHours: null, consumablesFen: null, maintenanceFen: null, fullTimeManagers: null, partTimeManagers: null,
};

describe('R6 校内实践基地 full table', () => {
  it('lists every on-campus base with every column, blanks where nothing was recorded', async () => {
    const [section] = await runReport(r6InternalBaseEquipment, reportTestContext(t), 2025);
    expect(section!.columns.map((c) => c.label)).toEqual([
      '基地名称', '合作企业', '面向专业', '项目个数', '实训项目名称', '批准日期', '支持部门', '建筑面积', '学年内基地使用时间', '设备总值', '当年新增设备值',
      '自主研制设备值', '社会捐赠设备值', '社会准捐赠设备值', '设备总数', '大型设备数', '工位数', '学年使用频率 校内', '学年使用频率 社会',
      '原材料（耗材）费用', '设备维护费用', '专职管理人员', '兼职管理人员',
    ]);
    expect(section!.rows.map((r) => r.cells)).toEqual([
      { ...JOINT_CELLS, partnerName: '深圳华星科技有限公司' },
      { ...OWN_CELLS, partnerName: null },
    ]);
    const joint = section!.rows[0]!;
    expect(joint.sources?.['donatedFen']?.map((s) => s.id)).toEqual([ids['k1'], ids['k2']]);
    expect(joint.sources?.['quasiDonatedFen']?.map((s) => s.id)).toEqual([ids['k3']]);
    expect(joint.sources?.['totalEquipmentFen']?.map((s) => s.id)).toEqual([ids['jointStat']]);
    expect(joint.sources?.['consumablesFen']).toBeUndefined();
    expect(section!.rows[1]!.sources?.['socialPersonHours']?.map((s) => s.id)).toEqual([ids['ownStat']]);
  });

  it('keeps R7 企业提供的校内实践教学设备值 equal to R6 捐赠 + 准捐赠', async () => {
    const figure = await onCampusPracticeEquipment(t.app.db, { from: '2025-09-01', to: '2026-08-31', academicYear: 2025, yearStartSuffix: '-09-01' });
    // 14,345,678 + 5,000,000
    expect(figure.value).toBe(19_345_678);
  });

  it('writes the upload sheet: one row per base, units in the headers, 万元 rounded, 0 apart from blank', async () => {
    const { section, refused } = await upload(r6InternalBaseEquipment);
    expect(refused).toEqual([]);
    const headers = [
      '基地名称', '面向专业', '项目个数', '实训项目名称', '批准日期', '支持部门', '建筑面积（平方米）', '学年内基地使用时间（天）', '设备总值（万元）',
      '当年新增设备值（万元）', '自主研制设备值（万元）', '社会捐赠设备值（万元）', '社会准捐赠设备值（万元）', '设备总数（台套）', '大型设备数（台套）',
      '工位数（个）', '学年使用频率校内（人时）', '学年使用频率社会（人时）', '原材料（耗材）费用（万元）', '设备维护费用（万元）', '专职管理人员（人）',
      '兼职管理人员（人）',
    ];
    expect(section.columns.map((c) => c.label)).toEqual(headers);
    expect(section.columns.every((c) => c.unit === undefined)).toBe(true);

    const file = path.join(makeTempDir(), 'r6.xlsx');
    await writeReportXlsx(
      { reportId: 'R6', title: '校内实践基地', college: '示例学院', periodLabel: '2025-2026学年', period: { kind: 'academic', startYear: 2025 },
        range: { from: '2025-09-01', to: '2026-08-31' }, generatedAt: '2026-09-15T02:00:00.000Z', sections: [section], layout: 'upload', refused },
      file, NO_JOB,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(headers);
    expect(sheet.rowCount).toBe(3);
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1).value;
    // Row 2 华星云计算实训室, row 3 智能制造实训中心.
    expect(cell(2, '社会捐赠设备值（万元）')).toBe(14.35);
    expect(cell(2, '社会准捐赠设备值（万元）')).toBe(5);
    expect(cell(2, '设备总值（万元）')).toBe(50);
    expect(cell(2, '自主研制设备值（万元）')).toBeNull();
    expect(cell(2, '学年使用频率社会（人时）')).toBeNull();
    expect(cell(3, '设备总值（万元）')).toBe(123.46);
    expect(cell(3, '当年新增设备值（万元）')).toBe(5);
    expect(cell(3, '自主研制设备值（万元）')).toBe(0);
    expect(cell(3, '学年使用频率社会（人时）')).toBe(0);
    expect(cell(3, '原材料（耗材）费用（万元）')).toBe(1.23);
    expect(cell(3, '设备维护费用（万元）')).toBe(0.81);
    expect(cell(3, '社会捐赠设备值（万元）')).toBeNull();
    expect(cell(3, '建筑面积（平方米）')).toBe(1250.5);
    // Shown as 1250.5, not rounded to 1251 by an integer format.
    expect(sheet.getRow(3).getCell(headers.indexOf('建筑面积（平方米）') + 1).numFmt ?? 'General').toBe('General');
    expect(cell(3, '面向专业')).toBe('计算机应用技术、软件技术');
  });
});

describe('R5 校外实践基地 with 建立日期, 面向专业总数, 在岗职工总数', () => {
  it('prints the new columns on the review layout', async () => {
    const [section] = await runReport(r5ExternalBases, reportTestContext(t), 2025);
    expect(section!.columns.map((c) => [c.label, c.unit ?? ''])).toEqual([
      ['校外实践基地', ''], ['合作单位', ''], ['建立日期', ''], ['面向专业', ''], ['面向专业总数', '个'], ['项目数', '个'], ['实习实训项目', ''],
      ['接待学生量', '人次'], ['基地使用时间', '天'], ['接受半年顶岗实习学生数', '人'], ['是否有住宿条件', ''], ['基地是否发放学生实习补贴', ''],
      ['向基地支付专项实习经费', '元/生'], ['派指导教师/学生管理人员', '人次'], ['接收应届毕业生就业数', '人'], ['在岗职工总数', '人'],
    ]);
    const blankStats = { projectCount: null, projectNames: null, studentVisits: null, usageDays: null, halfYearInterns: null, supervisorsSent: null, graduatesEmployed: null };
    expect(section!.rows.map((r) => r.cells)).toEqual([
      { name: '华星未定专业基地', partnerName: '深圳华星科技有限公司', establishedDate: null, majors: null, majorCount: null, ...blankStats,
        hasHousing: false, paysAllowance: false, fundPerStudentFen: null, employeeCount: 5200 },
      { name: '华星软件实习基地', partnerName: '深圳华星科技有限公司', establishedDate: '2025-10-08', majors: '计算机应用技术、软件技术', majorCount: 2,
        ...blankStats, hasHousing: false, paysAllowance: false, fundPerStudentFen: null, employeeCount: 5200 },
      { name: '恒达汽车校外实习基地', partnerName: '广州恒达汽车服务有限公司', establishedDate: '2024-03-01', majors: '汽车检测与维修技术', majorCount: 1,
        ...blankStats, projectCount: 3, studentVisits: 120, hasHousing: true, paysAllowance: false, fundPerStudentFen: 50_000, employeeCount: null },
    ]);
  });

  it('uploads one row per base and major, and refuses a base without a major', async () => {
    const { section, refused } = await upload(r5ExternalBases);
    expect(section.columns.map((c) => c.label)).toEqual([
      '校外实践基地', '合作单位', '建立日期', '面向专业', '面向专业总数（个）', '项目数（个）', '实习实训项目', '接待学生量（人次）', '基地使用时间（天）',
      '接受半年顶岗实习学生数（人）', '是否有住宿条件', '基地是否发放学生实习补贴', '向基地支付专项实习经费（元/生）', '派指导教师/学生管理人员（人次）',
      '接收应届毕业生就业数（人）', '在岗职工总数（人）',
    ]);
    expect(section.rows.map((r) => [r.cells['name'], r.cells['majors'], r.cells['majorCount'], r.cells['employeeCount'], r.cells['studentVisits']])).toEqual([
      ['华星软件实习基地', '计算机应用技术', 2, 5200, null],
      ['华星软件实习基地', '软件技术', 2, 5200, null],
      ['恒达汽车校外实习基地', '汽车检测与维修技术', 1, null, 120],
    ]);
    expect(section.rows[2]!.sources?.['studentVisits']?.map((s) => s.id)).toEqual([ids['hengdaStat']]);
    expect(refused).toEqual([{ label: '华星未定专业基地', reason: '缺少面向专业' }]);
  });
});
