import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { ReportSection } from '../../../src/shared/domain/report';
import { PAIR_INDICATORS } from '../../../src/main/reports/data/indicatorFigures';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { r7AnnualSummary } from '../../../src/main/reports/definitions/r7AnnualSummary';
import { validUscc } from '../../helpers/testDb';
import { registerCore, runReport, school } from './registerTestContext';

// Every R1 figure reaches a major (issue 11, migration 0015). Hand-computed for 学年 2025
// (2025-09-01 .. 2026-08-31), one partner P 比亚迪 with majors M1 汽车检测与维修技术 and
// M2 新能源汽车技术; agreement A1 covers M1 only, A2 covers M1 and M2.
//   Part-time teachers (one record per teacher and major; the definition counts 人 per major):
//     张工 × M1 (20 学时) and 张工 × M2 (12 学时): the explicit split → 1 in M1, 1 in M2
//     李工 × M1 → M1; 王工 without a major → 未分专业; 钱工 × M1 in 学年 2024 → not in 2025
//     M1 = 2, M2 = 1, 未分专业 = 1, 合计 = 2 + 1 + 1 = 4 (合计 adds the major rows)
//   Contributions (the major is the record's own, else its agreement's single major, else none):
//     k1 捐赠 1,000,000 fen under A2 with its own major M2          → M2
//     k2 准捐赠 500,000 fen under A1, saved without a major (legacy) → M1 (A1's single major)
//     k3 技术服务 300,000 fen under A2, no major (A2 has two)        → 未分专业
//     k4 培训 40 人天, own major M1, no agreement                     → M1
//     k5 捐赠 200,000 fen under A2 with its own major M1            → M1
//     k6 捐赠 900,000 fen dated 2026-09-01 (学年 2026)              → not in 2025
//   M1: 兼职 2, 捐赠 200,000, 准捐赠 500,000, 培训 40
//   M2: 兼职 1, 捐赠 1,000,000
//   未分专业: 兼职 1, 技术服务 300,000
//   合计: 兼职 4, 捐赠 1,200,000, 准捐赠 500,000, 技术服务 300,000, 培训 40, 企业 1

const P = '比亚迪汽车工业有限公司';
const blank = {
  orderTrainees: null, jointCourses: null, jointTextbooks: null, partTimeTeachers: null, interns: null,
  donatedEquipmentFen: null, quasiDonatedEquipmentFen: null, graduatesEmployed: null, technicalServiceIncomeFen: null,
  employeeTrainingPersonDays: null,
};
const m1 = { ...blank, partTimeTeachers: 2, donatedEquipmentFen: 200_000, quasiDonatedEquipmentFen: 500_000, employeeTrainingPersonDays: 40 };
const m2 = { ...blank, partTimeTeachers: 1, donatedEquipmentFen: 1_000_000 };
const none = { ...blank, partTimeTeachers: 1, technicalServiceIncomeFen: 300_000 };
const total = {
  ...blank, partTimeTeachers: 4, donatedEquipmentFen: 1_200_000, quasiDonatedEquipmentFen: 500_000,
  technicalServiceIncomeFen: 300_000, employeeTrainingPersonDays: 40,
};

