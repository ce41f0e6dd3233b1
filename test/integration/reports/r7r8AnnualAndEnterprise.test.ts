import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { r7AnnualSummary } from '../../../src/main/reports/definitions/r7AnnualSummary';
import { r8EnterpriseYearMaterial } from '../../../src/main/reports/definitions/r8EnterpriseYearMaterial';
import { DomainError } from '../../../src/main/errors';
import { validUscc } from '../../helpers/testDb';
import { createIndicatorFixture, type IndicatorFixture } from './indicatorFixture';
import { columnLabels, reportTestContext, runReport } from './reportTestContext';

// R7 (学年 2025 against 2024) and R8 (深圳华星, 2025), values from indicatorFixture.ts
// worked out by hand; the R1 totals of both years are derived in r1MajorCooperation.test.ts.

let f: IndicatorFixture;
beforeAll(async () => {
  f = await createIndicatorFixture();
});
afterAll(() => f.t.close());

describe('R7 年度校企合作数据汇总', () => {
  it('gives each key indicator for both years with the change', async () => {
    const sections = await runReport(r7AnnualSummary, reportTestContext(f.t), 2025);
    const [counts, money] = sections;
    expect(columnLabels(counts!)).toEqual(['指标', '单位', '本学年', '上学年', '增减', '增减率']);
    const table = counts!.rows.map((r) => [r.cells.indicator, r.cells.unit, r.cells.thisYear, r.cells.lastYear, r.cells.delta]);
    expect(table).toEqual([
      ['合作企业数', '个', 2, 3, -1], // P1, P2 vs P1, P2, P3
      ['订单培养人数', '人', 125, 77, 48],
      ['学徒数', '人', 20, 15, 5], // cohorts 2023–2025: 华星 2025级 20; 2022–2024: 恒达 2022级 15
      ['产业学院数', '个', 2, 1, 1], // 恒达 established 2026-08-31 counts only in 2025
      ['支持学校兼职教师数', '人', 3, 1, 2],
      ['企业兼职教师年课时总量', '学时', 80, 40, 40], // 32 + 48 (孙工 blank, 吴工 trashed) vs 周工 40
      ['1+X证书培训人数', '人', 50, 30, 20],
      ['1+X证书考核人数', '人', 45, 30, 15],
      ['1+X证书取证人数', '人', 40, 27, 13],
      ['共同开发课程数', '门', 3, 3, 0],
      ['共同开发教材数', '种', 1, 1, 0],
      ['接受顶岗实习学生数', '人', 27, 16, 11],
      ['接受毕业生就业数', '人', 8, 5, 3],
      ['学校为企业年培训员工数', '人天', 165, null, null], // nothing last year → no change
    ]);
    const rate = (label: string) => counts!.rows.find((r) => r.cells.indicator === label)?.cells.rate;
    expect(rate('合作企业数')).toBeCloseTo(-1 / 3, 10);
    expect(rate('订单培养人数')).toBeCloseTo(48 / 77, 10);
    expect(rate('接受顶岗实习学生数')).toBe(0.6875);
    expect(rate('共同开发课程数')).toBe(0);
    expect(rate('学校为企业年培训员工数')).toBeNull();
    // 校内实践教学设备值: only equipment that went to the on-campus base 华星云计算实训室 (R6):
    // under its agreement A5 捐赠 12,345,678 + 100,001 and 准捐赠 5,000,000, plus 实训台 2,000,000
    // with that base as 去向 = 19,445,679 fen. 恒达's 准捐赠 (1,234,567 this year, 700,000 last
    // year) went with the 校外 base's agreement A2: not on-campus, so last year has none.
    expect(money!.rows.map((r) => [r.cells.indicator, r.cells.thisYear, r.cells.lastYear, r.cells.delta])).toEqual([
      ['企业提供的校内实践教学设备值', 19_445_679, null, null],
      ['横向技术服务到款额', 9_188_888, null, null],
    ]);
    expect(money!.rows[0]?.cells.rate).toBeNull();
    expect(money!.rows[0]?.sources?.['thisYear']?.map((s) => s.id).sort()).toEqual(
      [f.contributions.k1, f.contributions.k2, f.contributions.k3, f.contributions.k7].sort(),
    );
    expect(money!.columns.find((c) => c.key === 'thisYear')).toMatchObject({ type: 'money', moneyUnit: 'wanyuan' });
  });

  it('attaches a bar chart of this year against last and a pie of contributions by kind', async () => {
    const [counts, money] = await runReport(r7AnnualSummary, reportTestContext(f.t), 2025);
    expect(counts!.charts).toEqual([
      {
        title: '主要指标 本学年与上学年对比',
        kind: 'bar',
        categories: ['合作企业数', '订单培养人数', '学徒数', '共同开发课程数', '接受顶岗实习学生数', '接受毕业生就业数'],
        series: [
          { name: '2025-2026学年', data: [2, 125, 20, 3, 27, 8] },
          { name: '2024-2025学年', data: [3, 77, 15, 3, 16, 5] },
        ],
      },
    ]);
    // 万元, 4 decimals: 14,445,679 fen → 14.4457; 1,000,000 → 1; 6,234,567 → 6.2346; 9,188,888 → 9.1889
    expect(money!.charts).toEqual([
      {
        title: '本学年企业投入构成（万元）',
        kind: 'pie',
        categories: ['捐赠设备', '资金', '准捐赠设备', '技术服务到款'],
        series: [{ name: '金额（万元）', data: [14.4457, 1, 6.2346, 9.1889] }],
      },
    ]);
  });
});

