import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { r5ExternalBases } from '../../../src/main/reports/definitions/r5ExternalBases';
import { r6InternalBaseEquipment } from '../../../src/main/reports/definitions/r6InternalBaseEquipment';
import { createIndicatorFixture, type IndicatorFixture } from './indicatorFixture';
import { columnLabels, reportTestContext, runReport } from './reportTestContext';

// 实践基地 reports for 学年 2025, values from indicatorFixture.ts worked out by hand.

let f: IndicatorFixture;
beforeAll(async () => {
  f = await createIndicatorFixture();
});
afterAll(() => f.t.close());

describe('R5 校外实践基地情况表', () => {
  it('has 基地, 合作单位 and the §2.2 fields, with the 学年\'s figures and blanks where none', async () => {
    const [section] = await runReport(r5ExternalBases, reportTestContext(f.t), 2025);
    expect(columnLabels(section!)).toEqual([
      '校外实践基地', '合作单位', '建立日期', '面向专业', '面向专业总数', '项目数', '实习实训项目', '接待学生量', '基地使用时间', '接受半年顶岗实习学生数',
      '是否有住宿条件', '基地是否发放学生实习补贴', '向基地支付专项实习经费', '派指导教师/学生管理人员', '接收应届毕业生就业数', '在岗职工总数',
    ]);
    // The internal base is not an external one. Ordered by name (华 before 恒 in code-point order).
    expect(section!.rows.map((r) => r.cells)).toEqual([
      {
        name: '华星软件实习基地', partnerName: '深圳华星科技有限公司', establishedDate: null, majors: '计算机应用技术、软件技术', majorCount: 2,
        projectCount: null, projectNames: null, studentVisits: null, usageDays: null, halfYearInterns: null, hasHousing: false, paysAllowance: false,
        fundPerStudentFen: null, supervisorsSent: null, graduatesEmployed: null, employeeCount: null,
      },
      {
        name: '恒达汽车校外实习基地', partnerName: '广州恒达汽车服务有限公司', establishedDate: '2025-09-01', majors: '汽车检测与维修技术', majorCount: 1,
        projectCount: 3, projectNames: '整车检测、钣金喷涂、新能源维修', studentVisits: 120, usageDays: 200, halfYearInterns: 15, hasHousing: true,
        paysAllowance: false, fundPerStudentFen: 50_000, supervisorsSent: 6, graduatesEmployed: 9, employeeCount: null,
      },
    ]);
    expect(section!.rows[1]?.sources?.name?.[0]?.id).toBe(f.bases.external);
  });

  it('shows last 学年\'s figures for 2024 and filters by major', async () => {
    const [y2024] = await runReport(r5ExternalBases, reportTestContext(f.t), 2024);
    // 恒达 was established 2025-09-01 but has 2024 figures (1 项目, 30 人次), so it is listed.
    expect(y2024!.rows.find((r) => r.cells.name === '恒达汽车校外实习基地')?.cells).toMatchObject({ projectCount: 1, studentVisits: 30, usageDays: null });
    const [m3] = await runReport(r5ExternalBases, reportTestContext(f.t), 2025, { majorId: f.majors.m3 });
    expect(m3!.rows.map((r) => r.cells.name)).toEqual(['恒达汽车校外实习基地']);
  });
});

describe('R6 校内实践基地', () => {
  it('sums the enterprise equipment of the 学年 that went to each on-campus base', async () => {
    const [section] = await runReport(r6InternalBaseEquipment, reportTestContext(f.t), 2025);
    expect(columnLabels(section!).slice(0, 2)).toEqual(['基地名称', '合作企业']);
    // 捐赠 = 12,345,678 + 100,001 (under the base's agreement A5) + 2,000,000 (去向 names the base)
    //      = 14,445,679 fen; the trashed 999,999 does not count. 准捐赠 = 5,000,000 (A5). 工位 = capacity 40.
    expect(section!.rows.map((r) => r.cells)).toEqual([
      expect.objectContaining({
        name: '华星云计算实训室', partnerName: '深圳华星科技有限公司', majors: '计算机应用技术', totalEquipmentFen: null, newEquipmentFen: null,
        donatedFen: 14_445_679, quasiDonatedFen: 5_000_000, workstations: 40,
      }),
    ]);
    expect(section!.rows[0]?.sources?.donatedFen?.map((s) => s.id)).toEqual([f.contributions.k1, f.contributions.k7, f.contributions.k2]);
    expect(section!.columns.find((c) => c.key === 'donatedFen')).toMatchObject({ type: 'money', moneyUnit: 'wanyuan' });
  });
});
