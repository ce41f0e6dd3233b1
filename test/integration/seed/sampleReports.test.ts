import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r10AgreementLedger } from '../../../src/main/reports/definitions/r10AgreementLedger';
import { r11ExpiryWarnings } from '../../../src/main/reports/definitions/r11ExpiryWarnings';
import { r12PartnerDirectory } from '../../../src/main/reports/definitions/r12PartnerDirectory';
import { r14FundingLedger } from '../../../src/main/reports/definitions/r14FundingLedger';
import { r17DataQuality } from '../../../src/main/reports/definitions/r17DataQuality';
import { registerCore, runReport } from '../reports/registerTestContext';

// The sample must show figures on first start: every register report has rows for the
// current 学年 / 自然年 (today is 2026-11-28, so 学年 2026-2027 and 2026), and R17 finds the
// planted problems.

let core: Core;

beforeAll(async () => {
  core = await registerCore();
  await core.services.seed.sample({ mode: 'sample' });
}, 120_000);
afterAll(() => core.close());

const academic = { kind: 'academic' as const, startYear: 2026 };

describe('the sample data feeds the reports', () => {
  it('gives R10, R12 and R14 rows for the current period', async () => {
    const [ledger] = await runReport(core, r10AgreementLedger, academic);
    expect(ledger?.rows.length).toBeGreaterThan(10);
    const [directory] = await runReport(core, r12PartnerDirectory, academic);
    expect(directory?.rows).toHaveLength(62);
    expect(directory?.rows.filter((r) => r.cells.cooperation !== null).length).toBeGreaterThan(20);
    const [details, summary] = await runReport(core, r14FundingLedger, { kind: 'calendar', year: 2026 });
    expect(details?.rows.filter((r) => r.kind !== 'total').length).toBeGreaterThan(3);
    expect(summary?.rows.some((r) => r.cells.year === '2025年' && r.kind !== 'total')).toBe(true);
  }, 60_000);

  it('has placement figures for the current and the previous 学年', async () => {
    const current = await core.services.placementStats.list({ academicYear: 2026 });
    const previous = await core.services.placementStats.list({ academicYear: 2025 });
    expect(current.length).toBeGreaterThan(5);
    expect(previous.length).toBeGreaterThan(5);
  });

  it('gives R11 expiring agreements and R17 the planted problems', async () => {
    const warnings = await runReport(core, r11ExpiryWarnings, academic);
    expect(warnings.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(0);
    const [quality] = await runReport(core, r17DataQuality, academic);
    const categories = new Set(quality?.rows.map((r) => r.cells.category));
    expect([...categories]).toEqual(expect.arrayContaining(['疑似重复单位', '缺少统一社会信用代码', '协议过期仍生效']));
    expect(quality?.rows.find((r) => r.cells.category === '缺少统一社会信用代码')?.cells.record).toBe('深圳市晨光酒店管理有限公司');
  });

  it('has programmes, contributions and 访企拓岗 visits in the current 学年', () => {
    const { sqlite } = core.database;
    const count = (q: string): number => sqlite.prepare(q).pluck().get() as number;
    expect(count("select count(*) from base_year_stat where academic_year = 2026")).toBeGreaterThan(0);
    expect(count("select count(*) from order_class where deleted_at is null")).toBeGreaterThan(0);
    expect(count("select count(*) from part_time_teacher where academic_year = 2026")).toBeGreaterThan(0);
    expect(count("select count(*) from cert_1x where academic_year = 2026")).toBe(1);
    for (const kind of ['donated_equipment', 'quasi_donated_equipment', 'technical_service_income']) {
      expect(count(`select count(*) from contribution where kind = '${kind}' and date >= '2026-09-01'`), kind).toBeGreaterThan(0);
    }
    expect(count("select count(*) from interaction where kind = 'visit' and date >= '2026-09-01' and employ_count is not null")).toBeGreaterThan(0);
  });
});
