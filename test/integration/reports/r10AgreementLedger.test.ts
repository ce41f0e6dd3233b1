import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r10AgreementLedger } from '../../../src/main/reports/definitions/r10AgreementLedger';
import { validUscc } from '../../helpers/testDb';
import { labels, pick, registerCore, runReport, school } from './registerTestContext';

// Today is 2026-11-28; lead times are the defaults 180/90/30. Expected values by hand:
// XY-001 ends 2026-12-28 → 30 days left, 即将到期 (inside the 30-day lead)
// XY-002 ends 2027-05-28 → 181 days left, 生效 (one day beyond the longest lead)
// XY-003 ends 2027-05-27 → 180 days left, 即将到期 (exactly the longest lead)
// XY-004 ended 2026-11-27 but is still active → -1, 已到期
// XY-005 ended 2025-06-30: its term does not touch 2026-2027, so it is not listed.
// XY-006 (renewed) → XY-007 (its renewal, active until 2029-12-31 → 1129 days).

let core: Core;
let section: Awaited<ReturnType<typeof runReport>>[number] | undefined;

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  const unit = await s.reference.orgUnits.create({ name: '信息工程学院', kind: 'college', head: '陈院长' });
  const software = await s.reference.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational', orgUnitId: unit.id });
  const computing = await s.reference.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational', orgUnitId: unit.id });
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '深圳市华创软件技术有限公司', uscc: validUscc(11) });
  const association = await s.partners.create({ kind: 'industry_association', fullName: '深圳市软件行业协会', uscc: validUscc(12) });
  const parties = [school, { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partner.id }];
  const make = async (no: string, dates: { sign: string; start: string; end: string }, extra: Record<string, unknown> = {}) => {
    const a = await s.agreements.create({
      agreementNo: no,
      title: `${no} 合作协议`,
      type: 'framework',
      orgUnitId: unit.id,
      signDate: dates.sign,
      startDate: dates.start,
      endDate: dates.end,
      parties,
      ...extra,
    });
    await s.agreements.transition({ id: a.id, to: 'active' });
    return a;
  };
  const a1 = await make('XY-001', { sign: '2024-12-20', start: '2024-12-29', end: '2026-12-28' }, {
    type: 'technical_service',
    majorIds: [software.id, computing.id],
    amountFen: 1_234_500,
    parties: [...parties, { role: '丙' as const, partyType: 'other' as const, organisationId: association.id }],
  });
  await make('XY-002', { sign: '2024-05-20', start: '2024-05-29', end: '2027-05-28' });
  await make('XY-003', { sign: '2024-05-20', start: '2024-05-28', end: '2027-05-27' });
  await make('XY-004', { sign: '2023-11-20', start: '2023-11-28', end: '2026-11-27' });
  await make('XY-005', { sign: '2023-06-20', start: '2023-07-01', end: '2025-06-30' });
  const old = await make('XY-006', { sign: '2023-12-20', start: '2024-01-01', end: '2026-12-31' });
  const renewal = await s.agreements.renew({ agreementId: old.id, newEndDate: '2029-12-31', agreementNo: 'XY-007' });
  await s.agreements.transition({ id: renewal.id, to: 'active' });
  const scan = await s.attachments.upload({
    entityType: 'agreement',
    entityId: a1.id,
    kind: 'signed_scan',
    fileName: 'XY-001.pdf',
    dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  });
  await s.agreementRelations.setSignedScan({ id: a1.id, attachmentId: scan.id });
  [section] = await runReport(core, r10AgreementLedger, { kind: 'academic', startYear: 2026 });
}, 60_000);
afterAll(() => core.close());

describe('R10 合作协议台账', () => {
  it('has the ledger columns in order', () => {
    expect(labels(section)).toEqual([
      '编号', '名称', '类型', '甲方', '乙方', '丙方', '丁方', '二级学院', '专业', '签订日期', '起始日期', '终止日期',
      '状态', '剩余天数', '续签自', '续签为', '负责人', '已盖章扫描件', '金额',
    ]);
    expect(r10AgreementLedger.descriptor).toEqual({ id: 'R10', title: '合作协议台账', periodKind: 'academic', formats: ['xlsx', 'csv', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId', 'organisationId'] });
  });

  // Sorted by signing date, then number: XY-002 and XY-003 were signed the same day.
  it('computes status and days left around the lead-time boundaries, and follows the renewal chain', () => {
    expect(pick(section, ['no', 'endDate', 'status', 'daysLeft', 'renewalOf', 'renewedAs'])).toEqual([
      ['XY-004', '2026-11-27', '已到期', -1, null, null],
      ['XY-006', '2026-12-31', '已续签', null, null, 'XY-007'],
      ['XY-002', '2027-05-28', '生效', 181, null, null],
      ['XY-003', '2027-05-27', '即将到期', 180, null, null],
      ['XY-001', '2026-12-28', '即将到期', 30, null, null],
      ['XY-007', '2029-12-31', '生效', 1129, 'XY-006', null],
    ]);
  });

  it('fills parties, unit, majors, owner, scan and amount; blanks where there is nothing', () => {
    const xy1 = section?.rows.find((r) => r.cells.no === 'XY-001');
    expect(xy1?.cells).toMatchObject({
      type: '技术服务',
      partyA: '示例职业技术学院',
      partyB: '深圳市华创软件技术有限公司',
      partyC: '深圳市软件行业协会',
      partyD: null,
      unit: '信息工程学院',
      majors: '计算机应用技术、软件技术',
      signDate: '2024-12-20',
      startDate: '2024-12-29',
      owner: '周明远',
      signedScan: true,
      amount: 1_234_500,
    });
    const xy2 = section?.rows.find((r) => r.cells.no === 'XY-002');
    expect(xy2?.cells).toMatchObject({ partyC: null, majors: null, signedScan: false, amount: null });
    expect(xy1?.sources?.no?.[0]).toMatchObject({ table: 'agreement', label: 'XY-001' });
  });
});