let core: Core;
const ids: Record<string, string> = {};

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  const unit = await s.reference.orgUnits.create({ name: '汽车工程学院', kind: 'college' });
  const major1 = await s.reference.majors.create({ code: '460702', name: '汽车检测与维修技术', level: 'higher_vocational', orgUnitId: unit.id });
  const major2 = await s.reference.majors.create({ code: '460701', name: '新能源汽车技术', level: 'higher_vocational', orgUnitId: unit.id });
  const p = await s.partners.create({ kind: 'enterprise', fullName: P, uscc: validUscc(41) });
  const parties = [school, { role: '乙' as const, partyType: 'enterprise' as const, organisationId: p.id }];
  const agreement = async (agreementNo: string, majorIds: string[], startDate: string) => {
    const a = await s.agreements.create({ agreementNo, title: '校企合作协议', type: 'framework', parties, majorIds, startDate, endDate: '2028-08-31' });
    await s.agreements.transition({ id: a.id, to: 'active' });
    return a.id;
  };
  const a1 = await agreement('BYD-01', [major1.id], '2023-03-01');
  const a2 = await agreement('BYD-02', [major1.id, major2.id], '2024-09-01');

  const contact = async (name: string) => (await s.contacts.create({ organisationId: p.id, name, isPartTimeTeacher: true })).id;
  const zhang = await contact('张工');
  const teacher = (contactId: string, majorId: string | null, hours: number, academicYear = 2025) =>
    s.programmes.partTimeTeachers.create({ contactId, organisationId: p.id, academicYear, hours, majorId });
  ids['zhangM1'] = (await teacher(zhang, major1.id, 20)).id;
  ids['zhangM2'] = (await teacher(zhang, major2.id, 12)).id;
  ids['li'] = (await teacher(await contact('李工'), major1.id, 16)).id;
  ids['wang'] = (await teacher(await contact('王工'), null, 8)).id;
  await teacher(await contact('钱工'), major1.id, 30, 2024);

  const give = async (draft: Parameters<typeof s.contributions.create>[0]) => (await s.contributions.create(draft)).id;
  ids['k1'] = await give({ organisationId: p.id, agreementId: a2, majorId: major2.id, kind: 'donated_equipment', valueFen: 1_000_000, date: '2025-10-10' });
  ids['k2'] = await give({ organisationId: p.id, agreementId: a1, kind: 'quasi_donated_equipment', valueFen: 500_000, date: '2025-11-11' });
  ids['k3'] = await give({ organisationId: p.id, agreementId: a2, kind: 'technical_service_income', valueFen: 300_000, date: '2026-03-01' });
  ids['k4'] = await give({ organisationId: p.id, majorId: major1.id, kind: 'employee_training', traineePersonDays: 40, date: '2026-08-31' });
  ids['k5'] = await give({ organisationId: p.id, agreementId: a2, majorId: major1.id, kind: 'donated_equipment', valueFen: 200_000, date: '2025-09-01' });
  await give({ organisationId: p.id, agreementId: a2, majorId: major1.id, kind: 'donated_equipment', valueFen: 900_000, date: '2026-09-01' });
}, 60_000);
afterAll(() => core.close());

const run = (startYear = 2025) => runReport(core, r1MajorCooperation, { kind: 'academic', startYear });

/** For every indicator: the data rows add up to their major's 小计, and the 小计 rows add up to 合计. */
function expectSubtotalsAddUp(section: ReportSection): void {
  const sum = (rows: ReportSection['rows'], key: string) => {
    const values = rows.map((r) => r.cells[key]).filter((v): v is number => typeof v === 'number');
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
  };
  const subtotals = section.rows.filter((r) => r.kind === 'subtotal');
  const totalRow = section.rows.find((r) => r.kind === 'total');
  expect(totalRow).toBeDefined();
  for (const key of PAIR_INDICATORS) {
    expect(sum(subtotals, key), `合计 ${key}`).toBe(totalRow?.cells[key] ?? null);
    for (const sub of subtotals) {
      const data = section.rows.filter((r) => r.kind === 'data' && r.cells.majorName === sub.cells.majorName && r.cells.majorCode === sub.cells.majorCode);
      expect(sum(data, key), `小计 ${String(sub.cells.majorName)} ${key}`).toBe(sub.cells[key] ?? null);
    }
  }
}

