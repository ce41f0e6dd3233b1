import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r14FundingLedger } from '../../../src/main/reports/definitions/r14FundingLedger';
import { labels, pick, registerCore, runReport, school } from './registerTestContext';

// 自然年 2026, summary over 2025 and 2026. Amounts in fen; expected sums by hand:
// 省级产教融合专项 (财政专项): 2025 in 500 000 out 120 000 → 380 000; 2026 in 1 000 000 out 250 000 → 750 000
// 合作企业投入 (企业投入): 2026 in 300 000 (the 2024 row and the trashed row never count) → 300 000
// 2025年合计 500 000 / 120 000 / 380 000; 2026年合计 1 300 000 / 250 000 / 1 050 000

let core: Core;
let sections: Awaited<ReturnType<typeof runReport>>;

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '苏州博远精密机械有限公司' });
  const agreement = await s.agreements.create({
    agreementNo: 'JF-2026-01',
    title: '实训基地共建协议',
    type: 'training_base',
    parties: [school, { role: '乙', partyType: 'enterprise', organisationId: partner.id }],
  });
  const enterprise = await s.fundingSources.create({ kind: 'enterprise_investment', name: '合作企业投入' });
  const fiscal = await s.fundingSources.create({ kind: 'fiscal_special', name: '省级产教融合专项' });
  await s.fundingSources.create({ kind: 'other', name: '未使用的来源' });
  const txn = (sourceId: string, direction: 'in' | 'out', amountFen: number, date: string, voucherNo: string, extra = {}) =>
    s.fundingTxns.create({ sourceId, direction, amountFen, date, voucherNo, ...extra });
  await txn(fiscal.id, 'in', 500_000, '2025-03-01', 'PZ1');
  await txn(fiscal.id, 'out', 120_000, '2025-06-01', 'PZ2');
  await txn(fiscal.id, 'in', 1_000_000, '2026-02-01', 'PZ3', { agreementId: agreement.id, summary: '专项资金到账' });
  await txn(fiscal.id, 'out', 250_000, '2026-07-15', 'PZ4');
  await txn(enterprise.id, 'in', 300_000, '2026-05-05', 'PZ5');
  await txn(enterprise.id, 'in', 99_999, '2024-12-31', 'PZ0');
  const trashed = await txn(enterprise.id, 'in', 777, '2026-01-01', 'PZ-X');
  await s.fundingTxns.delete(trashed.id);
  sections = await runReport(core, r14FundingLedger, { kind: 'calendar', year: 2026 });
}, 60_000);
afterAll(() => core.close());

describe('R14 经费来源与收支明细', () => {
  it('lists the year’s transactions with income and expenditure totals', () => {
    const [details] = sections;
    expect(details?.sheetName).toBe('收支明细');
    expect(labels(details)).toEqual(['经费来源', '来源类别', '项目/协议', '收支', '金额', '日期', '凭证号', '摘要']);
    expect(pick(details, ['source', 'sourceKind', 'project', 'direction', 'amount', 'date', 'voucher'])).toEqual([
      ['省级产教融合专项', '财政专项', 'JF-2026-01 实训基地共建协议', '收入', 1_000_000, '2026-02-01', 'PZ3'],
      ['合作企业投入', '企业投入', null, '收入', 300_000, '2026-05-05', 'PZ5'],
      ['省级产教融合专项', '财政专项', null, '支出', 250_000, '2026-07-15', 'PZ4'],
      ['收入合计', null, null, null, 1_300_000, null, null],
      ['支出合计', null, null, null, 250_000, null, null],
    ]);
    expect(details?.rows.slice(-2).map((r) => r.kind)).toEqual(['total', 'total']);
  });

  it('sums by source and year for the period’s year and the one before; blank where nothing moved', () => {
    const summary = sections[1];
    expect(summary?.sheetName).toBe('来源汇总');
    expect(labels(summary)).toEqual(['经费来源', '来源类别', '年度', '收入', '支出', '结余']);
    expect(pick(summary, ['source', 'year', 'income', 'expenditure', 'balance'])).toEqual([
      ['省级产教融合专项', '2025年', 500_000, 120_000, 380_000],
      ['省级产教融合专项', '2026年', 1_000_000, 250_000, 750_000],
      ['合作企业投入', '2026年', 300_000, null, 300_000],
      ['2025年合计', '2025年', 500_000, 120_000, 380_000],
      ['2026年合计', '2026年', 1_300_000, 250_000, 1_050_000],
    ]);
    expect(summary?.rows[1]?.sources?.income).toHaveLength(1);
    expect(r14FundingLedger.descriptor.periodKind).toBe('calendar');
  });
});
