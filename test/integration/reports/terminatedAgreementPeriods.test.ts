import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportPeriod, ReportSection } from '../../../src/shared/domain/report';
import { periodLabel, periodRange } from '../../../src/shared/domain/rules/academicYear';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { newId } from '../../../src/main/ids';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { r10AgreementLedger } from '../../../src/main/reports/definitions/r10AgreementLedger';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { r2OdsCooperation } from '../../../src/main/reports/definitions/r2OdsCooperation';
import type { ReportDefinition } from '../../../src/main/reports/reportDefinition';
import { writeReportXlsx } from '../../../src/main/reports/render/xlsxWriter';
import { makeTempDir } from '../../helpers/tempDir';
import { createTestDb, validUscc, type TestDb } from '../../helpers/testDb';
import { reportTestContext, runReport } from './reportTestContext';

// Issue 11: terminating an agreement this year must not change last year's reports.
// Today is 2026-11-10 (学年 2026 = 2026-09-01 .. 2027-08-31; last year 2025).
//   M1 510201 计算机应用技术, M2 510203 软件技术
//   P1 深圳华星科技有限公司, P2 广州恒达汽车服务有限公司
//   A1 P1 × M1 2024-09-01 .. 2027-08-31, terminated today, dated 2026-10-15
//   A2 P2 × M1 2023-03-01, open-ended, stays active
//   A4 P1 × M2 2024-03-01, open-ended, terminated today, dated 2026-08-20 (before 学年 2026)
//   合作数据: P1×M1 2025 实习 12; P2×M1 2025 就业 3; P2×M1 2026 实习 5
// P1 × M2 has no figures: only A4 puts it in a report, so dropping terminated agreements
// altogether (the old rule) loses that row from 2025.

const NOW = '2026-11-10T02:00:00.000Z';
const P1 = '深圳华星科技有限公司';
const P2 = '广州恒达汽车服务有限公司';
const blank = {
  orderTrainees: null, jointCourses: null, jointTextbooks: null, partTimeTeachers: null, interns: null,
  donatedEquipmentFen: null, quasiDonatedEquipmentFen: null, graduatesEmployed: null, technicalServiceIncomeFen: null,
  employeeTrainingPersonDays: null,
};
const M1 = { majorCode: '510201', majorName: '计算机应用技术', directionName: null };
const M2 = { majorCode: '510203', majorName: '软件技术', directionName: null };

let t: TestDb;
const ids: { a1?: string; a4?: string } = {};

beforeAll(async () => {
  t = await createTestDb({ now: () => new Date(NOW) });
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const agreements = createAgreementService(t.ctx);
  const unit = await ref.orgUnits.create({ name: '信息工程学院', kind: 'college' });
  const m1 = (await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit.id })).id;
  const m2 = (await ref.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational', orgUnitId: unit.id })).id;
  const p1 = (await partners.create({ kind: 'enterprise', fullName: P1, uscc: validUscc(1), status: 'active' })).id;
  const p2 = (await partners.create({ kind: 'enterprise', fullName: P2, uscc: validUscc(2), status: 'active' })).id;
  const agreement = async (organisationId: string, title: string, majorId: string, startDate: string, endDate: string | null) => {
    const a = await agreements.create({
      title, type: 'framework', majorIds: [majorId], startDate, endDate,
      parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId }],
    });
    await agreements.transition({ id: a.id, to: 'active' });
    return a.id;
  };
  ids.a1 = await agreement(p1, '华星框架合作协议', m1, '2024-09-01', '2027-08-31');
  await agreement(p2, '恒达框架合作协议', m1, '2023-03-01', null);
  ids.a4 = await agreement(p1, '华星软件合作协议', m2, '2024-03-01', null);
  const placement = async (organisationId: string, majorId: string, academicYear: number, f: { interns?: number; employed?: number }) =>
    t.app.db
      .insertInto('placement_stat')
      .values({
        id: newId(), organisation_id: organisationId, major_id: majorId, academic_year: academicYear, order_trainees: null,
        interns: f.interns ?? null, graduates_employed: f.employed ?? null, created_at: NOW, updated_at: NOW, deleted_at: null,
      })
      .execute();
  await placement(p1, m1, 2025, { interns: 12 });
  await placement(p2, m1, 2025, { employed: 3 });
  await placement(p2, m1, 2026, { interns: 5 });
});
afterAll(() => t.close());

