import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSection } from '../../../src/shared/domain/report';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { newId } from '../../../src/main/ids';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { r12PartnerDirectory } from '../../../src/main/reports/definitions/r12PartnerDirectory';
import { r1MajorCooperation } from '../../../src/main/reports/definitions/r1MajorCooperation';
import { r2OdsCooperation } from '../../../src/main/reports/definitions/r2OdsCooperation';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { reportTestContext, runReport } from './reportTestContext';

// 合作开始年月 is taken only from cooperation begun by the end of the 学年 reported: the
// earliest start among the partner's agreements covering the major that started by then and
// were in force at some time; else the same over all its agreements; else blank.
// Today 2026-11-10. 学年 2025 = 2025-09-01 .. 2026-08-31; 学年 2026 = 2026-09-01 .. 2027-08-31.
//   M1 510201 计算机应用技术, M2 510203 软件技术
//   P1 深圳华星科技有限公司: B1 M1 from 2027-03-01 (signed ahead); B2 M2 from 2024-05-10
//   P2 广州恒达汽车服务有限公司: C1 M1 from 2026-10-01
//   P3 东莞宏远电子有限公司: D1 M2 2020-01-01 .. 2022-12-31, terminated 2021-06-30;
//      D2 M2 from 2023-04-01; D3 M2 from 2019-05-01, a draft cancelled on 2019-03-01 (never in force)
//   合作数据 2025: P1×M1 实习 4; P2×M1 就业 2
// By hand, 学年 2025:
//   M1 × P2 广州恒达: C1 starts after 2026-08-31 and P2 has nothing else → blank (was 202610)
//   M1 × P1 深圳华星: B1 not begun → P1's other agreements: B2 2024-05-10 → 202405 (was 202703)
//   M2 × P3 东莞宏远: D1 2020-01-01 (ran until 2021-06-30) → 202001; D3 never in force
//   M2 × P1 深圳华星: B2 → 202405
// 学年 2026: C1 (2026-10-01) and B1 (2027-03-01) have begun → 202610 and 202703.
// R12 首次合作年月 as of 2027-08-31 (the partners were entered in 学年 2026) follows the same rule:
// P1 202405, P2 202610, P3 202001 (not D3's 201905).

const NOW = '2026-11-10T02:00:00.000Z';
const P1 = '深圳华星科技有限公司';
const P2 = '广州恒达汽车服务有限公司';
const P3 = '东莞宏远电子有限公司';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ now: () => new Date(NOW) });
  const ref = createReferenceService(t.ctx);
  const partners = createPartnerService(t.ctx);
  const agreements = createAgreementService(t.ctx);
  const m1 = (await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' })).id;
  const m2 = (await ref.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational' })).id;
  const partner = async (fullName: string) => (await partners.create({ kind: 'enterprise', fullName, status: 'active' })).id;
  const p1 = await partner(P1);
  const p2 = await partner(P2);
  const p3 = await partner(P3);
  const agreement = async (organisationId: string, majorId: string, startDate: string, endDate: string | null) =>
    (
      await agreements.create({
        title: '合作协议', type: 'framework', majorIds: [majorId], startDate, endDate,
        parties: [{ role: '甲', partyType: 'school' }, { role: '乙', partyType: 'enterprise', organisationId }],
      })
    ).id;
  const activate = (id: string) => agreements.transition({ id, to: 'active' });
  await activate(await agreement(p1, m1, '2027-03-01', null));
  await activate(await agreement(p1, m2, '2024-05-10', null));
  await activate(await agreement(p2, m1, '2026-10-01', null));
  const d1 = await agreement(p3, m2, '2020-01-01', '2022-12-31');
  await activate(d1);
  await agreements.transition({ id: d1, to: 'terminated', terminatedOn: '2021-06-30' });
  await activate(await agreement(p3, m2, '2023-04-01', null));
  await agreements.transition({ id: await agreement(p3, m2, '2019-05-01', null), to: 'terminated', terminatedOn: '2019-03-01' });
  for (const [organisationId, majorId, interns, employed] of [[p1, m1, 4, null], [p2, m1, null, 2]] as const) {
    await t.app.db
      .insertInto('placement_stat')
      .values({
        id: newId(), organisation_id: organisationId, major_id: majorId, academic_year: 2025, order_trainees: null,
        interns, graduates_employed: employed, created_at: NOW, updated_at: NOW, deleted_at: null,
      })
      .execute();
  }
});
afterAll(() => t.close());

const ctx = () => reportTestContext(t, { now: () => new Date(NOW) });
const starts = (section: ReportSection | undefined) =>
  (section?.rows ?? []).filter((r) => r.kind === 'data').map((r) => [r.cells.majorCode, r.cells.partnerName, r.cells.startYearMonth]);

describe('R1/R2 合作开始年月 is never later than the 学年 reported', () => {
  it('takes the earliest start begun by the end of 学年 2025, falling back to the partner\'s other agreements, else blank', async () => {
    const [r1] = await runReport(r1MajorCooperation, ctx(), 2025);
    expect(starts(r1)).toEqual([
      ['510201', P2, null],
      ['510201', P1, '202405'],
      ['510203', P3, '202001'],
      ['510203', P1, '202405'],
    ]);
    const [r2] = await runReport(r2OdsCooperation, ctx(), 2025);
    expect(r2!.rows.map((r) => [r.cells.majorCode, r.cells.partnerName, r.cells.startYearMonth])).toEqual(starts(r1));
  });

  it('dates R12\'s 首次合作年月 the same way: not from an agreement terminated before it started', async () => {
    const [r12] = await runReport(r12PartnerDirectory, ctx(), 2026);
    const first = Object.fromEntries(r12!.rows.map((r) => [r.cells.name, r.cells.firstYearMonth]));
    expect(first).toEqual({ [P1]: '202405', [P2]: '202610', [P3]: '202001' });
  });

  it('uses the agreements begun by the end of 学年 2026 for that 学年', async () => {
    const [r1] = await runReport(r1MajorCooperation, ctx(), 2026);
    expect(starts(r1)).toEqual([
      ['510201', P2, '202610'],
      ['510201', P1, '202703'],
      ['510203', P3, '202001'],
      ['510203', P1, '202405'],
    ]);
  });
});
