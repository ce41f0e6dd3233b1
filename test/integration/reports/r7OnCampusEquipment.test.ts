import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createContributionService } from '../../../src/main/funding/contributionService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createProgrammeServices } from '../../../src/main/programmes/programmeServices';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { r6InternalBaseEquipment } from '../../../src/main/reports/definitions/r6InternalBaseEquipment';
import { r7AnnualSummary } from '../../../src/main/reports/definitions/r7AnnualSummary';
import { outputCell } from '../../../src/main/reports/render/cellValues';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { reportTestContext, runReport } from './reportTestContext';

// R7 企业提供的校内实践教学设备值 is equipment for on-campus practice teaching only
// (domain.md §2.9), not every donation. 学年 2025 = 2025-09-01 .. 2026-08-31.
//   On-campus base 智能制造实训中心 (internal_joint, agreement E1); 校外 base 恒达实习基地 (agreement E2).
//   c1 捐赠 30,000.00 元 under E1                       → on-campus
//   c2 准捐赠 20,000.00 元, 去向 智能制造实训中心        → on-campus
//   c3 捐赠 250,000.00 元 under E2 (the 校外 base's)    → not on-campus
//   c4 捐赠 85,500.00 元, 去向 图书馆                    → not on-campus
//   c5 资金 10,000.00 元 under E1                       → not equipment
//   c6 捐赠 10,000.00 元 under E1, dated 2026-09-01      → next 学年
// All (quasi-)donated equipment of 2025: 30,000 + 20,000 + 250,000 + 85,500 = 385,500.00 元 = 38.55 万元
// On-campus practice teaching:          30,000 + 20,000                     =  50,000.00 元 =  5.00 万元

const NOW = '2026-09-15T02:00:00.000Z';
let t: TestDb;
const ids: Record<'c1' | 'c2', string> = { c1: '', c2: '' };

beforeAll(async () => {
  t = await createTestDb({ now: () => new Date(NOW) });
  const org = (await createPartnerService(t.ctx).create({ kind: 'enterprise', fullName: '深圳华星科技有限公司', status: 'active' })).id;
  const agreements = createAgreementService(t.ctx);
  const agreement = async (title: string) => {
    const a = await agreements.create({
      title, type: 'training_base', startDate: '2024-09-01',
      parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId: org }],
    });
    return (await agreements.transition({ id: a.id, to: 'active' })).id;
  };
  const e1 = await agreement('智能制造实训中心共建协议');
  const e2 = await agreement('恒达校外实习基地协议');
  const p = createProgrammeServices(t.ctx);
  await p.internshipBases.create({ name: '智能制造实训中心', kind: 'internal_joint', organisationId: org, agreementId: e1, capacity: 30 });
  await p.internshipBases.create({ name: '恒达实习基地', kind: 'external', organisationId: org, agreementId: e2 });
  const give = async (d: Parameters<ReturnType<typeof createContributionService>['create']>[0]) =>
    (await createContributionService(t.ctx).create(d)).id;
  ids.c1 = await give({ organisationId: org, agreementId: e1, kind: 'donated_equipment', items: '数控机床', valueFen: 3_000_000, date: '2025-10-08' });
  ids.c2 = await give({ organisationId: org, kind: 'quasi_donated_equipment', items: '仿真软件', valueFen: 2_000_000, date: '2026-03-02', target: '智能制造实训中心' });
  await give({ organisationId: org, agreementId: e2, kind: 'donated_equipment', items: '检测设备', valueFen: 25_000_000, date: '2025-12-01' });
  await give({ organisationId: org, kind: 'donated_equipment', items: '图书', valueFen: 8_550_000, date: '2026-01-15', target: '图书馆' });
  await give({ organisationId: org, agreementId: e1, kind: 'funds', valueFen: 1_000_000, date: '2026-02-01' });
  await give({ organisationId: org, agreementId: e1, kind: 'donated_equipment', items: '工作台', valueFen: 1_000_000, date: '2026-09-01' });
});
afterAll(() => t.close());

describe('R7 企业提供的校内实践教学设备值', () => {
  it('counts only equipment that went to an on-campus base: 5.00 万元 of 38.55 万元 donated', async () => {
    const ctx = reportTestContext(t);
    const [, money] = await runReport(r7AnnualSummary, ctx, 2025);
    const row = money!.rows.find((r) => r.cells.indicator === '企业提供的校内实践教学设备值')!;
    expect(row.cells).toMatchObject({ thisYear: 5_000_000, lastYear: null, delta: null, rate: null });
    const column = money!.columns.find((c) => c.key === 'thisYear')!;
    expect(outputCell(row.cells.thisYear, column)).toMatchObject({ kind: 'number', value: 5, csv: '5.00' });
    expect(row.sources?.['thisYear']).toEqual([
      { table: 'contribution', id: ids.c1, label: '2025-10-08 数控机床' },
      { table: 'contribution', id: ids.c2, label: '2026-03-02 仿真软件' },
    ]);

    // Every donation of the 学年, as R1 counts it: 捐赠 365,500.00 元 + 准捐赠 20,000.00 元 = 38.55 万元.
    const [r1] = await runReport(r1MajorCooperation, ctx, 2025);
    const total = r1!.rows.at(-1)!.cells;
    expect([total.donatedEquipmentFen, total.quasiDonatedEquipmentFen]).toEqual([36_550_000, 2_000_000]);
    // R6 shows the same on-campus equipment per base: 3.00 + 2.00 万元.
    const [r6] = await runReport(r6InternalBaseEquipment, ctx, 2025);
    expect(r6!.rows.map((r) => [r.cells.name, r.cells.donatedFen, r.cells.quasiDonatedFen])).toEqual([['智能制造实训中心', 3_000_000, 2_000_000]]);
  });
});