const ctx = () => reportTestContext(t, { now: () => new Date(NOW), collegeCode: '12345' });
const rowsOf = (section: ReportSection | undefined): Record<string, unknown>[] =>
  (section?.rows ?? []).map((r) => ({ kind: r.kind, ...r.cells }));

async function terminateBoth(): Promise<void> {
  const agreements = createAgreementService(t.ctx);
  await agreements.transition({ id: ids.a1!, to: 'terminated', reason: '企业经营方向调整', terminatedOn: '2026-10-15' });
  await agreements.transition({ id: ids.a4!, to: 'terminated', reason: '专业停招', terminatedOn: '2026-08-20' });
}

/** Every cell value of every sheet of the report exported to xlsx (generatedAt fixed). */
async function xlsxCells(definition: ReportDefinition, startYear: number): Promise<unknown[][][]> {
  const period: ReportPeriod = { kind: 'academic', startYear };
  const sections = await runReport(definition, ctx(), startYear);
  const file = path.join(makeTempDir(), 'report.xlsx');
  await writeReportXlsx(
    {
      reportId: definition.descriptor.id, title: definition.descriptor.title, college: '深圳示例职业技术学院',
      periodLabel: `${periodLabel(period)}学年`, period, range: periodRange(period, ctx().academicYear), generatedAt: NOW, sections,
    },
    file,
    NO_JOB,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push(JSON.parse(JSON.stringify(row.values)) as unknown[]));
    return rows;
  });
}

// R1 学年 2025, computed by hand; the same before and after the terminations.
const R1_2025 = [
  { kind: 'data', ...M1, partnerName: P2, uscc: validUscc(2), startYearMonth: '202303', ...blank, graduatesEmployed: 3, apprenticeship: null, partnerCount: null },
  { kind: 'data', ...M1, partnerName: P1, uscc: validUscc(1), startYearMonth: '202409', ...blank, interns: 12, apprenticeship: null, partnerCount: null },
  { kind: 'subtotal', ...M1, partnerName: '小计', uscc: null, startYearMonth: null, ...blank, interns: 12, graduatesEmployed: 3, apprenticeship: false, partnerCount: 2 },
  { kind: 'data', ...M2, partnerName: P1, uscc: validUscc(1), startYearMonth: '202403', ...blank, apprenticeship: null, partnerCount: null },
  { kind: 'subtotal', ...M2, partnerName: '小计', uscc: null, startYearMonth: null, ...blank, apprenticeship: false, partnerCount: 1 },
  { kind: 'total', majorCode: null, majorName: '合计', directionName: null, partnerName: null, uscc: null, startYearMonth: null, ...blank, interns: 12, graduatesEmployed: 3, apprenticeship: null, partnerCount: 2 },
];

