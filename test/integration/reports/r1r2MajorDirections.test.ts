import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodRange } from '../../../src/shared/domain/rules/academicYear';
import type { ReportSection } from '../../../src/shared/domain/report';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { newId } from '../../../src/main/ids';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createProgrammeServices } from '../../../src/main/programmes/programmeServices';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { r2OdsCooperation } from '../../../src/main/reports/definitions/r2OdsCooperation';
import type { ReportDefinition, UploadSheet } from '../../../src/main/reports/reportDefinition';
import { writeReportXlsx } from '../../../src/main/reports/render/xlsxWriter';
import { makeTempDir } from '../../helpers/tempDir';
import { createTestDb, validUscc, type TestDb } from '../../helpers/testDb';
import { reportTestContext, runReport } from './reportTestContext';

// 专业方向 in R1 and R2, and their upload sheets (issue 11). 学年 2025 = 2025-09-01 .. 2026-08-31.
// Clock 2026-09-15T02:00Z = 2026-09-15 10:00:00 in Shanghai.
//   M 510201 计算机应用技术 (专业) with direction D 软件测试 (code 510201, as the catalogue gives none);
//   N 510203 软件技术 (专业, no direction).
//   Agreements covering M (active, open-ended), start dates: P1 2019-03-01, P2 2020-05-10, P3 2021-07-01,
//     P4 2022-09-01, P5 2023-11-15, P6 2024-01-20 → six partners; the five earliest months
//     201903 202005 202107 202209 202311 (P6's 202401 is the sixth).
//   Agreement covering D: P1 from 2025-10-01 → 202510.  Covering N: P7 (no USCC) from 2024-03-01 → 202403.
//   合作数据 2025: P1×M 实习 10 就业 3; P1×D 实习 7; P7×N 实习 4.
//   现代学徒制: P2 × D cohort 2024 (in training in 2025: cohorts 2023..2025) → D 是 and its 专业 M 是;
//     P3 × N cohort 2022 (left training when 2025 began) → N 否.
//   未分专业: P1 donated 5,000 元 (500,000 分) on 2025-10-10 without agreement or major, and the
//     part-time teacher 王工 (2025, no major) → 2 records, refused from the upload sheet.

const NOW = '2026-09-15T02:00:00.000Z';
const NAMES = ['深圳一号科技有限公司', '深圳二号科技有限公司', '深圳三号科技有限公司', '深圳四号科技有限公司', '深圳五号科技有限公司', '深圳六号科技有限公司'];
const P7 = '深圳无码科技有限公司';
const M = { majorCode: '510201', majorName: '计算机应用技术' };

let t: TestDb;
const ids = { m: '', d: '', n: '', p: [] as string[] };

