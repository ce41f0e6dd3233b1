import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { r2OdsCooperation } from '../../../src/main/reports/definitions/r2OdsCooperation';
import { r3JointCourses } from '../../../src/main/reports/definitions/r3JointCourses';
import { r4EnterpriseVisits } from '../../../src/main/reports/definitions/r4EnterpriseVisits';
import { CollegeProfile } from '../../../src/shared/domain/settings';
import { validUscc } from '../../helpers/testDb';
import { createIndicatorFixture, type IndicatorFixture } from './indicatorFixture';
import { columnLabels, reportTestContext, runReport } from './reportTestContext';

// The three ODS exports (domain.md §2.5) for 学年 2025, values worked out by hand from
// indicatorFixture.ts. The context's clock is 2026-09-15 (Beijing), the 数据采集时间.

let f: IndicatorFixture;
beforeAll(async () => {
  f = await createIndicatorFixture();
});
afterAll(() => f.t.close());

const ctx = (code: string | null = '12345') => reportTestContext(f.t, { collegeCode: code });

describe('R2 ODS 产学合作数据', () => {
  it('has the §2.5 fields in order and R1\'s figures per 专业 × 合作企业', async () => {
    const [section] = await runReport(r2OdsCooperation, ctx(), 2025);
    expect(columnLabels(section!)).toEqual([
      '学校代码', '专业号', '合作企业统一社会信用代码', '合作企业名称', '合作开始年月', '订单培养人数', '共同开发课程门数',
      '共同开发教材数', '支持学校兼职教师数', '接受顶岗实习学生数', '接受毕业生就业数', '学校为企业技术服务年收入', '数据采集时间',
    ]);
    // Only the three pairs with a major; R1's 未分专业 row has no 专业号.
    expect(section!.rows.map((r) => [r.cells.majorCode, r.cells.partnerName])).toEqual([
      ['460702', '广州恒达汽车服务有限公司'],
      ['510201', '深圳华星科技有限公司'],
      ['510203', '深圳华星科技有限公司'],
    ]);
    // (M1, P1): 订单 40+35 = 75, 课程 2, 教材 1, 实习 12, 就业 8, 技术服务 8,888,888 fen; no teachers → blank
    expect(section!.rows[1]?.cells).toEqual({
      schoolCode: '12345', majorCode: '510201', uscc: validUscc(1), partnerName: '深圳华星科技有限公司', startYearMonth: '202106',
      orderTrainees: 75, jointCourses: 2, jointTextbooks: 1, partTimeTeachers: null, interns: 12, graduatesEmployed: 8,
      technicalServiceIncomeFen: 8_888_888, collectedAt: '2026-09-15',
    });
    // (M2, P1): the entered 20 and a real 0
    expect(section!.rows[2]?.cells).toMatchObject({ orderTrainees: 20, graduatesEmployed: 0, interns: null, technicalServiceIncomeFen: null });
    expect((section!.notes ?? []).filter((n) => n.includes('学校代码未设置'))).toEqual([]);
  });

  it('takes a 5-digit 学校代码 in the college profile, blank when not given', () => {
    expect(CollegeProfile.parse({ schoolCode: ' 12345 ' }).schoolCode).toBe('12345');
    expect(CollegeProfile.parse({ schoolCode: '' }).schoolCode).toBeUndefined();
    expect(CollegeProfile.parse({}).schoolCode).toBeUndefined();
    const bad = CollegeProfile.safeParse({ schoolCode: '1234' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual(['schoolCode.format']);
  });

  it('leaves 学校代码 blank and says so when settings have none', async () => {
    const [section] = await runReport(r2OdsCooperation, ctx(null), 2025);
    expect(section!.rows.every((r) => r.cells.schoolCode === null)).toBe(true);
    expect(section!.notes?.[0]).toContain('学校代码');
  });
});

describe('R3 校企合作共同开发课程数据', () => {
  it('lists the courses running in the 学年 with the §2.5 fields in order', async () => {
    const [section] = await runReport(r3JointCourses, ctx(), 2025);
    expect(columnLabels(section!)).toEqual([
      '课程号', '课程名称', '课程简介', '合作企业统一社会信用代码', '合作企业名称', '开始日期', '结束日期', '学校负责人工号', '学校负责人',
      '企业负责人', '数据采集时间',
    ]);
    // Out: KC2026001 (starts 2026-09-01), KC2024010 (ended 2025-08-31), the trashed course, textbooks.
    expect(section!.rows.map((r) => r.cells.code)).toEqual(['KC2023007', 'KC2024001', 'KC2026000']);
    expect(section!.rows[1]?.cells).toEqual({
      code: 'KC2024001', name: '云计算运维实务', summary: '面向云平台运维岗位', uscc: validUscc(1), partnerName: '深圳华星科技有限公司',
      startDate: '2024-09-01', endDate: '2026-07-31', leadStaffNo: 'T0012', leadStaffName: '张伟', enterpriseLead: '刘工',
      collectedAt: '2026-09-15',
    });
    expect(section!.rows[2]?.cells).toMatchObject({ name: '智能网联汽车测试', startDate: '2026-08-31', endDate: null, leadStaffNo: null, enterpriseLead: '陈经理' });
    expect(section!.rows[1]?.sources?.name?.map((s) => s.id)).toEqual([f.courses.c1]);
  });

  it('filters by major', async () => {
    const [section] = await runReport(r3JointCourses, ctx(), 2025, { majorId: f.majors.m3 });
    expect(section!.rows.map((r) => r.cells.code)).toEqual(['KC2026000']);
  });
});

describe('R4 访企拓岗数据', () => {
  it('lists the visits of the 学年 with the §2.5 fields in order', async () => {
    const [section] = await runReport(r4EnterpriseVisits, ctx(), 2025);
    expect(columnLabels(section!)).toEqual([
      '走访企业名称', '走访企业统一社会信用代码', '需求专业代码', '需求专业名称', '需求专业层次', '可提供岗位数', '平均薪酬', '牵头拜访人',
      '职务', '拜访时间', '企业接待人姓名', '企业接待人职务', '访谈成果主要形式', '接受实习生专业', '接受实习生人数', '接受实习生报酬',
      '接受学生就业专业', '接受学生就业人数', '接受学生就业起薪线', '其他达成意向的合作', '数据采集时间',
    ]);
    // Out: the call, the visit of 2025-08-31 (last 学年) and the trashed visit.
    expect(section!.rows.map((r) => r.cells.date)).toEqual(['2025-10-12', '2026-08-31']);
    expect(section!.rows[0]?.cells).toEqual({
      partnerName: '深圳华星科技有限公司', uscc: validUscc(1), demandMajorCode: '510201', demandMajorName: '计算机应用技术',
      demandMajorLevel: '高职专科', positionsOffered: 25, averageSalaryFen: 650_050, staffName: '张伟', staffTitle: '副院长',
      date: '2025-10-12', hostName: '李总', hostTitle: '人力资源总监', outcomeForm: '签订合作协议', internMajors: '计算机应用技术',
      internCount: 10, internPayFen: 300_000, employMajors: '软件技术', employCount: 8, startingSalaryFen: 600_000,
      otherIntents: '共建实训室', collectedAt: '2026-09-15',
    });
    expect(section!.rows[1]?.cells).toMatchObject({ partnerName: '东莞宏远电子有限公司', hostName: '黄经理', staffName: null, positionsOffered: null });
  });

  it('filters by the visiting staff member\'s unit and by 需求专业', async () => {
    const [byUnit] = await runReport(r4EnterpriseVisits, ctx(), 2025, { orgUnitId: f.units.u1 });
    expect(byUnit!.rows.map((r) => r.sources?.date?.[0]?.id)).toEqual([f.visits.v1]);
    const [byMajor] = await runReport(r4EnterpriseVisits, ctx(), 2025, { majorId: f.majors.m2 });
    expect(byMajor!.rows).toEqual([]);
  });
});
