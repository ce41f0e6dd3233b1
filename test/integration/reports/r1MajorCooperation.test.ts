import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSection } from '../../../src/shared/domain/report';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { validUscc } from '../../helpers/testDb';
import { createIndicatorFixture, type IndicatorFixture } from './indicatorFixture';
import { columnLabels, reportTestContext, runReport } from './reportTestContext';

// Every figure below is worked out by hand from indicatorFixture.ts for 学年 2025
// (2025-09-01 .. 2026-08-31). Money cells are fen; the column shows 万元.
// Rules under test (r1PairFigures.ts): records dated or running in the period; 订单培养数
// from an entered placement figure replaces the order classes'; records without a major
// go to the partner's 未分专业 row; 合作开始年月 = earliest start of the partner's
// agreements covering the major (else of any of its agreements), drafts and trash excluded.

let f: IndicatorFixture;
beforeAll(async () => {
  f = await createIndicatorFixture();
});
afterAll(() => f.t.close());

const P1 = '深圳华星科技有限公司';
const P2 = '广州恒达汽车服务有限公司';
const run = (filters = {}, year = 2025): Promise<ReportSection[]> => runReport(r1MajorCooperation, reportTestContext(f.t), year, filters);

const blankFigures = {
  orderTrainees: null, jointCourses: null, jointTextbooks: null, partTimeTeachers: null, interns: null,
  donatedEquipmentFen: null, quasiDonatedEquipmentFen: null, graduatesEmployed: null, technicalServiceIncomeFen: null,
  employeeTrainingPersonDays: null,
};

// (M3 汽车检测与维修技术, P2): every record on a boundary.
//   订单 30 = 恒达检测订单班 (starts 2025-09-01); 新能源班 starts 2026-09-01, 维修班 ended 2025-08-31
//   课程 1 = 智能网联汽车测试 (starts 2026-08-31); 2026-09-01 and ended-2025-08-31 courses out
//   实习 15 (placement 2025); 准捐赠 1,234,567 fen (2025-09-01; the 2025-08-31 one is out)
//   培训 45 人天 (2026-08-31; the 2026-09-01 one is out); 合作开始 A2 2025-09-01 → 202509
const m3p2 = { ...blankFigures, orderTrainees: 30, jointCourses: 1, interns: 15, quasiDonatedEquipmentFen: 1_234_567, employeeTrainingPersonDays: 45 };
// (M1 计算机应用技术, P1):
//   订单 75 = 40 (云计算班) + 35 (运维班, 2023-09-01..2026-06-30); trashed class (99) out
//   课程 2 = 云计算运维实务 (2024-09-01..2026-07-31) + Linux 系统管理 (undated); trashed course out
//   教材 1 = 网络设备配置教程 (published 2026-03-01)
//   实习 12, 就业 8 (live placement; the trashed 99/99 out)
//   捐赠 12,345,678 + 100,001 = 12,445,679 fen (agreement A5 covers only M1); trashed 999,999 out
//   准捐赠 5,000,000; 技术服务 8,888,888; 培训 120 人天; 合作开始 A0 2021-06-10 → 202106
//   (the trashed 2019 agreement does not count)
const m1p1 = {
  ...blankFigures, orderTrainees: 75, jointCourses: 2, jointTextbooks: 1, interns: 12, donatedEquipmentFen: 12_445_679,
  quasiDonatedEquipmentFen: 5_000_000, graduatesEmployed: 8, technicalServiceIncomeFen: 8_888_888, employeeTrainingPersonDays: 120,
};
// (M2 软件技术, P1): pair from A1 (2023-03-15 → 202303, runs to 2028).
//   订单 20 = entered placement figure, replacing 华星软件订单班's 18; 就业 0 entered (a real 0)
//   the textbook 软件测试实务 ended 2025-06-30: out
const m2p1 = { ...blankFigures, orderTrainees: 20, graduatesEmployed: 0 };
// P1 未分专业: 兼职教师 3 (王工, 赵工, 孙工; 周工 is 2024, 吴工 trashed);
//   捐赠 2,000,000 (no agreement); 技术服务 300,000 (A1 covers two majors); 合作开始 A0 → 202106
const p1None = { ...blankFigures, partTimeTeachers: 3, donatedEquipmentFen: 2_000_000, technicalServiceIncomeFen: 300_000 };
// 合计: 订单 30+75+20 = 125; 课程 1+2 = 3; 教材 1; 兼职 3; 实习 15+12 = 27;
//   捐赠 12,445,679 + 2,000,000 = 14,445,679; 准捐赠 1,234,567 + 5,000,000 = 6,234,567;
//   就业 8+0 = 8; 技术服务 8,888,888 + 300,000 = 9,188,888; 培训 45+120 = 165; 企业 P1, P2 = 2
const total = {
  orderTrainees: 125, jointCourses: 3, jointTextbooks: 1, partTimeTeachers: 3, interns: 27, donatedEquipmentFen: 14_445_679,
  quasiDonatedEquipmentFen: 6_234_567, graduatesEmployed: 8, technicalServiceIncomeFen: 9_188_888, employeeTrainingPersonDays: 165,
};