beforeAll(async () => {
  t = await createTestDb({ now: () => new Date(NOW) });
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const agreements = createAgreementService(t.ctx);
  const contributions = createContributionService(t.ctx);
  const programmes = createProgrammeServices(t.ctx);
  const unit = (await ref.orgUnits.create({ name: '信息工程学院', kind: 'college' })).id;
  ids.m = (await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit })).id;
  ids.d = (await ref.majors.create({ code: '510201', name: '软件测试', level: 'higher_vocational', orgUnitId: unit, parentMajorId: ids.m })).id;
  ids.n = (await ref.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational', orgUnitId: unit })).id;
  for (const [i, name] of NAMES.entries()) ids.p.push((await partners.create({ kind: 'enterprise', fullName: name, uscc: validUscc(i + 1), status: 'active' })).id);
  const p7 = (await partners.create({ kind: 'enterprise', fullName: P7, status: 'active' })).id;
  const agreement = async (organisationId: string, majorId: string, startDate: string) => {
    const a = await agreements.create({
      title: `合作协议 ${startDate}`, type: 'framework', majorIds: [majorId], startDate, endDate: null,
      parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId }],
    });
    await agreements.transition({ id: a.id, to: 'active' });
  };
  const starts = ['2019-03-01', '2020-05-10', '2021-07-01', '2022-09-01', '2023-11-15', '2024-01-20'];
  for (const [i, start] of starts.entries()) await agreement(ids.p[i]!, ids.m, start);
  await agreement(ids.p[0]!, ids.d, '2025-10-01');
  await agreement(p7, ids.n, '2024-03-01');
  const placement = (organisationId: string, majorId: string, interns: number, employed: number | null) =>
    t.app.db.insertInto('placement_stat').values({
      id: newId(), organisation_id: organisationId, major_id: majorId, academic_year: 2025, order_trainees: null,
      interns, graduates_employed: employed, created_at: NOW, updated_at: NOW, deleted_at: null,
    }).execute();
  await placement(ids.p[0]!, ids.m, 10, 3);
  await placement(ids.p[0]!, ids.d, 7, null);
  await placement(p7, ids.n, 4, null);
  await programmes.apprenticeships.create({ organisationId: ids.p[1]!, majorId: ids.d, cohortYear: 2024, apprentices: 12 });
  await programmes.apprenticeships.create({ organisationId: ids.p[2]!, majorId: ids.n, cohortYear: 2022, apprentices: 9 });
  await contributions.create({ organisationId: ids.p[0]!, kind: 'donated_equipment', items: '实训台', valueFen: 500_000, date: '2025-10-10' });
  const teacher = await (await import('../../../src/main/partners/contactService')).createContactService(t.ctx)
    .create({ organisationId: ids.p[0]!, name: '王工', isPartTimeTeacher: true });
  await programmes.partTimeTeachers.create({ contactId: teacher.id, organisationId: ids.p[0]!, academicYear: 2025, hours: 32 });
}, 60_000);
afterAll(() => t.close());

const ctx = () => reportTestContext(t, { now: () => new Date(NOW), collegeCode: '12345' });
const upload = (definition: ReportDefinition, startYear: number, filters = {}): Promise<UploadSheet> => {
  const period = { kind: 'academic' as const, startYear };
  return definition.buildUpload!(ctx(), { period, range: periodRange(period, ctx().academicYear), filters }, NO_JOB);
};
const cellsOf = (section: ReportSection | undefined): Record<string, unknown>[] => (section?.rows ?? []).map((r) => ({ kind: r.kind, ...r.cells }));