describe('R8 企业年报素材', () => {
  it('is marked as needing an enterprise and refuses to build without one', async () => {
    expect(r8EnterpriseYearMaterial.descriptor.needsOrganisation).toBe(true);
    await expect(runReport(r8EnterpriseYearMaterial, reportTestContext(f.t), 2025)).rejects.toBeInstanceOf(DomainError);
    await expect(runReport(r8EnterpriseYearMaterial, reportTestContext(f.t), 2025)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('gives the profile, resources, participation and results of one enterprise', async () => {
    const sections = await runReport(r8EnterpriseYearMaterial, reportTestContext(f.t), 2025, { organisationId: f.partners.p1 });
    expect(sections.map((s) => s.sheetName)).toEqual(['企业概况', '资源投入', '参与教育教学', '成果', '年度增量', '年度增量（金额）', '问题与展望']);
    const [profile, resources, participation, results] = sections;
    expect(profile!.rows.map((r) => [r.cells.item, r.cells.value])).toEqual([
      ['企业名称', '深圳华星科技有限公司'],
      ['统一社会信用代码', validUscc(1)],
      ['行业', 'I 信息传输、软件和信息技术服务业 / 65 软件和信息技术服务业'],
      ['规模', '中型'],
      ['性质', '民营企业'],
      ['地区', '广东省深圳市'],
      ['地址', null],
      ['法定代表人', null],
    ]);
    expect(columnLabels(resources!)).toEqual(['类别', '内容', '日期', '金额', '数量', '数量单位']);
    const subtotals = resources!.rows.filter((r) => r.kind === 'subtotal').map((r) => [r.cells.category, r.cells.valueFen, r.cells.quantity, r.cells.quantityUnit]);
    expect(subtotals).toEqual([
      ['捐赠设备', 14_445_679, null, null], // 12,345,678 + 2,000,000 + 100,001 (trashed 999,999 out)
      ['技术服务到款', 9_188_888, null, null], // 300,000 + 8,888,888
      ['资金', 1_000_000, null, null],
      ['准捐赠设备', 5_000_000, null, null],
      ['职工培训', null, 120, '人天'],
      ['兼职教师', null, 80, '学时'], // 32 + 48, 孙工 without hours
    ]);
    expect(resources!.rows.filter((r) => r.kind === 'data' && r.cells.category === '兼职教师')).toHaveLength(3);
    expect(participation!.rows.map((r) => [r.cells.category, r.cells.name, r.cells.people])).toEqual([
      ['订单班', '华星云计算订单班', 40],
      ['订单班', '华星软件订单班', 18],
      ['订单班', '华星运维订单班', 35],
      ['现代学徒制', '计算机应用技术现代学徒制', 20],
      ['共同开发课程', 'Linux 系统管理', null],
      ['共同开发课程', '云计算运维实务', null],
      ['共同开发教材', '网络设备配置教程', null],
      ['产业学院', '华星信息产业学院', null],
      ['校外实习基地', '华星软件实习基地', null],
      ['校内共建基地', '华星云计算实训室', null],
    ]);
    // placement 2025: 计算机应用技术 实习 12 就业 8; 软件技术 就业 0 → 合计 12 / 8
    expect(results!.rows.map((r) => [r.kind, r.cells.major, r.cells.interns, r.cells.graduatesEmployed])).toEqual([
      ['data', '计算机应用技术', 12, 8],
      ['data', '软件技术', null, 0],
      ['total', '合计', 12, 8],
    ]);
  });
});
