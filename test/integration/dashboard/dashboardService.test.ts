import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementDraft } from '@shared/domain/agreement';
import { createServices } from '../../../src/main/services';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const NOW = new Date('2026-11-28T02:00:00Z'); // 2026-11-28 in Asia/Shanghai

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function fixture() {
  const t = await createTestDb({ now: () => NOW });
  current = t;
  const s = createServices(t.ctx, { info: () => ({ version: 'test', dataDir: t.dir, dbFile: 'partnerdesk.db', schemaVersion: 5 }) });
  const sz = await s.partners.create({ kind: 'enterprise', fullName: '深圳甲公司', industrySection: 'C', regionName: '广东省深圳市', status: 'active' });
  await s.partners.create({ kind: 'enterprise', fullName: '广州乙公司', industrySection: 'C', regionName: '广东省广州市', status: 'active' });
  await s.partners.create({ kind: 'enterprise', fullName: '上海丙公司', industrySection: 'I', regionName: '上海市浦东新区', status: 'prospect' });
  await s.partners.create({ kind: 'enterprise', fullName: '乌鲁木齐丁公司', industrySection: 'I', regionName: '新疆维吾尔自治区乌鲁木齐市', status: 'prospect' });
  await s.partners.create({ kind: 'industry_association', fullName: '某协会', status: 'negotiating' });
  const trashed = await s.partners.create({ kind: 'enterprise', fullName: '已删除公司', industrySection: 'C', regionName: '广东省东莞市' });
  await s.partners.delete(trashed.id);

  const parties: AgreementDraft['parties'] = [
    { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
    { role: '乙', partyType: 'enterprise', organisationId: sz.id },
  ];
  const active = async (title: string, type: AgreementDraft['type'], endDate: string | null) => {
    const a = await s.agreements.create({ title, type, parties, startDate: '2024-01-01', endDate });
    await s.agreements.transition({ id: a.id, to: 'active' });
    return a;
  };
  const sixty = await active('六十天到期', 'internship_base', '2027-01-27');
  const oneSeventy = await active('一百七十天到期', 'framework', '2027-05-17');
  await active('已过期', 'framework', '2026-10-01');
  await active('长期', 'order_class', '2029-01-01');
  await active('无期限', 'framework', null);
  await s.agreements.create({ title: '草稿', type: 'framework', parties });
  const gone = await s.agreements.create({ title: '已删除', type: 'donation', parties });
  await s.agreements.delete(gone.id);

  await s.interactions.create({ organisationId: sz.id, kind: 'visit', date: '2026-11-01', followUpDate: '2026-11-20' });
  await s.interactions.create({ organisationId: sz.id, kind: 'call', date: '2026-11-02', followUpDate: '2026-12-20' });

  const fiscal = await s.fundingSources.create({ kind: 'fiscal_special', name: '专项资金' });
  const company = await s.fundingSources.create({ kind: 'enterprise_investment', name: '企业投入' });
  await s.fundingTxns.create({ sourceId: fiscal.id, direction: 'in', amountFen: 100_000_00, date: '2025-03-01' });
  await s.fundingTxns.create({ sourceId: fiscal.id, direction: 'in', amountFen: 50_000_00, date: '2025-09-01' });
  await s.fundingTxns.create({ sourceId: fiscal.id, direction: 'out', amountFen: 30_000_00, date: '2025-10-01' });
  await s.fundingTxns.create({ sourceId: company.id, direction: 'in', amountFen: 20_000_00, date: '2026-01-15' });
  const removed = await s.fundingTxns.create({ sourceId: company.id, direction: 'in', amountFen: 999, date: '2026-01-16' });
  await s.fundingTxns.delete(removed.id);

  await s.contributions.create({ organisationId: sz.id, kind: 'donated_equipment', valueFen: 500_000_00, date: '2025-06-01' });
  await s.contributions.create({ organisationId: sz.id, kind: 'donated_equipment', valueFen: 100_000_00, date: '2025-07-01' });
  await s.contributions.create({ organisationId: sz.id, kind: 'employee_training', traineePersonDays: 120, date: '2026-04-01' });
  return { s, sixty, oneSeventy };
}

describe('dashboard:summary', () => {
  it('aggregates a small fixture exactly', async () => {
    const { s, sixty, oneSeventy } = await fixture();
    const d = await s.dashboard.summary();
    expect(d.today).toBe('2026-11-28');
    expect(d.agreements.total).toBe(6);
    expect(d.agreements.byStatus).toEqual([
      { status: 'active', count: 2 }, // 长期, 无期限
      { status: 'draft', count: 1 },
      { status: 'expired', count: 1 },
      { status: 'expiring', count: 2 },
    ]);
    expect(d.agreements.byType).toEqual([
      { type: 'framework', count: 4 },
      { type: 'internship_base', count: 1 },
      { type: 'order_class', count: 1 },
    ]);
    expect(d.agreements.expiringSoon).toEqual({
      days: 180,
      count: 2,
      remindersDue: 2,
      items: [
        { id: sixty.id, title: '六十天到期', agreementNo: null, endDate: '2027-01-27', daysLeft: 60 },
        { id: oneSeventy.id, title: '一百七十天到期', agreementNo: null, endDate: '2027-05-17', daysLeft: 170 },
      ],
    });
    expect(d.followUps.count).toBe(1);
    expect(d.followUps.items.map((i) => [i.title, i.dueDate, i.daysLeft])).toEqual([['深圳甲公司', '2026-11-20', -8]]);

    expect(d.partners.total).toBe(5);
    expect(d.partners.byStatus).toEqual([
      { status: 'active', count: 2 },
      { status: 'negotiating', count: 1 },
      { status: 'prospect', count: 2 },
    ]);
    expect(d.partners.byIndustry).toEqual([
      { industrySection: 'C', count: 2 },
      { industrySection: 'I', count: 2 },
      { industrySection: null, count: 1 },
    ]);
    expect(d.partners.byRegion).toEqual([
      { region: '广东省', count: 2 },
      { region: '上海市', count: 1 },
      { region: '新疆维吾尔自治区', count: 1 },
      { region: null, count: 1 },
    ]);
    expect(d.funding).toEqual([
      { sourceKind: 'fiscal_special', year: 2025, direction: 'in', amountFen: 150_000_00, count: 2 },
      { sourceKind: 'fiscal_special', year: 2025, direction: 'out', amountFen: 30_000_00, count: 1 },
      { sourceKind: 'enterprise_investment', year: 2026, direction: 'in', amountFen: 20_000_00, count: 1 },
    ]);
    expect(d.contributions).toEqual([
      { kind: 'donated_equipment', year: 2025, valueFen: 600_000_00, personDays: 0, count: 2 },
      { kind: 'employee_training', year: 2026, valueFen: 0, personDays: 120, count: 1 },
    ]);
  });

  it('counts the same expiring agreements as the agreement list links to', async () => {
    const { s } = await fixture();
    const d = await s.dashboard.summary();
    const expiring = await s.agreements.list({ status: 'expiring' });
    expect(expiring.total).toBe(d.agreements.expiringSoon.count);
    expect(expiring.total).toBe(d.agreements.byStatus.find((r) => r.status === 'expiring')?.count);
    const byRegion = await s.partners.list({ region: '广东省' });
    expect(byRegion.total).toBe(2);
  });
});