describe('R1 per 专业(方向)', () => {
  it('reports a direction as its own 专业(方向) with 是否合作开展学徒制专业 and its partner count on the 小计', async () => {
    const [section] = await runReport(r1MajorCooperation, ctx(), 2025);
    const subtotals = cellsOf(section).filter((r) => r.kind === 'subtotal' || r.kind === 'total')
      .map((r) => [r.majorCode, r.majorName, r.directionName, r.apprenticeship, r.partnerCount, r.interns, r.graduatesEmployed, r.donatedEquipmentFen, r.partTimeTeachers]);
    expect(subtotals).toEqual([
      ['510201', '计算机应用技术', null, true, 6, 10, 3, null, null],
      ['510201', '计算机应用技术', '软件测试', true, 1, 7, null, null, null],
      ['510203', '软件技术', null, false, 1, 4, null, null, null],
      [null, '未分专业', null, null, 1, null, null, 500_000, 1],
      // 合计: 实习 10 + 7 + 4 = 21, 就业 3, 捐赠 500,000 分, 兼职 1; partners 一号..六号 and 无码 = 7
      [null, '合计', null, null, 7, 21, 3, 500_000, 1],
    ]);
    const d = cellsOf(section).filter((r) => r.kind === 'data' && r.directionName === '软件测试');
    expect(d.map((r) => [r.partnerName, r.startYearMonth, r.interns])).toEqual([[NAMES[0], '202510', 7]]);
    const m = cellsOf(section).filter((r) => r.kind === 'data' && r.majorCode === '510201' && r.directionName === null);
    expect(m.map((r) => [r.partnerName, r.startYearMonth]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [NAMES[0], '201903'], [NAMES[1], '202005'], [NAMES[2], '202107'], [NAMES[3], '202209'], [NAMES[4], '202311'], [NAMES[5], '202401'],
    ]);
  });

  it('includes the directions when filtered by their 专业', async () => {
    const [section] = await runReport(r1MajorCooperation, ctx(), 2025, { majorId: ids.m });
    expect(cellsOf(section).filter((r) => r.kind === 'subtotal').map((r) => [r.majorCode, r.directionName, r.partnerCount])).toEqual([
      ['510201', null, 6], ['510201', '软件测试', 1],
    ]);
    const [direction] = await runReport(r1MajorCooperation, ctx(), 2025, { majorId: ids.d });
    expect(cellsOf(direction).filter((r) => r.kind === 'subtotal').map((r) => r.directionName)).toEqual(['软件测试']);
  });

  it('uploads one row per 专业(方向) with the five earliest partners\' months and refuses 未分专业', async () => {
    const sheet = await upload(r1MajorCooperation, 2025);
    expect(sheet.section.columns.map((c) => c.label)).toEqual([
      '专业代码', '专业名称', '专业方向名称', '是否合作开展学徒制专业', '产学合作企业总数（个）', '订单培养数（人）', '共同开发课程数（门）',
      '共同开发教材数（种）', '支持学校兼职教师数（人）', '接受顶岗实习学生数（人）', '对学校捐赠设备总值（万元）', '对学校准捐赠设备总值（万元）',
      '接受毕业生就业数（人）', '学校为企业技术服务年收入（万元）', '学校为企业年培训员工数（人天）',
      '企业1合作开始日期（年月）', '企业2合作开始日期（年月）', '企业3合作开始日期（年月）', '企业4合作开始日期（年月）', '企业5合作开始日期（年月）',
    ]);
    expect(sheet.section.columns.every((c) => c.unit === undefined)).toBe(true);
    const blank = {
      orderTrainees: null, jointCourses: null, jointTextbooks: null, partTimeTeachers: null, donatedEquipmentFen: null,
      quasiDonatedEquipmentFen: null, technicalServiceIncomeFen: null, employeeTrainingPersonDays: null,
    };
    expect(cellsOf(sheet.section)).toEqual([
      {
        kind: 'data', ...M, directionName: null, apprenticeship: true, partnerCount: 6, ...blank, interns: 10, graduatesEmployed: 3,
        partner1StartYearMonth: '201903', partner2StartYearMonth: '202005', partner3StartYearMonth: '202107',
        partner4StartYearMonth: '202209', partner5StartYearMonth: '202311',
      },
      {
        kind: 'data', ...M, directionName: '软件测试', apprenticeship: true, partnerCount: 1, ...blank, interns: 7, graduatesEmployed: null,
        partner1StartYearMonth: '202510', partner2StartYearMonth: null, partner3StartYearMonth: null, partner4StartYearMonth: null, partner5StartYearMonth: null,
      },
      {
        kind: 'data', majorCode: '510203', majorName: '软件技术', directionName: null, apprenticeship: false, partnerCount: 1, ...blank, interns: 4,
        graduatesEmployed: null, partner1StartYearMonth: '202403', partner2StartYearMonth: null, partner3StartYearMonth: null,
        partner4StartYearMonth: null, partner5StartYearMonth: null,
      },
    ]);
    expect(sheet.refused).toEqual([{ label: '未分专业', reason: '缺少专业代码：未关联专业的记录 2 条，见数据质量报告' }]);
  });
});

