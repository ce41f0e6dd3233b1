import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services';
import { createTestDb, steppingClock, type TestDb } from '../../helpers/testDb';

let t: TestDb;
let s: Services;

beforeEach(async () => {
  t = await createTestDb({ now: steppingClock() });
  s = createServices(t.ctx, { info: () => ({ version: 'test', dataDir: t.dir, dbFile: 'x', schemaVersion: 1 }) });
});
afterEach(() => t.close());

describe('funding filters the dashboard links to', () => {
  it('filters transactions by source kind and calendar year (inclusive of 1 Jan and 31 Dec)', async () => {
    const fiscal = await s.fundingSources.create({ kind: 'fiscal_special', name: '专项资金' });
    const enterprise = await s.fundingSources.create({ kind: 'enterprise_investment', name: '企业投入' });
    const book = (sourceId: string, date: string, amountFen: number) =>
      s.fundingTxns.create({ sourceId, direction: 'in', amountFen, date });
    await book(fiscal.id, '2025-12-31', 1);
    await book(fiscal.id, '2026-01-01', 2);
    await book(fiscal.id, '2026-12-31', 4);
    await book(enterprise.id, '2026-06-15', 8);
    await book(fiscal.id, '2027-01-01', 16);
    const amounts = async (query: Parameters<Services['fundingTxns']['list']>[0]) =>
      (await s.fundingTxns.list({ ...query, sortBy: 'date', sortDir: 'asc' })).items.map((x) => x.amountFen);
    expect(await amounts({ year: 2026 })).toEqual([2, 8, 4]);
    expect(await amounts({ sourceKind: 'fiscal_special' })).toEqual([1, 2, 4, 16]);
    expect(await amounts({ sourceKind: 'fiscal_special', year: 2026 })).toEqual([2, 4]);
    expect(await amounts({ sourceKind: 'enterprise_investment', year: 2025 })).toEqual([]);
    expect((await s.fundingTxns.list({ year: 2026, sourceKind: 'fiscal_special' })).total).toBe(2);
  });

  it('filters contributions by kind and calendar year', async () => {
    const partner = await s.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司' });
    const give = (kind: 'donated_equipment' | 'funds', date: string, valueFen: number) =>
      s.contributions.create({ organisationId: partner.id, kind, date, valueFen });
    await give('donated_equipment', '2025-12-31', 1);
    await give('donated_equipment', '2026-01-01', 2);
    await give('funds', '2026-05-01', 4);
    const values = async (query: Parameters<Services['contributions']['list']>[0]) =>
      (await s.contributions.list({ ...query, sortBy: 'date', sortDir: 'asc' })).items.map((x) => x.valueFen);
    expect(await values({ year: 2026 })).toEqual([2, 4]);
    expect(await values({ kind: 'donated_equipment', year: 2026 })).toEqual([2]);
    expect(await values({ kind: 'donated_equipment' })).toEqual([1, 2]);
  });
});
