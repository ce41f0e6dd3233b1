import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r11ExpiryWarnings } from '../../../src/main/reports/definitions/r11ExpiryWarnings';
import { labels, pick, registerCore, runReport, school } from './registerTestContext';

// Today 2026-11-28, lead times 180/90/30. By hand: E-010 ends 2026-12-08 (10 days, 30-day
// stage), E-060 2027-01-27 (60, 90-day stage), E-150 2027-04-27 (150, 180-day stage),
// E-200 2027-06-16 (200 days: beyond every lead, not listed), X-005 ended 2026-11-23 (5 days ago).

let core: Core;
let sections: Awaited<ReturnType<typeof runReport>>;

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '武汉长风汽车零部件有限公司' });
  const staff = await s.reference.staff.create({ name: '林老师', staffNo: 'T301' });
  const parties = [school, { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partner.id }];
  const active = async (agreementNo: string, endDate: string | null, extra: Record<string, unknown> = {}) => {
    const a = await s.agreements.create({ agreementNo, title: `${agreementNo} 协议`, type: 'internship_base', parties, startDate: '2024-09-01', endDate, ...extra });
    await s.agreements.transition({ id: a.id, to: 'active' });
  };
  await active('E-010', '2026-12-08');
  await active('E-060', '2027-01-27');
  await active('E-150', '2027-04-27');
  await active('E-200', '2027-06-16', {
    obligations: [{ partyRole: '乙', text: '接收顶岗实习学生', quantity: 20, unit: '人', dueDate: '2026-12-10' }],
  });
  await active('X-005', '2026-11-23');
  await active('N-001', null);
  await s.interactions.create({ organisationId: partner.id, kind: 'visit', date: '2026-11-02', staffId: staff.id, nextAction: '发送实习方案', followUpDate: '2026-11-20' });
  await s.interactions.create({ organisationId: partner.id, kind: 'call', date: '2026-11-03', followUpDate: '2026-12-20' });
  sections = await runReport(core, r11ExpiryWarnings, { kind: 'academic', startYear: 2026 });
}, 60_000);
afterAll(() => core.close());

describe('R11 协议到期预警', () => {
  it('has one section per lead stage, then expired, no end date, follow-ups and obligations', () => {
    expect(sections.map((x) => x.sheetName)).toEqual(['30天内到期', '90天内到期', '180天内到期', '已到期仍生效', '无终止日期', '待跟进', '义务到期']);
    expect(labels(sections[0])).toEqual(['编号', '协议名称', '合作单位', '二级学院', '终止日期', '剩余天数']);
    expect(labels(sections[3])).toEqual(['编号', '协议名称', '合作单位', '二级学院', '终止日期', '已过期天数']);
    expect(labels(sections[4])).toEqual(['编号', '协议名称', '合作单位', '二级学院', '签订日期', '起始日期']);
    expect(labels(sections[5])).toEqual(['合作单位', '联系日期', '跟进日期', '逾期天数', '待办事项', '负责人']);
    expect(labels(sections[6])).toEqual(['义务内容', '承担方', '数量', '单位', '协议编号', '协议名称', '到期日', '剩余天数']);
    expect(sections[0]?.notes?.[0]).toContain('所选期间只用于标题');
  });

  it('puts each agreement in the stage the reminder rules give it', () => {
    expect(pick(sections[0], ['no', 'endDate', 'daysLeft'])).toEqual([['E-010', '2026-12-08', 10]]);
    expect(pick(sections[1], ['no', 'endDate', 'daysLeft'])).toEqual([['E-060', '2027-01-27', 60]]);
    expect(pick(sections[2], ['no', 'endDate', 'daysLeft'])).toEqual([['E-150', '2027-04-27', 150]]);
    expect(pick(sections[3], ['no', 'endDate', 'daysOverdue'])).toEqual([['X-005', '2026-11-23', 5]]);
    expect(pick(sections[4], ['no', 'startDate', 'partner'])).toEqual([['N-001', '2024-09-01', '武汉长风汽车零部件有限公司']]);
  });

  it('lists the overdue follow-up and the obligation due within 30 days', () => {
    expect(pick(sections[5], ['partner', 'contactDate', 'followUpDate', 'daysOverdue', 'action', 'staff'])).toEqual([
      ['武汉长风汽车零部件有限公司', '2026-11-02', '2026-11-20', 8, '发送实习方案', '林老师'],
    ]);
    expect(pick(sections[6], ['obligation', 'party', 'quantity', 'unit', 'no', 'dueDate', 'daysLeft'])).toEqual([
      ['接收顶岗实习学生', '乙方', 20, '人', 'E-200', '2026-12-10', 12],
    ]);
  });
});