describe('R2 upload', () => {
  it('has the platform\'s exact headers, a key from 专业号 + USCC that stays the same next 学年, and text 数据采集时间', async () => {
    const y2025 = await upload(r2OdsCooperation, 2025);
    const y2026 = await upload(r2OdsCooperation, 2026);
    expect(y2025.section.columns.map((c) => c.label)).toEqual([
      '主键数据唯一性标识', '学校代码', '专业号', '合作企业统一社会信用代码', '合作企业名称', '合作开始年月', '订单培养人数', '共同开发课程门数',
      '共同开发教材数', '支持学校兼职教师数', '接受顶岗实习学生数', '接受毕业生就业数', '学校为企业技术服务年收入', '数据采集时间',
    ]);
    expect(y2025.section.columns.every((c) => c.unit === undefined)).toBe(true);
    // 510201 × 一号: the 专业's pair and the direction's (same code) are one row: 实习 10 + 7 = 17, 就业 3,
    // 合作开始年月 = the earlier of 201903 and 202510.
    const rows = cellsOf(y2025.section);
    expect(rows.map((r) => [r.majorCode, r.partnerName, r.startYearMonth, r.interns, r.graduatesEmployed]).sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      ['510201', NAMES[0], '201903', 17, 3], ['510201', NAMES[1], '202005', null, null], ['510201', NAMES[2], '202107', null, null],
      ['510201', NAMES[3], '202209', null, null], ['510201', NAMES[4], '202311', null, null], ['510201', NAMES[5], '202401', null, null],
    ]);
    expect(rows.every((r) => r.schoolCode === '12345' && r.collectedAt === '2026-09-15 10:00:00')).toBe(true);
    const keys = new Set(rows.map((r) => r.uploadKey));
    expect(keys.size).toBe(6);
    expect([...keys].every((k) => typeof k === 'string' && /^[0-9a-f]{32}$/.test(k))).toBe(true);
    // Next 学年 the same pairs (open-ended agreements) carry the same keys.
    const keyOf = (sheet: UploadSheet, uscc: string) => sheet.section.rows.find((r) => r.cells.uscc === uscc)?.cells.uploadKey;
    for (let i = 0; i < NAMES.length; i += 1) expect(keyOf(y2026, validUscc(i + 1))).toBe(keyOf(y2025, validUscc(i + 1)));
    // No USCC → refused, named with its 专业, never uploaded with an empty join key.
    expect(y2025.refused).toEqual([{ label: `${P7}（510203 软件技术）`, reason: '缺少统一社会信用代码' }]);
    expect(rows.some((r) => r.uscc === null || r.uscc === '')).toBe(false);
  });

  it('keeps the review layout with the same figures', async () => {
    const [section] = await runReport(r2OdsCooperation, ctx(), 2025);
    expect(cellsOf(section).map((r) => [r.majorCode, r.uscc, r.interns]).filter((r) => r[0] === '510203')).toEqual([['510203', null, 4]]);
    const file = path.join(makeTempDir(), 'r2.xlsx');
    const period = { kind: 'academic' as const, startYear: 2025 };
    await writeReportXlsx({ reportId: 'R2', title: 'ODS 产学合作数据', college: '示例学院', periodLabel: '2025-2026学年', period, range: periodRange(period, ctx().academicYear), generatedAt: NOW, sections: [section!] }, file, NO_JOB);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(7);
  });
});

describe('majors service: 专业方向', () => {
  it('keeps directions one level deep, of the same level, and their names unique under the 专业', async () => {
    const ref = createReferenceService(t.ctx);
    const issue = async (p: Promise<unknown>) => {
      try {
        await p;
        return 'ok';
      } catch (e) {
        const err = e as { code?: string; issues?: { path: (string | number)[]; message: string }[] };
        return `${err.code} ${err.issues?.map((i) => `${i.path.join('.')}:${i.message}`).join(',')}`;
      }
    };
    expect(await issue(ref.majors.create({ code: '510201', name: '自动化测试', level: 'higher_vocational', parentMajorId: ids.d }))).toBe('VALIDATION parentMajorId:major.directionTooDeep');
    expect(await issue(ref.majors.update({ id: ids.m, patch: { parentMajorId: ids.n } }))).toBe('VALIDATION parentMajorId:major.hasDirections');
    expect(await issue(ref.majors.create({ code: '510201', name: '中职方向', level: 'secondary', parentMajorId: ids.m }))).toBe('VALIDATION parentMajorId:major.directionLevel');
    expect(await issue(ref.majors.create({ code: '510201', name: '软件测试', level: 'higher_vocational', parentMajorId: ids.m }))).toBe('CONFLICT name:major.directionDuplicate');
    expect(await issue(ref.majors.create({ code: '510201', name: '另一个专业', level: 'higher_vocational' }))).toBe('CONFLICT code:major.duplicate');
    expect(await issue(ref.majors.delete(ids.m))).toMatch(/^CONFLICT/);
  });
});