describe('R1 with majors on part-time teachers and contributions', () => {
  it('puts each teacher and contribution under its major, as computed by hand', async () => {
    const [section] = await run();
    const rows = section!.rows.map((r) => {
      const cells: Record<string, unknown> = { kind: r.kind, majorName: r.cells.majorName, partnerName: r.cells.partnerName };
      for (const key of PAIR_INDICATORS) cells[key] = r.cells[key] ?? null;
      return cells;
    });
    expect(rows).toEqual([
      { kind: 'data', majorName: '新能源汽车技术', partnerName: P, ...m2 },
      { kind: 'subtotal', majorName: '新能源汽车技术', partnerName: '小计', ...m2 },
      { kind: 'data', majorName: '汽车检测与维修技术', partnerName: P, ...m1 },
      { kind: 'subtotal', majorName: '汽车检测与维修技术', partnerName: '小计', ...m1 },
      { kind: 'data', majorName: '未分专业', partnerName: P, ...none },
      { kind: 'subtotal', majorName: '未分专业', partnerName: '小计', ...none },
      { kind: 'total', majorName: '合计', partnerName: null, ...total },
    ]);
    expect(section!.rows.at(-1)?.cells.partnerCount).toBe(1);
    expectSubtotalsAddUp(section!);
  });

  it('counts people, not records, in R7 支持学校兼职教师数: 张工 (two 专业), 李工, 王工 = 3, while R1 合计 = 4', async () => {
    const [counts] = await runReport(core, r7AnnualSummary, { kind: 'academic', startYear: 2025 });
    const row = counts!.rows.find((r) => r.cells.indicator === '支持学校兼职教师数');
    expect(row, 'R7 row 支持学校兼职教师数').toBeDefined();
    expect(row!.cells.thisYear).toBe(3);
    expect(row!.cells.lastYear).toBe(1); // 钱工 in 2024
    expect((row!.sources?.['thisYear'] ?? []).map((s) => s.id).sort()).toEqual(
      [ids['zhangM1'], ids['zhangM2'], ids['li'], ids['wang']].sort(),
    );
  });

  it('names exactly the records behind each cell', async () => {
    const [section] = await run();
    const row = (majorName: string) => section!.rows.find((r) => r.kind === 'data' && r.cells.majorName === majorName);
    const idsOf = (majorName: string, key: string) => (row(majorName)?.sources?.[key] ?? []).map((s) => s.id).sort();
    expect(idsOf('汽车检测与维修技术', 'partTimeTeachers')).toEqual([ids['zhangM1'], ids['li']].sort());
    expect(idsOf('新能源汽车技术', 'partTimeTeachers')).toEqual([ids['zhangM2']]);
    expect(idsOf('未分专业', 'partTimeTeachers')).toEqual([ids['wang']]);
    expect(idsOf('汽车检测与维修技术', 'donatedEquipmentFen')).toEqual([ids['k5']]);
    expect(idsOf('汽车检测与维修技术', 'quasiDonatedEquipmentFen')).toEqual([ids['k2']]);
    expect(idsOf('新能源汽车技术', 'donatedEquipmentFen')).toEqual([ids['k1']]);
    expect(idsOf('未分专业', 'technicalServiceIncomeFen')).toEqual([ids['k3']]);
  });

  it('keeps subtotals adding up to 合计 on the sample data, in this and the previous 学年', async () => {
    const sample = await registerCore();
    try {
      await sample.services.seed.sample({ mode: 'sample' });
      for (const startYear of [2026, 2025]) {
        const [section] = await runReport(sample, r1MajorCooperation, { kind: 'academic', startYear });
        expect(section!.rows.filter((r) => r.kind === 'data').length, String(startYear)).toBeGreaterThan(5);
        expectSubtotalsAddUp(section!);
        // The sample gives most teachers a major: they reach the per-major rows.
        const teachersInMajors = section!.rows
          .filter((r) => r.kind === 'subtotal' && r.cells.majorName !== '未分专业')
          .reduce((n, r) => n + (typeof r.cells.partTimeTeachers === 'number' ? r.cells.partTimeTeachers : 0), 0);
        if (startYear === 2026) expect(teachersInMajors).toBe(5);
      }
    } finally {
      sample.close();
    }
  }, 180_000);
});