describe('a termination this year leaves last year\'s reports as they were', () => {
  it('keeps R1 and R2 of 学年 2025 identical (rows and xlsx cells) and applies the termination dates to 2026 and 2027', async () => {
    const [r1Before] = await runReport(r1MajorCooperation, ctx(), 2025);
    const [r2Before] = await runReport(r2OdsCooperation, ctx(), 2025);
    const [r1ThisYearBefore] = await runReport(r1MajorCooperation, ctx(), 2026);
    const xlsxR1Before = await xlsxCells(r1MajorCooperation, 2025);
    const xlsxR2Before = await xlsxCells(r2OdsCooperation, 2025);
    expect(rowsOf(r1Before)).toEqual(R1_2025);
    // Before: P1 × M2 (A4) also runs in 2026.
    expect(rowsOf(r1ThisYearBefore).map((r) => [r.majorCode, r.partnerName])).toEqual([
      ['510201', P2], ['510201', P1], ['510201', '小计'], ['510203', P1], ['510203', '小计'], [null, null],
    ]);

    await terminateBoth();

    const [r1After] = await runReport(r1MajorCooperation, ctx(), 2025);
    const [r2After] = await runReport(r2OdsCooperation, ctx(), 2025);
    expect(rowsOf(r1After)).toEqual(R1_2025);
    expect(JSON.stringify(r1After)).toBe(JSON.stringify(r1Before));
    expect(JSON.stringify(r2After)).toBe(JSON.stringify(r2Before));
    expect(r2After!.rows.map((r) => [r.cells.majorCode, r.cells.partnerName, r.cells.startYearMonth, r.cells.interns, r.cells.graduatesEmployed])).toEqual([
      ['510201', P2, '202303', null, 3],
      ['510201', P1, '202409', 12, null],
      ['510203', P1, '202403', null, null],
    ]);
    expect(await xlsxCells(r1MajorCooperation, 2025)).toEqual(xlsxR1Before);
    expect(await xlsxCells(r2OdsCooperation, 2025)).toEqual(xlsxR2Before);

    // 学年 2026: A1 ran until 2026-10-15, so P1 × M1 stays (in force for part of the 学年);
    // A4 ended 2026-08-20, before the 学年 began, so P1 × M2 is gone.
    const [r1ThisYear] = await runReport(r1MajorCooperation, ctx(), 2026);
    expect(rowsOf(r1ThisYear)).toEqual([
      { kind: 'data', ...M1, partnerName: P2, uscc: validUscc(2), startYearMonth: '202303', ...blank, interns: 5, apprenticeship: null, partnerCount: null },
      { kind: 'data', ...M1, partnerName: P1, uscc: validUscc(1), startYearMonth: '202409', ...blank, apprenticeship: null, partnerCount: null },
      { kind: 'subtotal', ...M1, partnerName: '小计', uscc: null, startYearMonth: null, ...blank, interns: 5, apprenticeship: false, partnerCount: 2 },
      { kind: 'total', majorCode: null, majorName: '合计', directionName: null, partnerName: null, uscc: null, startYearMonth: null, ...blank, interns: 5, apprenticeship: null, partnerCount: 2 },
    ]);
    // 学年 2027: A1 ended too; only P2 (A2, open-ended) is left.
    const [r1NextYear] = await runReport(r1MajorCooperation, ctx(), 2027);
    expect(rowsOf(r1NextYear).map((r) => [r.kind, r.partnerName, r.startYearMonth, r.partnerCount])).toEqual([
      ['data', P2, '202303', null], ['subtotal', '小计', null, 1], ['total', null, null, 1],
    ]);
  });

  it('lists a terminated agreement in R10 for the 学年 it ran in, not for those after its termination date', async () => {
    const titles = async (startYear: number) =>
      (await runReport(r10AgreementLedger, ctx(), startYear))[0]!.rows.map((r) => r.cells.title).sort();
    expect(await titles(2025)).toEqual(['华星框架合作协议', '华星软件合作协议', '恒达框架合作协议'].sort());
    expect(await titles(2026)).toEqual(['华星框架合作协议', '恒达框架合作协议'].sort());
    expect(await titles(2027)).toEqual(['恒达框架合作协议']);
  });

  // R10's 状态 of a past 学年 is as at its last day (2026-08-31), not today (2026-11-10):
  // 华星框架 was terminated on 2026-10-15, after that day → it was in force: 生效, 365 days left
  // to 2027-08-31. 华星软件 was terminated on 2026-08-20 → 已终止. 恒达 (open-ended) → 生效.
  // In this 学年's ledger the stored status shows: 华星框架 已终止.
  it('shows in a past 学年 the status each agreement had at the end of that 学年', async () => {
    const statuses = async (startYear: number) =>
      (await runReport(r10AgreementLedger, ctx(), startYear))[0]!.rows
        .map((r) => [r.cells.title, r.cells.status, r.cells.daysLeft])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const [last] = await runReport(r10AgreementLedger, ctx(), 2025);
    expect(await statuses(2025)).toEqual([
      ['华星框架合作协议', '生效', 365],
      ['华星软件合作协议', '已终止', null],
      ['恒达框架合作协议', '生效', null],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(last!.notes?.[0]).toContain('按本期末（2026-08-31）计算');
    expect(await statuses(2026)).toEqual([
      ['华星框架合作协议', '已终止', null],
      ['恒达框架合作协议', '生效', null],
    ]);
  });
});