describe('R1 专业产学合作情况表', () => {
  it('has the columns of domain.md §2.1 in order, with units', async () => {
    const [section] = await run();
    expect(columnLabels(section!)).toEqual([
      '专业代码', '专业名称', '专业方向名称', '合作企业名称', '统一社会信用代码', '企业合作开始日期（年月）', '订单培养数', '共同开发课程数',
      '共同开发教材数', '支持学校兼职教师数', '接受顶岗实习学生数', '对学校捐赠设备总值', '对学校准捐赠设备总值', '接受毕业生就业数',
      '学校为企业技术服务年收入', '学校为企业年培训员工数', '是否合作开展学徒制专业', '产学合作企业总数',
    ]);
    expect(section!.columns.map((c) => c.unit ?? '')).toEqual(['', '', '', '', '', '', '人', '门', '种', '人', '人', '万元', '万元', '人', '万元', '人天', '', '个']);
    expect(section!.columns.filter((c) => c.type === 'money').every((c) => c.moneyUnit === 'wanyuan')).toBe(true);
    expect(section!.columns.find((c) => c.key === 'startYearMonth')?.type).toBe('yearMonth');
  });

  // 是否合作开展学徒制专业 (subtotals): M1 has the 2025 cohort (in training: 2023..2025) → 是;
  // M3's only cohort is 2022, which left training when 2025 began → 否; M2 none → 否; 未分专业 blank.
  it('gives every figure, subtotal and total of 学年 2025 as computed by hand', async () => {
    const [section] = await run();
    const rows = section!.rows.map((r) => ({ kind: r.kind, ...r.cells }));
    expect(rows).toEqual([
      { kind: 'data', majorCode: '460702', majorName: '汽车检测与维修技术', directionName: null, partnerName: P2, uscc: validUscc(2), startYearMonth: '202509', ...m3p2, apprenticeship: null, partnerCount: null },
      { kind: 'subtotal', majorCode: '460702', majorName: '汽车检测与维修技术', directionName: null, partnerName: '小计', uscc: null, startYearMonth: null, ...m3p2, apprenticeship: false, partnerCount: 1 },
      { kind: 'data', majorCode: '510201', majorName: '计算机应用技术', directionName: null, partnerName: P1, uscc: validUscc(1), startYearMonth: '202106', ...m1p1, apprenticeship: null, partnerCount: null },
      { kind: 'subtotal', majorCode: '510201', majorName: '计算机应用技术', directionName: null, partnerName: '小计', uscc: null, startYearMonth: null, ...m1p1, apprenticeship: true, partnerCount: 1 },
      { kind: 'data', majorCode: '510203', majorName: '软件技术', directionName: null, partnerName: P1, uscc: validUscc(1), startYearMonth: '202303', ...m2p1, apprenticeship: null, partnerCount: null },
      { kind: 'subtotal', majorCode: '510203', majorName: '软件技术', directionName: null, partnerName: '小计', uscc: null, startYearMonth: null, ...m2p1, apprenticeship: false, partnerCount: 1 },
      { kind: 'data', majorCode: null, majorName: '未分专业', directionName: null, partnerName: P1, uscc: validUscc(1), startYearMonth: '202106', ...p1None, apprenticeship: null, partnerCount: null },
      { kind: 'subtotal', majorCode: null, majorName: '未分专业', directionName: null, partnerName: '小计', uscc: null, startYearMonth: null, ...p1None, apprenticeship: null, partnerCount: 1 },
      { kind: 'total', majorCode: null, majorName: '合计', directionName: null, partnerName: null, uscc: null, startYearMonth: null, ...total, apprenticeship: null, partnerCount: 2 },
    ]);
  });

  it('lists exactly the records behind a cell as its provenance', async () => {
    const [section] = await run();
    const m1Row = section!.rows.find((r) => r.kind === 'data' && r.cells.majorCode === '510201');
    expect(m1Row?.sources?.orderTrainees?.map((s) => s.id)).toEqual([f.orderClasses.oc1, f.orderClasses.oc2]);
    expect(m1Row?.sources?.orderTrainees?.map((s) => s.table)).toEqual(['order_class', 'order_class']);
    expect(m1Row?.sources?.donatedEquipmentFen?.map((s) => s.id)).toEqual([f.contributions.k1, f.contributions.k2]);
    expect(m1Row?.sources?.jointCourses?.map((s) => s.id).sort()).toEqual([f.courses.c1, f.courses.c2].sort());
    expect(m1Row?.sources?.partTimeTeachers).toBeUndefined();
    const m2Row = section!.rows.find((r) => r.kind === 'data' && r.cells.majorCode === '510203');
    // The entered figure replaced the order class, so only the placement row is the source.
    expect(m2Row?.sources?.orderTrainees).toEqual([{ table: 'placement_stat', id: f.placements.m2p1, label: '2025-2026学年 合作数据' }]);
    const none = section!.rows.find((r) => r.kind === 'data' && r.cells.majorName === '未分专业');
    expect(none?.sources?.partTimeTeachers?.map((s) => s.id)).toEqual([f.teachers.pt1, f.teachers.pt2, f.teachers.pt3]);
  });

  it('filters by college unit: the unit\'s majors only, no 未分专业 rows', async () => {
    const [u1] = await run({ orgUnitId: f.units.u1 });
    expect(u1!.rows.map((r) => [r.kind, r.cells.majorCode])).toEqual([
      ['data', '510201'], ['subtotal', '510201'], ['data', '510203'], ['subtotal', '510203'], ['total', null],
    ]);
    // 合计 of U1 = M1 + M2: 订单 75+20 = 95, 就业 8+0 = 8, one partner (P1)
    expect(u1!.rows.at(-1)?.cells).toMatchObject({
      orderTrainees: 95, jointCourses: 2, jointTextbooks: 1, partTimeTeachers: null, interns: 12, donatedEquipmentFen: 12_445_679,
      quasiDonatedEquipmentFen: 5_000_000, graduatesEmployed: 8, technicalServiceIncomeFen: 8_888_888, employeeTrainingPersonDays: 120,
      partnerCount: 1,
    });
    const [u2] = await run({ orgUnitId: f.units.u2 });
    expect(u2!.rows.at(-1)?.cells).toMatchObject({ ...m3p2, partnerCount: 1 });
  });

  it('filters by major', async () => {
    const [m2] = await run({ majorId: f.majors.m2 });
    expect(m2!.rows.map((r) => ({ kind: r.kind, ...r.cells }))).toEqual([
      { kind: 'data', majorCode: '510203', majorName: '软件技术', directionName: null, partnerName: P1, uscc: validUscc(1), startYearMonth: '202303', ...m2p1, apprenticeship: null, partnerCount: null },
      { kind: 'subtotal', majorCode: '510203', majorName: '软件技术', directionName: null, partnerName: '小计', uscc: null, startYearMonth: null, ...m2p1, apprenticeship: false, partnerCount: 1 },
      { kind: 'total', majorCode: null, majorName: '合计', directionName: null, partnerName: null, uscc: null, startYearMonth: null, ...m2p1, apprenticeship: null, partnerCount: 1 },
    ]);
  });

  it('shows the partner that only had data last year in 2024 and not in 2025', async () => {
    // 2024 (2024-09-01 .. 2025-08-31): P3 东莞宏远 × 软件技术 from A3 (to 2025-08-31):
    // 订单 25 (宏远电子订单班, to 2025-06-30), 实习 6. 合计 订单 22 (恒达维修班) + 30 (entered for M1) + 25 = 77,
    // 企业 P1, P2, P3 = 3.
    const [y2024] = await run({}, 2024);
    const p3 = y2024!.rows.find((r) => r.kind === 'data' && r.cells.partnerName === '东莞宏远电子有限公司');
    expect(p3?.cells).toMatchObject({ majorCode: '510203', startYearMonth: '202209', orderTrainees: 25, interns: 6, jointCourses: null });
    expect(y2024!.rows.at(-1)?.cells).toMatchObject({ orderTrainees: 77, interns: 16, graduatesEmployed: 5, quasiDonatedEquipmentFen: 700_000, donatedEquipmentFen: null, partnerCount: 3 });
    const [y2025] = await run();
    expect(y2025!.rows.some((r) => r.cells.partnerName === '东莞宏远电子有限公司' || r.cells.partnerName === '佛山明德机械有限公司')).toBe(false);
  });
});
